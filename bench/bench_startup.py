"""Start-up time and install size: what `make run` costs before the first update.

    .venv/bin/python bench/bench_startup.py [--runs 5]

Start-up: a fresh interpreter importing everything `python -m bot run` and `webhook` import
before the first update (the median of --runs), and separately what the first /progress
chart adds (matplotlib, imported on demand). Install size: the files of every distribution
in this venv, split into what `pip install -e .` brings (glute-coach's requirements, followed
recursively) and what `[dev]` adds. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = "glute-coach"
BOT_IMPORTS = "import bot.__main__, bot.tg.runner, bot.tg.webhook"
CHART_IMPORTS = "import bot.runtime.charts"


def seconds_to_import(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _name(requirement: str) -> tuple[str, str | None]:
    """(normalised distribution name, the extra it belongs to or None)."""
    name = re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0]
    extra = re.search(r"""extra\s*==\s*["']([^"']+)["']""", requirement)
    return _norm(name), extra.group(1) if extra else None


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def closure(roots: set[str]) -> set[str]:
    """Installed distributions reachable from `roots` through their plain requirements."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        try:
            requires = metadata.distribution(name).requires or []
        except metadata.PackageNotFoundError:
            continue  # an optional requirement for another platform or Python
        seen.add(name)
        todo.extend(dep for dep, extra in map(_name, requires) if extra is None)
    return seen


def megabytes(names: set[str]) -> float:
    total = 0
    for name in names:
        for file in metadata.distribution(name).files or []:
            path = Path(str(file.locate()))
            if path.is_file():
                total += path.stat().st_size
    return total / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs

    bare = seconds_to_import("pass", runs)
    bot = seconds_to_import(BOT_IMPORTS, runs)
    chart = seconds_to_import(f"{BOT_IMPORTS}; {CHART_IMPORTS}", runs)
    print(f"interpreter alone:                   {bare:.2f} s")
    print(f"the bot's imports at start:          {bot - bare:.2f} s")
    print(f"the first chart adds (matplotlib):   {chart - bot:.2f} s")

    requires = metadata.distribution(APP).requires or []
    run_roots = {name for name, extra in map(_name, requires) if extra is None}
    dev_roots = {name for name, extra in map(_name, requires) if extra == "dev"}
    run = closure(run_roots)
    dev = closure(dev_roots) - run
    print(f"make run installs:  {len(run):>3} distributions, {megabytes(run):6.1f} MB")
    print(f"make test adds:     {len(dev):>3} distributions, {megabytes(dev):6.1f} MB")
    venv = sum(p.stat().st_size for p in Path(sys.prefix).rglob("*") if p.is_file()) / 1e6
    print(f"this venv on disk:  {venv:.1f} MB (with pip and caches)")


if __name__ == "__main__":
    main()
