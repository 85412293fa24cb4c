"""A package missing from the installation is reported as what it is, never as a bad input file."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from derek.cli import EXIT_INCOMPLETE_INSTALL

PAGE = "<html><head><title>Жаңалық</title></head><body><article><p>{}</p></article></body></html>"


def test_a_missing_html_library_is_named_with_the_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, derek: Callable[..., Any]
) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE.format("Астанада жаңа мектеп ашылды. Оған мың бала барады."), encoding="utf-8")
    real_import = builtins.__import__

    def without_trafilatura(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "trafilatura":
            raise ModuleNotFoundError("No module named 'trafilatura'", name="trafilatura")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without_trafilatura)
    run = derek("process", str(page))
    assert run.code == EXIT_INCOMPLETE_INSTALL
    assert "'trafilatura' is needed" in run.err and "not installed" in run.err
    assert "cannot be read" not in run.err and "page.html: " not in run.err.split("needed")[0]
