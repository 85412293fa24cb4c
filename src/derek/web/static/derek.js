// derek: small progressive enhancements; every page works without this file.
(function () {
  "use strict";

  // Legend buttons switch one entity colour on and off in the article text.
  function setUpLegend() {
    var article = document.getElementById("article-text");
    if (!article) { return; }
    var buttons = document.querySelectorAll("[data-type-toggle]");
    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener("click", function () {
        var css = button.getAttribute("data-type-toggle");
        var hidden = article.classList.toggle("hide-" + css);
        button.setAttribute("aria-pressed", hidden ? "false" : "true");
      });
    });
  }

  // Hovering one mention outlines every mention of the same entity.
  function setUpCoreference() {
    var mentions = document.querySelectorAll(".ent[data-entity]");
    Array.prototype.forEach.call(mentions, function (mention) {
      var id = mention.getAttribute("data-entity");
      function mark(on) {
        Array.prototype.forEach.call(document.querySelectorAll(".ent[data-entity]"), function (other) {
          if (other.getAttribute("data-entity") === id) { other.classList.toggle("linked", on); }
        });
      }
      mention.addEventListener("mouseenter", function () { mark(true); });
      mention.addEventListener("mouseleave", function () { mark(false); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpLegend();
    setUpCoreference();
  });
})();
