"""The layers the README promises, checked on the source: only the Telegram adapter
(`bot/tg/`) and the handlers import `telegram`, the domain (`bot/coach/`) imports neither
Telegram nor SQLAlchemy, and no module grows past 450 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"
MODULES = sorted(BOT.rglob("*.py"))
MAX_LINES = 450


def _imported_roots(path: Path) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def _package(path: Path) -> str:
    return path.relative_to(BOT).parts[0]


def test_the_source_tree_is_found() -> None:
    assert len(MODULES) > 50, MODULES


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(BOT)))
def test_layers(path: Path) -> None:
    roots = _imported_roots(path)
    if _package(path) not in ("tg", "handlers"):
        assert "telegram" not in roots, f"{path} imports telegram outside bot/tg and bot/handlers"
    if _package(path) == "coach":
        assert not roots & {"telegram", "sqlalchemy"}, f"{path}: the domain imports {roots}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(BOT)))
def test_no_module_is_over_450_lines(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path} has {lines} lines: split it along its seams"
