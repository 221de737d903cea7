"""Raw access to a successful call: status, headers and the parsed body on demand."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from openrouter_api.types import read_json

if TYPE_CHECKING:
    import httpx

__all__ = ["RawResponse"]

T = TypeVar("T")


class RawResponse(Generic[T]):
    """A successful response before parsing.

    Attributes:
        http_response: the underlying `httpx.Response` (already read).
    """

    __slots__ = ("_json", "_parse", "_parsed", "http_response")

    def __init__(self, http_response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: tuple[T] | None = None
        self._json: tuple[Any] | None = None

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def generation_id(self) -> str | None:
        """The `X-Generation-Id` header, for inference calls."""
        value: str | None = self.http_response.headers.get("x-generation-id")
        return value

    def json(self) -> Any:
        """The body as JSON (decoded once, then cached; None when it is not JSON)."""
        if self._json is None:
            try:
                self._json = (read_json(self.http_response.content),)
            except ValueError:
                self._json = (None,)
        return self._json[0]

    def parse(self) -> T:
        """The typed body (parsed once, then cached)."""
        if self._parsed is None:
            self._parsed = (self._parse(self.http_response),)
        return self._parsed[0]

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse [{self.status_code}] {request.method} {request.url.path}>"
