"""The `openrouter` command line: chat, models, credits, key and generation lookups.

    openrouter chat "Write a haiku about the sea"          # streams by default
    echo "Summarise this" | openrouter chat -m anthropic/claude-3.5-haiku
    openrouter models --search llama --modality image
    openrouter --emulator chat "Hello"                     # against the bundled emulator

Errors print one line on stderr and exit non-zero; Ctrl-C during a stream stops it cleanly.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any, TextIO

import httpx

from ._client import OpenRouter
from ._errors import OpenRouterError
from ._validation import to_json

__all__ = ["main"]

DEFAULT_MODEL = "openai/gpt-4o-mini"
MILLION = Decimal(1_000_000)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="openrouter", description=__doc__.split("\n")[0])
    # Shared options work before or after the command: `openrouter --json key`, `... key --json`.
    shared = argparse.ArgumentParser(add_help=False)
    for target, default in ((parser, False), (shared, argparse.SUPPRESS)):
        target.add_argument(
            "--emulator", action="store_true", default=default, help="use the bundled emulator"
        )
        target.add_argument(
            "--json", action="store_true", default=default, help="machine-readable JSON output"
        )
    parser.add_argument("--base-url", help="API base URL (default: OPENROUTER_BASE_URL or live)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=help, parents=[shared])

    chat = command("chat", "ask a model (streams the answer)")
    chat.add_argument("prompt", nargs="*", help="the prompt (read from stdin when piped)")
    chat.add_argument("-m", "--model", default=os.environ.get("OPENROUTER_MODEL", DEFAULT_MODEL))
    chat.add_argument("--system", help="a system message")
    chat.add_argument("--max-tokens", type=int, help="the completion budget")
    chat.add_argument("--no-stream", action="store_true", help="wait for the whole answer")

    models = command("models", "list models with prices per million tokens")
    models.add_argument("search", nargs="?", help="only models whose id or name contains this")
    models.add_argument("--modality", help="only models that accept or produce this modality")
    models.add_argument("--limit", type=int, default=0, help="show at most this many")

    command("credits", "the account balance (management key)")
    command("key", "limits and usage of the current key")
    generation = command("generation", "stats of one generation")
    generation.add_argument("id", help="a generation id (gen-...)")
    return parser


def _client(args: argparse.Namespace) -> OpenRouter:
    if args.emulator:
        from .testing import FAKE_API_KEY, FAKE_MANAGEMENT_KEY, FakeOpenRouter

        key = FAKE_MANAGEMENT_KEY if args.command in ("credits",) else FAKE_API_KEY
        http = httpx.Client(transport=FakeOpenRouter())
        return OpenRouter(api_key=key, base_url="https://openrouter.ai/api/v1", http_client=http)
    return OpenRouter(base_url=args.base_url)


@contextmanager
def _status(message: str, stream: TextIO) -> Iterator[None]:
    """Show what is happening on a terminal while a slow call runs."""
    shown = stream.isatty()
    if shown:
        stream.write(f"{message}...")
        stream.flush()
    try:
        yield
    finally:
        if shown:
            stream.write("\r" + " " * (len(message) + 3) + "\r")
            stream.flush()


def _prompt(args: argparse.Namespace, stdin: TextIO) -> str:
    text = " ".join(args.prompt).strip()
    if not text and not stdin.isatty():
        text = stdin.read().strip()
    if not text:
        raise SystemExit("openrouter chat: give a prompt, or pipe one on stdin")
    return text


def _chat(
    client: OpenRouter, args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO
) -> int:
    messages: list[dict[str, Any]] = []
    if args.system:
        messages.append({"role": "system", "content": args.system})
    messages.append({"role": "user", "content": _prompt(args, stdin)})
    options: dict[str, Any] = {"model": args.model, "messages": messages}
    if args.max_tokens is not None:
        options["max_tokens"] = args.max_tokens
    if args.no_stream or args.json:
        with _status("Waiting for the model", err):
            completion = client.chat.completions.create(**options)
        if args.json:
            out.write(json.dumps(completion.to_dict(), indent=2) + "\n")
        else:
            out.write(f"{completion.choices[0].message.content or ''}\n")
        return 0
    stream = client.chat.completions.create(**options, stream=True)
    try:
        with stream:
            for text in stream.text_stream:
                out.write(text)
                out.flush()
    except KeyboardInterrupt:
        out.write("\n")
        err.write("interrupted\n")
        return 130
    out.write("\n")
    final = stream.snapshot()
    usage = final.get("usage") or {}
    if usage.get("cost") is not None and err.isatty():
        err.write(f"[{final.get('model')}: {usage.get('total_tokens')} tokens, ${usage['cost']}]\n")
    return 0


def _per_million(price: Any) -> str:
    try:
        value = Decimal(str(price)) * MILLION
    except ArithmeticError:
        return "?"
    if value < 0:
        return "varies"
    return f"${value.normalize():f}" if value else "free"


def _models(client: OpenRouter, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with _status("Fetching the model list", err):
        listing = client.models.list()
    rows = []
    needle = (args.search or "").lower()
    for model in listing.data:
        data = model.to_dict()
        if (
            needle
            and needle not in data["id"].lower()
            and needle not in data.get("name", "").lower()
        ):
            continue
        arch = data.get("architecture") or {}
        modalities = set(arch.get("input_modalities") or []) | set(
            arch.get("output_modalities") or []
        )
        if args.modality and args.modality not in modalities:
            continue
        rows.append(data)
    if args.limit:
        rows = rows[: args.limit]
    if args.json:
        out.write(json.dumps(rows, indent=2) + "\n")
        return 0
    table = [("MODEL", "CONTEXT", "INPUT/M", "OUTPUT/M")]
    for data in rows:
        pricing = data.get("pricing") or {}
        table.append(
            (
                data["id"],
                f"{data.get('context_length') or '?'}",
                _per_million(pricing.get("prompt")),
                _per_million(pricing.get("completion")),
            )
        )
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    for row in table:
        out.write("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() + "\n")
    out.write(f"{len(rows)} model(s)\n")
    return 0


def _show(value: Any, args: argparse.Namespace, out: TextIO) -> int:
    data = to_json(value)
    if args.json:
        out.write(json.dumps(data, indent=2, default=str) + "\n")
        return 0
    for key, item in data.items() if isinstance(data, dict) else []:
        out.write(f"{key}: {item}\n")
    return 0


def run(argv: Sequence[str], out: TextIO, err: TextIO, stdin: TextIO) -> int:
    """Run the command line with explicit streams (the tests use this)."""
    args = _parser().parse_args(list(argv))
    try:
        with _client(args) as client:
            if args.command == "chat":
                return _chat(client, args, out, err, stdin)
            if args.command == "models":
                return _models(client, args, out, err)
            if args.command == "credits":
                balance = client.credits.get()
                data = {
                    "total_credits": str(balance.total_credits),
                    "total_usage": str(balance.total_usage),
                    "remaining": str(balance.remaining),
                }
                return _show(data, args, out)
            if args.command == "key":
                return _show(client.key.get().data, args, out)
            return _show(client.generations.get(args.id).data, args, out)
    except OpenRouterError as error:
        err.write(f"openrouter: {type(error).__name__}: {error}\n")
        return 1
    except KeyboardInterrupt:
        err.write("interrupted\n")
        return 130
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """The console script `openrouter`."""
    return run(sys.argv[1:] if argv is None else argv, sys.stdout, sys.stderr, sys.stdin)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
