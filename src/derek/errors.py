"""derek's errors, in one place.

    DerekError          base of everything derek raises on purpose
    ├── InputError      an input file or string cannot be read: names the file and the problem
    │   └── TimeBudgetError  one article took longer than the per-article time budget
    ├── ModelError      a bundled model or lexicon is missing or corrupt
    │   └── LanguageDataError  a language-layer data file is missing or malformed
    ├── DependencyError a package derek needs is not installed (not a bad input)
    ├── UnsupportedLanguageError  the document's language has no pipeline yet
    ├── StoreError      the knowledge base cannot be opened, migrated or written
    └── PipelineError   a pipeline is mis-assembled, or a stage failed (names the stage)

Every message says what went wrong and, where there is one, what to do about it.
"""

from __future__ import annotations


class DerekError(Exception):
    """Base class for every error derek raises on purpose."""


class InputError(DerekError):
    """An input cannot be read or understood.

    ``source`` names the file (or ``<stdin>``, or a line inside a file) and ``reason`` the problem.
    """

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class ModelError(DerekError):
    """A model or data file that ships with derek is missing or unreadable."""


class LanguageDataError(ModelError):
    """A data file of the language layer (``derek/lang/*/data``) is missing or malformed."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        super().__init__(f"{path}: {reason}")


class DependencyError(DerekError):
    """A package derek needs is not installed: an installation problem, never a bad input file."""

    def __init__(self, package: str, needed_for: str) -> None:
        self.package = package
        super().__init__(f"the package {package!r} is needed for {needed_for} but is not installed; "
                         f"reinstall derek (pip install derek) to bring it back")


class UnsupportedLanguageError(DerekError):
    """A document is in a language derek has no pipeline for."""

    def __init__(self, language: str, supported: tuple[str, ...]) -> None:
        self.language = language
        super().__init__(f"the text is in language {language!r}, which derek does not process yet "
                         f"(supported: {', '.join(supported)})")


class StoreError(DerekError):
    """The knowledge base cannot be opened, migrated or written."""


class PipelineError(DerekError):
    """A pipeline was assembled in an impossible order, or one of its stages failed."""

    def __init__(self, message: str, stage: str | None = None) -> None:
        self.stage = stage
        super().__init__(f"stage {stage!r}: {message}" if stage else message)


class TimeBudgetError(InputError):
    """One article took more processor time than one article may (``DEREK_ARTICLE_SECONDS``): it fails by name,
    and the batch goes on."""

    def __init__(self, source: str, seconds: float, where: str) -> None:
        self.seconds = seconds
        self.where = where
        super().__init__(source, f"processing stopped after {seconds:g} s of processor time, over the time budget "
                         f"for one article (during {where}); split the article, or set DEREK_ARTICLE_SECONDS "
                         f"to allow more")
