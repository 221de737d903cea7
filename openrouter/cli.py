"""The `openrouter` command line: chat, models, credits, key and generation lookups.

    openrouter chat "Write a haiku about the sea"          # streams by default
    git diff | openrouter chat "Review this change"        # piped text is the context
    openrouter models llama --sort price --min-context 100000
    openrouter generation gen-...                          # waits until the stats exist
    openrouter compare -m openai/gpt-4o -m anthropic/claude-sonnet-4 "Explain CRDTs"
    openrouter --emulator chat "Hello"                     # against the bundled emulator

Every failure is one line on stderr. Exit status: 0 success, 1 an API or network error, 2 a usage
error, 130 interrupted (Ctrl-C), 141 the reader of stdout went away (silently, like `head`).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from decimal import Decimal
from typing import Any, NoReturn, TextIO

from ._client import OpenRouter
from ._errors import OpenRouterError
from ._http import default_stack
from ._validation import to_json
from ._version import __version__

__all__ = ["main"]

DEFAULT_MODEL = "openai/gpt-4o-mini"
MILLION = Decimal(1_000_000)
USAGE, API_ERROR, INTERRUPTED, BROKEN_PIPE = 2, 1, 130, 141
_EXIT_CODES = (
    "exit status: 0 ok, 1 API or network error, 2 usage error, 130 interrupted, 141 stdout closed"
)


class UsageError(Exception):
    """A command line that cannot run as given (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the examples' layout and appends each option's default to its help."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        default = action.default
        if default in (None, False, argparse.SUPPRESS) or "default" in text or not text:
            return text
        return f"{text} (default: %(default)s)"


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is not a positive whole number")
    return value


def _dollars(text: str) -> Decimal:
    price = _price(text)
    if price is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a price")
    return price


def _parser() -> _Parser:
    def parser_of(**options: Any) -> _Parser:
        return _Parser(formatter_class=_Formatter, **options)

    parser = parser_of(prog="openrouter", description=__doc__, epilog=_EXIT_CODES)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # Shared options work before or after the command: `openrouter --json key`, `... key --json`.
    shared = parser_of(add_help=False)
    for target, default in ((parser, False), (shared, argparse.SUPPRESS)):
        target.add_argument(
            "--emulator", action="store_true", default=default, help="use the bundled emulator"
        )
        target.add_argument(
            "--json", action="store_true", default=default, help="machine-readable JSON output"
        )
    parser.add_argument(
        "--base-url", help="API base URL (default: $OPENROUTER_BASE_URL, else the live API)"
    )
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_Parser
    )

    def command(name: str, help: str, description: str = "") -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            help=help,
            description=description or help,
            parents=[shared],
            formatter_class=_Formatter,
            epilog=_EXIT_CODES,
        )

    chat = command(
        "chat",
        "ask a model (streams the answer)",
        "Ask a model; the answer streams to stdout. Text piped on stdin is the context and the\n"
        "prompt words are the instruction: the model gets the instruction, a blank line, then\n"
        "the piped text. Either one alone is the whole prompt.",
    )
    chat.add_argument("prompt", nargs="*", help="the instruction (or the whole prompt)")
    chat.add_argument(
        "-m",
        "--model",
        default=os.environ.get("OPENROUTER_MODEL", DEFAULT_MODEL),
        help="the model; $OPENROUTER_MODEL changes what is used when -m is not given",
    )
    chat.add_argument("--system", help="a system message")
    chat.add_argument("--max-tokens", type=_positive, help="the completion budget (tokens)")
    chat.add_argument("--no-stream", action="store_true", help="wait for the whole answer")

    compare = command(
        "compare",
        "ask several models the same question and compare them",
        "Send the same prompt to every -m model at once, show each one's progress while the\n"
        "answers stream in, then a table: time to first token, latency, tokens, cost, provider\n"
        "(medians with --repeats), and each answer.",
    )
    compare.add_argument("prompt", nargs="*", help="the instruction (or the whole prompt)")
    compare.add_argument(
        "-m", "--model", dest="models", action="append", required=True, help="a model (repeat -m)"
    )
    compare.add_argument("--system", help="a system message")
    compare.add_argument("--max-tokens", type=_positive, help="the completion budget (tokens)")
    compare.add_argument("--repeats", type=_positive, default=1, help="runs per model")
    compare.add_argument("--concurrency", type=_positive, default=4, help="models at once")

    models = command("models", "list models with prices per million tokens")
    models.add_argument("search", nargs="?", help="only models whose id or name contains this")
    models.add_argument("--modality", help="only models that accept or produce this modality")
    models.add_argument(
        "--max-price", type=_dollars, help="only models whose input costs at most this ($/M tokens)"
    )
    models.add_argument("--min-context", type=_positive, help="only models with this context")
    models.add_argument(
        "--sort",
        choices=("id", "price", "context"),
        default="id",
        help="order: by id, by price (cheapest input first), by context (largest first)",
    )
    models.add_argument("--limit", type=_positive, help="show at most this many")

    command("credits", "the account balance (management key)")
    command("key", "limits and usage of the current key")
    generation = command(
        "generation",
        "stats of one generation",
        "Stats of one generation; waits until OpenRouter has them (they appear a moment\n"
        "after the call).",
    )
    generation.add_argument("id", help="a generation id (gen-...)")
    generation.add_argument(
        "--no-wait", action="store_true", help="ask once; a generation not ready yet is an error"
    )
    generation.add_argument(
        "--timeout", type=float, default=30.0, help="how long to wait for the stats (seconds)"
    )
    return parser


def _client(args: argparse.Namespace) -> OpenRouter:
    if args.emulator:
        from .testing import FAKE_API_KEY, FAKE_MANAGEMENT_KEY, FakeOpenRouter

        key = FAKE_MANAGEMENT_KEY if args.command in ("credits",) else FAKE_API_KEY
        # compare: models answer at their own emulated speed, so the table shows differences
        fake = FakeOpenRouter(latency=0.02 if args.command == "compare" else 0.0)
        http = default_stack().Client(transport=fake)
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


def _prompt(args: argparse.Namespace, stdin: TextIO | None) -> str:
    instruction = " ".join(args.prompt).strip()
    context = ""
    if stdin is not None and not stdin.isatty():  # None: stdin was closed (`<&-`)
        try:
            context = stdin.read().strip()
        except (OSError, UnicodeDecodeError) as error:
            raise UsageError(f"cannot read stdin: {error}") from None
    if instruction and context:
        return f"{instruction}\n\n{context}"
    if not (instruction or context):
        raise UsageError("give a prompt, or pipe one on stdin")
    return instruction or context


def _messages(args: argparse.Namespace, stdin: TextIO | None) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = []
    if args.system:
        messages.append({"role": "system", "content": args.system})
    messages.append({"role": "user", "content": _prompt(args, stdin)})
    return messages


def _compare(
    client: OpenRouter, args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO | None
) -> int:
    from ._compare_view import LiveProgress, table

    options: dict[str, Any] = {"messages": _messages(args, stdin)}
    if args.max_tokens is not None:
        options["max_tokens"] = args.max_tokens
    comparison = client.compare(
        args.models,
        repeats=args.repeats,
        concurrency=args.concurrency,
        on_progress=None if args.json else LiveProgress(err, args.models),
        **options,
    )
    if args.json:
        out.write(json.dumps(comparison.to_dict(), indent=2) + "\n")
    else:
        out.write(table(comparison))
    return 0 if any(result.ok for result in comparison.results) else API_ERROR


def _chat(
    client: OpenRouter, args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO | None
) -> int:
    messages = _messages(args, stdin)
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
        out.write("\n")  # the shell's prompt starts on a line of its own
        raise
    out.write("\n")
    final = stream.snapshot()
    usage = final.get("usage") or {}
    if usage.get("cost") is not None and err.isatty():
        err.write(f"[{final.get('model')}: {usage.get('total_tokens')} tokens, ${usage['cost']}]\n")
    return 0


def _price(value: Any) -> Decimal | None:
    """A price per token as a Decimal; None when unknown or variable (negative)."""
    try:
        price = Decimal(str(value))
    except ArithmeticError:
        return None
    return price if price.is_finite() and price >= 0 else None


def _per_million(value: Any) -> str:
    price = _price(value)
    if price is None:
        return "varies" if value is not None and str(value).startswith("-") else "?"
    return f"${(price * MILLION).normalize():f}" if price else "free"


def _matches(data: dict[str, Any], args: argparse.Namespace) -> bool:
    needle = (args.search or "").lower()
    if needle and needle not in data["id"].lower() and needle not in data.get("name", "").lower():
        return False
    arch = data.get("architecture") or {}
    modalities = set(arch.get("input_modalities") or []) | set(arch.get("output_modalities") or [])
    if args.modality and args.modality not in modalities:
        return False
    if args.min_context and (data.get("context_length") or 0) < args.min_context:
        return False
    if args.max_price is not None:
        price = _price((data.get("pricing") or {}).get("prompt"))
        if price is None or price * MILLION > args.max_price:
            return False
    return True


def _sort_key(sort: str) -> Any:
    def by_price(data: dict[str, Any]) -> tuple[Any, ...]:
        pricing = data.get("pricing") or {}
        prompt, completion = _price(pricing.get("prompt")), _price(pricing.get("completion"))
        unknown = prompt is None  # unknown or variable prices go last
        return (unknown, prompt or 0, completion or 0, data["id"])

    if sort == "price":
        return by_price
    if sort == "context":
        return lambda data: (-(data.get("context_length") or 0), data["id"])
    return lambda data: data["id"]


def _models(client: OpenRouter, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with _status("Fetching the model list", err):
        listing = client.models.list()
    rows = sorted(
        (data for data in (model.to_dict() for model in listing.data) if _matches(data, args)),
        key=_sort_key(args.sort),
    )
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


def _dispatch(
    client: OpenRouter, args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO | None
) -> int:
    if args.command == "chat":
        return _chat(client, args, out, err, stdin)
    if args.command == "models":
        return _models(client, args, out, err)
    if args.command == "compare":
        return _compare(client, args, out, err, stdin)
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
    if args.no_wait:
        return _show(client.generations.get(args.id).data, args, out)
    with _status("Waiting for the generation's stats", err):
        stats = client.generations.wait(args.id, timeout=args.timeout)
    return _show(stats, args, out)


def _line(text: object) -> str:
    return " ".join(str(text).split())


def run(argv: Sequence[str], out: TextIO, err: TextIO, stdin: TextIO | None) -> int:
    """Run the command line with explicit streams; returns the exit status."""
    try:
        args = _parser().parse_args(list(argv))
        with _client(args) as client:
            code = _dispatch(client, args, out, err, stdin)
        out.flush()
        return code
    except UsageError as error:
        err.write(f"openrouter: error: {_line(error)}\n")
        return USAGE
    except OpenRouterError as error:
        err.write(f"openrouter: {type(error).__name__}: {_line(error)}\n")
        return API_ERROR
    except (TypeError, ValueError) as error:  # arguments the client refused before sending
        err.write(f"openrouter: error: {_line(error)}\n")
        return USAGE
    except KeyboardInterrupt:
        err.write("openrouter: interrupted\n")
        return INTERRUPTED
    except BrokenPipeError:
        return BROKEN_PIPE
    except OSError as error:
        err.write(f"openrouter: {_line(error)}\n")
        return API_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    """The console script `openrouter`."""
    try:
        code = run(sys.argv[1:] if argv is None else argv, sys.stdout, sys.stderr, sys.stdin)
    except SystemExit as done:  # --help and --version
        return done.code if isinstance(done.code, int) else 0
    if code == BROKEN_PIPE:
        # Whatever is still buffered for the closed pipe must not fail again at exit.
        with suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return code


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
