"""Serve the emulator on a loopback socket: `python -m openrouter.testing --port 8765`.

Point a client at the printed base URL with the printed keys. Only loopback hosts are allowed.
Ctrl-C or SIGTERM stops it.
"""

from __future__ import annotations

import argparse
import signal
import sys
from types import FrameType

from ._core import FAKE_API_KEY, FAKE_MANAGEMENT_KEY
from ._fake import FakeOpenRouter
from ._server import check_loopback, make_server


def _stop(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt  # SIGTERM stops the server as cleanly as Ctrl-C


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and serve until interrupted."""
    parser = argparse.ArgumentParser(
        prog="python -m openrouter.testing",
        description="Serve the OpenRouter emulator on a loopback address.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="a loopback address (default 127.0.0.1)"
    )
    parser.add_argument("--port", type=int, default=8765, help="the port (0 picks a free one)")
    parser.add_argument("--api-key", default=FAKE_API_KEY, help="the API key to accept")
    parser.add_argument(
        "--management-key", default=FAKE_MANAGEMENT_KEY, help="the management key to accept"
    )
    parser.add_argument(
        "--generation-delay-polls",
        type=int,
        default=1,
        help="lookups of a new generation that answer 404 first (default 1)",
    )
    parser.add_argument(
        "--accept-any-key",
        action="store_true",
        help="answer any key as the API key (or as the management key where one is needed)",
    )
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    args = parser.parse_args(argv)
    try:
        check_loopback(args.host)
    except ValueError as exc:
        parser.error(str(exc))
    fake = FakeOpenRouter(
        api_key=args.api_key,
        management_key=args.management_key,
        generation_delay_polls=args.generation_delay_polls,
        accept_any_key=args.accept_any_key,
    )
    server = make_server(fake, args.host, args.port, verbose=args.verbose)
    print(f"OpenRouter emulator at {server.base_url}", file=sys.stderr, flush=True)
    print(f"  API key:        {args.api_key}", file=sys.stderr)
    print(f"  management key: {args.management_key}", file=sys.stderr)
    if args.accept_any_key:
        print("  (any other key is accepted too)", file=sys.stderr)
    sys.stderr.flush()
    signal.signal(signal.SIGTERM, _stop)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.close_connections()
        server.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
