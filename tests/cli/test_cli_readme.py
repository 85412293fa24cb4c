"""The README's commands table and exit-status table say what the CLI does."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from derek import cli

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(sub.choices)


def test_every_command_is_in_the_commands_table() -> None:
    rows = re.findall(r"^\| `derek (\w+)", README, flags=re.MULTILINE)
    assert sorted(set(rows)) == sorted(_commands())


def test_every_exit_status_is_documented() -> None:
    codes = {cli.EXIT_OK, cli.EXIT_SOME_FAILED, cli.EXIT_USAGE, cli.EXIT_CANNOT_LISTEN, 130}
    documented = {int(c) for c in re.findall(r"^\| (\d+) \|", README, flags=re.MULTILINE)}
    assert documented == codes


def test_the_makefile_keeps_demo_lean_and_test_complete() -> None:
    makefile = (Path(__file__).resolve().parents[2] / "Makefile").read_text(encoding="utf-8")
    demo_install = re.search(r"^\$\(STAMP\):.*?(?=^\S)", makefile, flags=re.MULTILINE | re.DOTALL)
    assert demo_install
    assert "pip install --quiet -e .\n" in demo_install.group(0) and "[dev]" not in demo_install.group(0)
    assert re.search(r"^test: \$\(DEV\)", makefile, flags=re.MULTILINE)
    assert "derek serve --db" in makefile.split("demo:", 1)[1].split("\n\n", 1)[0]
    ci = (Path(__file__).resolve().parents[2] / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
