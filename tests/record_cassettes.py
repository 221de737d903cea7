"""`make record`: re-record cassettes/ (one per operation, plus streamed variants).

By default against the bundled emulator served on loopback. With `RECORD_LIVE=1` and
`OPENROUTER_API_KEY` set, the operations that are safe to repeat (reads and small inference calls
on a cheap model) are recorded against the live API instead; management operations need
`OPENROUTER_MANAGEMENT_KEY` as well, and operations that change account state are recorded live
only with `RECORD_LIVE_ALL=1`. See cassettes/README.md.

Run as `python -m tests.record_cassettes [--missing] [operation_id ...]`: `--missing` records only
the operations without a cassette (what `make record` does after an operation is added), with
the operations they need an id from.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import vcr  # type: ignore[import-untyped]
from openrouter_api.api import OPERATIONS

from openrouter import OpenRouter, OpenRouterError
from openrouter.testing import cassettes
from tests.operation_calls import STREAMING, plan, spec_operation

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "cassettes"
LIVE_BASE = "https://openrouter.ai/api/v1"

#: Operations that must run after another one, which provides a real id.
NEEDS = {
    "get_key": "create_key",
    "update_key": "create_key",
    "delete_key": "create_key",
    "get_generation": "create_chat_completion",
    "get_generation_content": "create_chat_completion",
}
FIRST = ["create_chat_completion", "create_key"]
LAST = ["delete_key"]


def without_cassettes(selected: list[str]) -> list[str]:
    """The operations of `selected` that lack a cassette, and the ones they need an id from."""
    missing = [
        op
        for op in selected
        if not (FOLDER / f"{op}.yaml").exists()
        or (op in STREAMING and not (FOLDER / f"{op}.stream.yaml").exists())
    ]
    needed = {NEEDS[op] for op in missing if op in NEEDS}
    return sorted(set(missing) | needed)


def order(selected: list[str]) -> list[str]:
    rest = [op for op in selected if op not in FIRST and op not in LAST]
    return (
        [op for op in FIRST if op in selected]
        + sorted(rest)
        + [op for op in LAST if op in selected]
    )


@contextmanager
def backend(live: bool) -> Iterator[tuple[str, str, str | None, str | None]]:
    """(base URL, origin to rewrite, api key, management key)."""
    if live:
        yield (
            LIVE_BASE,
            "",
            os.environ["OPENROUTER_API_KEY"],
            os.environ.get("OPENROUTER_MANAGEMENT_KEY"),
        )
        return
    from openrouter.testing import FAKE_API_KEY, FAKE_MANAGEMENT_KEY, FakeOpenRouter, run_server

    with run_server(FakeOpenRouter(generation_delay_polls=0)) as base_url:
        origin = base_url.removesuffix("/api/v1")
        yield base_url, origin, FAKE_API_KEY, FAKE_MANAGEMENT_KEY


def recorder(origin: str) -> Any:
    rewrite = (origin, "https://openrouter.ai") if origin else None
    recording = vcr.VCR(**cassettes.vcr_config(rewrite_base=rewrite))
    recording.register_serializer("openrouter-yaml", cassettes)
    return recording


def live_allowed(operation_id: str, management: str | None) -> bool:
    method, _, op = spec_operation(operation_id)
    kind = op["x-openrouter-key"]
    if kind == "management" and not management:
        return False
    safe = method == "get" or operation_id in STREAMING or operation_id == "create_embeddings"
    return safe or os.environ.get("RECORD_LIVE_ALL") == "1"


def record_one(
    recording: Any,
    name: str,
    client: OpenRouter,
    operation_id: str,
    values: dict[str, Any],
    stream: bool = False,
) -> Any:
    path = FOLDER / f"{name}.yaml"
    path.unlink(missing_ok=True)
    with recording.use_cassette(str(path), record_mode="all"):
        call = plan(operation_id, client, values=values, stream=stream)
        try:
            result = call.run(client)
            if stream:
                with result:
                    return result.get_final_completion()
            return result
        except OpenRouterError as error:  # recorded as it is: some operations only fail
            print(f"  {name}: recorded an error answer ({type(error).__name__})")
            return None


def main(argv: list[str]) -> int:
    live = os.environ.get("RECORD_LIVE") == "1"
    if live and not os.environ.get("OPENROUTER_API_KEY"):
        print("RECORD_LIVE=1 needs OPENROUTER_API_KEY", file=sys.stderr)
        return 2
    missing_only = "--missing" in argv
    selected = [name for name in argv if name != "--missing"] or sorted(OPERATIONS)
    if missing_only:
        selected = without_cassettes(selected)
        if not selected:
            print(f"every operation has its cassettes in {FOLDER.relative_to(ROOT)}/")
            return 0
    FOLDER.mkdir(exist_ok=True)
    with backend(live) as (base_url, origin, api_key, management_key):
        recording = recorder(origin)
        produced: dict[str, Any] = {}
        for operation_id in order(selected):
            if live and not live_allowed(operation_id, management_key):
                print(f"  {operation_id}: kept (not recorded live)")
                continue
            kind = spec_operation(operation_id)[2]["x-openrouter-key"]
            key = management_key if kind == "management" else api_key
            client = OpenRouter(
                api_key=key, base_url=base_url, http_client=httpx.Client(), max_retries=0
            )
            values: dict[str, Any] = {}
            source = produced.get(NEEDS.get(operation_id, ""))
            if operation_id in ("get_generation", "get_generation_content") and source:
                values["id"] = source.id
            if operation_id in ("get_key", "update_key", "delete_key") and source:
                values["hash"] = source.data.hash
            produced[operation_id] = record_one(
                recording, operation_id, client, operation_id, values
            )
            if operation_id in STREAMING:
                record_one(
                    recording, f"{operation_id}.stream", client, operation_id, {}, stream=True
                )
            client.close()
    found = [p.name for p in FOLDER.glob("*.yaml") if cassettes.find_key_shaped(p.read_text())]
    if found:
        print(f"key-shaped text left in {found}", file=sys.stderr)
        return 1
    print(f"recorded {len(selected)} operation(s) into {FOLDER.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
