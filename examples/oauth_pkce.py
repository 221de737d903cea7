"""OAuth PKCE in a command-line tool: the user signs in on OpenRouter and the tool gets their key.

The script listens on 127.0.0.1 for OpenRouter's redirect, prints the sign-in URL, trades the code
the redirect brings for a key, and prints that key masked. With `--live` you open the URL in a
browser and sign in (the script waits five minutes; the exchange itself needs no API key).
Without it the bundled emulator plays OpenRouter and a stand-in browser follows the redirect, so
the script runs offline.
"""

from __future__ import annotations

import secrets
import sys
import threading
import time
import webbrowser
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

import httpx

from openrouter import OpenRouter, oauth

LIVE = "--live" in sys.argv[1:]
WAIT_SECONDS = 300.0  # OpenRouter's codes expire after ten minutes


class CallbackServer(HTTPServer):
    """Serves /callback on a free loopback port until a code arrives."""

    code: str | None = None
    timeout = 1.0  # handle_request() returns after a second without a visit


class CallbackHandler(BaseHTTPRequestHandler):
    server: CallbackServer

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        codes = parse_qs(url.query).get("code", [])
        if url.path != "/callback" or len(codes) != 1:
            self.send_error(404)  # a favicon request or a stray visit: keep waiting
            return
        self.server.code = codes[0]
        page = b"Signed in: you can close this tab and go back to the terminal.\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        self.wfile.write(page)

    def log_message(self, format: str, *args: object) -> None:
        pass  # the request line carries the code: never write it anywhere


def wait_for_code(server: CallbackServer) -> str:
    deadline = time.monotonic() + WAIT_SECONDS
    while server.code is None:
        if time.monotonic() > deadline:
            raise SystemExit("No sign-in arrived in time; run the script again.")
        server.handle_request()
    return server.code


def stand_in_browser(sign_in_url: str) -> None:
    """What OpenRouter and the browser do in the offline run: come back with a fresh code."""
    callback = parse_qs(urlsplit(sign_in_url).query)["callback_url"][0]
    httpx.get(callback, params={"code": secrets.token_urlsafe(16)}, timeout=10)


def connect() -> OpenRouter:
    if LIVE:
        return OpenRouter(app_title="openrouter-py examples")
    from openrouter.testing import FakeOpenRouter

    return OpenRouter(http_client=httpx.Client(transport=FakeOpenRouter()))


def masked(key: str) -> str:
    return f"{key[:9]}...{key[-4:]}"


def main() -> None:
    if LIVE:
        print("Signing in on openrouter.ai.")
    else:
        print("Talking to the bundled emulator (pass --live to sign in on openrouter.ai).")
    verifier = oauth.create_verifier()  # stays in this process; only its challenge travels
    with CallbackServer(("127.0.0.1", 0), CallbackHandler) as server:
        callback = f"http://localhost:{server.server_address[1]}/callback"
        sign_in_url = oauth.authorization_url(
            callback, code_challenge=oauth.code_challenge(verifier)
        )
        print(f"Waiting for the redirect to {callback}")
        print(f"Open this page to sign in:\n  {sign_in_url}")
        if LIVE:
            webbrowser.open(sign_in_url)
        else:
            threading.Thread(target=stand_in_browser, args=(sign_in_url,), daemon=True).start()
        code = wait_for_code(server)
    print("The redirect brought a code; exchanging it for a key.")
    with connect() as client:
        granted = oauth.exchange_code(client, code, code_verifier=verifier)
    print(f"Signed in as {granted.user_id}; their key is {masked(granted.key)} (shown masked).")
    print("Keep the key like a password, and use it as any API key: OpenRouter(api_key=...).")


if __name__ == "__main__":
    main()
