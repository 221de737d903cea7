"""The context one handler gets: the request, its route, the authenticated key and the account.

Handlers are plain functions `(Call) -> Reply`; they read what they need from the call and
record billing through `Call.bill`, so they stay free of locking and transport concerns.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ._answer import Answer, Question, plan
from ._billing import Generation, Usage
from ._catalogue import CatalogueModel, find_model
from ._routes import Route
from ._state import AccountState, KeyEntry
from ._wire import KEEPALIVE, Chunk, FakeRequest, Reply, error_reply

__all__ = ["Call", "Handler", "Settings", "iso"]


def iso(timestamp: float) -> str:
    """An ISO-8601 UTC timestamp with a `Z`."""
    return (
        datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    )


@dataclass(frozen=True, slots=True)
class Settings:
    """Emulator-wide knobs.

    Attributes:
        generation_delay_polls: lookups of a new generation that answer 404 before it appears.
        keepalives: keep-alive comments at the start of every stream.
        words_per_chunk: words per content delta in streams.
    """

    generation_delay_polls: int = 1
    keepalives: int = 1
    words_per_chunk: int = 3


@dataclass(frozen=True, slots=True)
class Call:
    """One request being answered.

    Attributes:
        request: the request.
        route: the operation it matched.
        params: path parameters.
        body: the JSON body (None when absent or not JSON).
        key: the authenticated key (None for operations that need none).
        state: the account.
        models: the model catalogue.
        settings: emulator-wide knobs.
        now: the time of the call (Unix seconds).
    """

    request: FakeRequest
    route: Route
    params: Mapping[str, str]
    body: Any
    key: KeyEntry | None
    state: AccountState
    models: Sequence[CatalogueModel]
    settings: Settings
    now: float

    @property
    def query(self) -> dict[str, str]:
        """The query parameters."""
        return self.request.query

    @property
    def created(self) -> int:
        """`created` for response objects (Unix seconds)."""
        return int(self.now)

    def json_body(self) -> dict[str, Any]:
        """The body as a JSON object (empty when absent or not an object)."""
        return self.body if isinstance(self.body, dict) else {}

    def model(self, default: str = "openai/gpt-4o-mini") -> CatalogueModel | Reply:
        """The requested model (`model`, else the first of `models`), or a 400 reply naming it."""
        body = self.json_body()
        requested = body.get("model")
        fallbacks = body.get("models")
        if not requested and isinstance(fallbacks, list) and fallbacks:
            requested = fallbacks[0]
        name = requested if isinstance(requested, str) and requested else default
        found = find_model(self.models, name)
        if found is None:
            return error_reply(400, f"{name} is not a valid model ID")
        return found

    def keepalives(self) -> list[Chunk]:
        """The keep-alive comments every stream of this emulator starts with."""
        return [Chunk(KEEPALIVE, kind="keepalive") for _ in range(self.settings.keepalives)]

    def new_generation_id(self) -> str:
        """A fresh generation id for this call."""
        return self.state.new_generation_id(self.now, self.request.body)

    def answer(
        self,
        model: CatalogueModel,
        question: Question,
        *,
        stream: bool,
    ) -> tuple[str, Answer, Usage]:
        """Plan the answer to `question`, price it, and bill it: (generation id, answer, usage).

        Every inference handler answers through here, so they all bill the same way.
        """
        generation_id = self.new_generation_id()
        answer = plan(question, generation_id)
        usage = Usage.priced(
            model, answer.prompt_tokens, answer.completion_tokens, answer.reasoning_tokens
        )
        self.bill(generation_id, model, usage, streamed=stream, finish_reason=answer.finish_reason)
        return generation_id, answer, usage

    def bill(
        self,
        generation_id: str,
        model: CatalogueModel,
        usage: Usage,
        *,
        streamed: bool,
        finish_reason: str | None,
        api_type: str = "completions",
    ) -> None:
        """Record the generation and charge its cost to the account and the key."""
        headers = self.request.headers
        body = self.json_body()
        session = body.get("session_id") or headers.get("x-session-id")
        self.state.record(
            Generation(
                id=generation_id,
                model=model.id,
                provider=model.provider,
                usage=usage,
                created=self.now,
                streamed=streamed,
                finish_reason=finish_reason,
                api_type=api_type,
                key=self.key.secret if self.key is not None else "",
                origin=headers.get("http-referer"),
                user_agent=headers.get("user-agent"),
                session_id=session if isinstance(session, str) else None,
            )
        )
        if self.key is not None:
            self.key.last_used_at = iso(self.now)


Handler = Callable[[Call], Reply]
