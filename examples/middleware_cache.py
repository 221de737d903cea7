"""A response cache as middleware: a deterministic request (temperature 0, a seed) is answered
from memory the second time, without a request, a retry or a bill."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

import httpx
from _setup import MODEL, connect, where

from openrouter.params import ChatMessage


class ResponseCache:
    """Caches successful non-streamed chat answers whose request cannot vary between calls."""

    def __init__(self) -> None:
        self.answers: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.hits = 0

    def __call__(
        self, request: httpx.Request, call_next: Callable[[httpx.Request], httpx.Response]
    ) -> httpx.Response:
        key = self._key(request)
        if key is None:
            return call_next(request)
        if key in self.answers:
            self.hits += 1
            status, headers, body = self.answers[key]
            return httpx.Response(status, headers=headers, content=body, request=request)
        response = call_next(request)
        if response.status_code == 200:
            body = response.read()
            self.answers[key] = (200, {"content-type": "application/json"}, body)
        return response

    @staticmethod
    def _key(request: httpx.Request) -> str | None:
        if request.method != "POST" or not request.url.path.endswith("/chat/completions"):
            return None
        payload = json.loads(request.content)
        if payload.get("stream") or payload.get("temperature") != 0 or "seed" not in payload:
            return None  # only answers that the same request would reproduce
        return hashlib.sha256(request.content).hexdigest()


print(f"Talking to {where()}.")
cache = ResponseCache()
with connect(middleware=[cache]) as client:
    question: list[ChatMessage] = [{"role": "user", "content": "What is 2 + 2?"}]
    for _ in range(3):
        answer = client.chat.completions.create(
            model=MODEL, messages=question, temperature=0, seed=7, max_tokens=10
        )
        print(answer.choices[0].message.content)
print(f"served from the cache: {cache.hits} of 3")
