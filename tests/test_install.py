"""The install: `make run` gets what running needs, `make test` the dev tools too, both the
versions CI tested (constraints.txt)."""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_TOOLS = ("pytest", "ruff", "hypothesis", "mypy")


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    return norm(re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0])


def dry_run(target: str, tmp_path: Path) -> str:
    """The commands `make <target>` would run in a fresh clone (no .venv yet)."""
    venv = tmp_path / "venv"
    result = subprocess.run(
        ["make", "-n", "-C", str(ROOT), target, f"VENV={venv}"],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def installs(commands: str) -> list[str]:
    return [line for line in commands.splitlines() if "pip install" in line]


def test_make_run_installs_only_what_running_needs(tmp_path):
    lines = installs(dry_run("run", tmp_path))
    assert any(line.rstrip().endswith("-e .") for line in lines), lines
    assert not any("[dev]" in line for line in lines), lines


def test_make_test_adds_the_dev_tools(tmp_path):
    lines = installs(dry_run("test", tmp_path))
    assert any("-e '.[dev]'" in line for line in lines), lines


def test_both_install_the_tested_versions(tmp_path):
    for target in ("run", "test"):
        for line in installs(dry_run(target, tmp_path)):
            if " -e " in line:
                assert "-c constraints.txt" in line, line


def test_the_constraints_pin_every_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["dev"]]
    pinned = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"not an exact pin: {line!r}"
            pinned[norm(name)] = version
    missing = [r for r in wanted if requirement_name(r) not in pinned]
    assert missing == []


def test_running_needs_none_of_the_dev_tools():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    needed = {requirement_name(r) for r in project["dependencies"]}
    assert needed.isdisjoint(DEV_TOOLS)
    assert set(project["optional-dependencies"]) == {"dev"}  # no extra nothing uses
