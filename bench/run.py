"""Benchmarks: this library's overhead against raw httpx, next to openai-python and the official
OpenRouter SDK, in one run.

`make bench` runs `python bench/run.py` in `.venv-bench`. Every row is measured for raw httpx
(the floor), raw httpx2, this library on httpx and on httpx2, openai and the official SDK (from
its own environment, `bench/.venv-sdk`, when it is there) in the same run, interleaved, and
reported as medians and ratios to httpx, with the target and whether we beat openai and the
SDK. See bench/README.md.

    python bench/run.py                 # everything (about 18 minutes on 2 cores)
    python bench/run.py --quick         # small numbers, a smoke test (about 80 s)
    python bench/run.py --suite a,c     # some suites only
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # `python bench/run.py` already has it; `-m` or imports may not
    sys.path.insert(0, str(HERE))

import clients  # noqa: E402
import report  # noqa: E402
import runners  # noqa: E402
import server  # noqa: E402
from suites import FULL, QUICK, SUITES, Config  # noqa: E402

DESCRIPTIONS = {
    "a": "sequential non-streaming chat calls",
    "b": "async throughput at concurrency 50",
    "c": "big streams (content, reasoning, tool call) read to the end: CPU per chunk, first chunk",
    "d": "decoding the 300-model /models catalogue",
    "e": "import time and a cold process (fresh subprocesses)",
    "f": "peak RSS after a big stream (fresh subprocess per client)",
    "g": "memory, heap blocks and sockets over many sequential calls (fresh subprocess)",
}


def _versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for dist in (
        "httpx",
        "httpcore",
        "openrouter-py",
        "openai",
        "httpx2",
        "httpcore2",
        "pydantic",
        "attrs",
    ):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = "not installed"
    return versions


SDK_PYTHON = HERE / ".venv-sdk" / "bin" / "python"  # made by `make bench`
_SDK_CHECK = (
    "import importlib.metadata as m, openrouter; openrouter.OpenRouter; "
    "print(m.version('openrouter'))"
)


def _sdk(python: Path) -> tuple[str | None, str]:
    """The official SDK's version in the environment of `python`, or None and why not."""
    if not python.exists():
        return None, f"not installed: no {python.name} in {python.parent.parent.name}/"
    env = runners.child_environment(clients.SDK)
    try:
        done = subprocess.run(
            [str(python), "-c", _SDK_CHECK],
            capture_output=True,
            text=True,
            env=env,
            cwd=HERE,  # not the repository root, where `openrouter` is this library
            timeout=120,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return None, f"its environment does not run ({error.__class__.__name__})"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return None, f"its environment cannot import it ({last})"
    return done.stdout.strip(), ""


def _stacks(base: str, config: Config) -> dict[str, str]:
    """The HTTP stack each client actually runs on (a sync client built and closed)."""
    stacks = {}
    for name in config.clients:
        runner = runners.open_sync(name, base, runners.interpreter(name, config.sdk_python))
        stacks[name] = runner.stack
        runner.close()
    return stacks


def _stack_note(stacks: dict[str, str]) -> str:
    """One line naming each client's stack, with a warning where ours is not the one asked."""
    text = "HTTP stacks: " + ", ".join(f"{name} on {stack}" for name, stack in stacks.items())
    wrong = [
        f"{name} runs on {stacks[name]}, not {stack}"
        for name, stack in clients.OUR_STACKS.items()
        if stacks.get(name, stack) not in (stack, "?")  # "?": no httpx client found to tell
    ]
    if wrong:
        text += (
            f"\nNOTE: {'; '.join(wrong)} (this version of the library does not select its stack "
            f"from {clients.STACK_ENV}): those columns measure another stack than their name says"
        )
    return text


def _pin() -> tuple[int | None, str]:
    """Pin the runner (and its children) to CPU 0 and return the CPU for the server."""
    if not hasattr(os, "sched_setaffinity"):
        return None, "not available"
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) < 2:
        return None, f"only {len(cpus)} CPU available"
    os.sched_setaffinity(0, {cpus[0]})
    return cpus[-1], f"clients on CPU {cpus[0]}, server on CPU {cpus[-1]}"


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="openrouter-py benchmarks (see bench/README.md)")
    parser.add_argument("--quick", action="store_true", help="small numbers, for a smoke test")
    parser.add_argument("--suite", default="a,b,c,d,e,f,g", help="suites to run, e.g. a,c")
    parser.add_argument("--repeats", type=int, default=None, help="samples per client (all suites)")
    parser.add_argument(
        "--pin", action="store_true", help="pin the clients to one CPU and the server to another"
    )
    parser.add_argument(
        "--sdk-python",
        type=Path,
        default=SDK_PYTHON,
        help="Python of the official SDK's environment (default bench/.venv-sdk; its column "
        "is skipped when that environment is missing)",
    )
    parser.add_argument(
        "--no-sdk", action="store_true", help="skip the official SDK's column (the slowest)"
    )
    parser.add_argument("--json", type=Path, default=HERE / "last_run.json", help="JSON output")
    parser.add_argument("--strict", action="store_true", help="exit 2 when a target is missed")
    parser.add_argument(
        "--results",
        type=Path,
        default=None,
        help="also write the table as DIR/<date>.md (make bench: bench/results)",
    )
    args = parser.parse_args(argv)
    args.suites = [s.strip() for s in args.suite.split(",") if s.strip()]
    unknown = [s for s in args.suites if s not in SUITES]
    if unknown:
        parser.error(f"unknown suite(s) {', '.join(unknown)}; choose from {', '.join(SUITES)}")
    if args.repeats is not None and args.repeats < 1:
        parser.error("--repeats must be at least 1")
    return args


def _config(args: argparse.Namespace) -> Config:
    config = QUICK if args.quick else FULL
    if args.repeats is not None:
        repeats = {
            f.name: args.repeats for f in dataclasses.fields(config) if f.name.endswith("_repeats")
        }
        config = dataclasses.replace(config, **repeats)
    return config


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    config = _config(args)
    server_cpu, pinning = _pin() if args.pin else (None, "off")
    versions = _versions()
    if args.no_sdk:
        sdk_version, sdk_missing = None, "--no-sdk"
    else:
        sdk_version, sdk_missing = _sdk(args.sdk_python.absolute())
    versions["openrouter (official SDK)"] = sdk_version or "not measured"
    if sdk_version is None:
        config = dataclasses.replace(
            config, clients=tuple(c for c in config.clients if c != clients.SDK)
        )
    else:
        config = dataclasses.replace(config, sdk_python=str(args.sdk_python.absolute()))
    started = time.perf_counter()
    print(
        "openrouter-py bench: "
        + ", ".join(f"{k} {v}" for k, v in versions.items())
        + f"\nmode: {'quick' if args.quick else 'full'}; suites: {','.join(args.suites)}; "
        f"CPU pinning: {pinning}; {os.cpu_count()} CPUs",
        flush=True,
    )
    rows: list[report.Row] = []
    timings: dict[str, float] = {}
    # Children (fresh-process suites) cache bytecode in a private folder, whatever the caller's
    # PYTHONDONTWRITEBYTECODE says: otherwise the editable install of this library (which has no
    # .pyc from pip) would be recompiled on every import while site-packages peers would not.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    pycache = tempfile.TemporaryDirectory(prefix="openrouter-bench-pycache-")
    os.environ["PYTHONPYCACHEPREFIX"] = pycache.name
    with pycache, server.running_server(cpu=server_cpu) as base:
        if sdk_missing and not args.no_sdk:
            print(
                f"NOTE: the official SDK's column ({clients.SDK}) is skipped: {sdk_missing} "
                "(`make bench` installs it from bench/requirements-sdk.txt)",
                flush=True,
            )
        stacks = _stacks(base, config)
        print(_stack_note(stacks), flush=True)
        for name in args.suites:
            print(f"  ({name}) {DESCRIPTIONS[name]} ...", end="", flush=True)
            suite_started = time.perf_counter()
            rows += SUITES[name](base, config)
            timings[name] = time.perf_counter() - suite_started
            print(f" {timings[name]:.0f} s", flush=True)
    elapsed = time.perf_counter() - started
    print()
    print(report.table(rows))
    print()
    print(report.summary(rows))
    print(f"\ntotal {elapsed:.0f} s; JSON: {args.json}")
    record = {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "mode": "quick" if args.quick else "full",
        "suites": args.suites,
        "config": dataclasses.asdict(config),
        "versions": versions,
        "stacks": stacks,
        "skipped": {clients.SDK: sdk_missing} if sdk_missing else {},
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "pinning": pinning,
        "seconds": {"total": elapsed, **timings},
        "rows": [row.to_json() for row in rows],
    }
    args.json.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    if args.results is not None:
        print(f"results table: {_write_results(args.results, record, rows)}")
    if args.strict and any(row.result() == "MISS" for row in rows):
        return 2
    return 0


def _write_results(folder: Path, record: dict[str, object], rows: list[report.Row]) -> Path:
    """The run as a dated Markdown page (one per day: a later run that day replaces it)."""
    date = str(record["date"])[:10]
    versions, stacks, skipped = record["versions"], record["stacks"], record["skipped"]
    assert isinstance(versions, dict) and isinstance(stacks, dict) and isinstance(skipped, dict)
    lines = [
        f"# Benchmark run of {date}",
        "",
        f"`{record['command']}` ({record['mode']}; suites {','.join(map(str, record['suites']))}),"
        f" on {record['platform']} with {record['cpus']} CPUs, CPU pinning {record['pinning']}.",
        "",
        "| | version |",
        "|---|---|",
        *(f"| {name} | {version} |" for name, version in versions.items()),
        "",
        _stack_note(stacks),
        "",
        *[line for name, why in skipped.items() for line in (f"Not measured: {name} ({why}).", "")],
        "Medians; ratios are paired per repeat against raw httpx in the same run (see",
        "`bench/README.md`). Every sample is in the run's JSON record.",
        "",
        "```",
        report.table(rows),
        "",
        report.summary(rows),
        "```",
        "",
    ]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{date}.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


if __name__ == "__main__":
    sys.exit(main())
