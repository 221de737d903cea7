"""Client configuration: one frozen value object, resolved from arguments and the environment."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlsplit

from ._clock import Clock, SystemClock
from ._http import timeout_of
from ._ratelimit import RateLimit, RateLimiter
from ._retry import RetryPolicy
from ._secrets import check_header_value, check_headers, hold_secret
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

if TYPE_CHECKING:
    import httpx
    import httpx2

    from ._budget import Budget
    from ._cost import Ledger
    from ._metering import Meter

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "ClientConfig",
    "Timeouts",
    "check_headers",
    "resolve_timeout",
]

DEFAULT_BASE_URL = "https://openrouter.ai/api/v1"


class Timeouts(NamedTuple):
    """Seconds per phase (None: no limit), the tuple both HTTP stacks take as a timeout."""

    connect: float | None
    read: float | None
    write: float | None
    pool: float | None

    def as_extension(self) -> dict[str, float | None]:
        """The `timeout` request extension both stacks read (a new dict for each request)."""
        connect, read, write, pool = self
        return {"connect": connect, "read": read, "write": write, "pool": pool}


# Connect fails fast; reads are generous because long generations can take minutes.
DEFAULT_TIMEOUT = Timeouts(5.0, 600.0, 600.0, 600.0)

_PYTHON = "{}.{}.{}".format(*sys.version_info[:3])
_CATEGORY = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


Seconds4 = tuple[float | None, float | None, float | None, float | None]


def resolve_timeout(value: float | httpx.Timeout | httpx2.Timeout | Seconds4 | None) -> Timeouts:
    """Accept seconds, an `httpx.Timeout` (of either stack), resolved (connect, read, write,
    pool) seconds, or None (no timeout at all)."""
    if isinstance(value, Timeouts):
        return value
    if isinstance(value, tuple):
        return Timeouts(*value)
    if value is None:
        return Timeouts(None, None, None, None)
    if isinstance(value, bool) or not isinstance(value, int | float):
        try:
            return Timeouts(*timeout_of(value))
        except TypeError:
            raise TypeError(
                f"timeout must be seconds (float), httpx.Timeout or None, got {value!r}"
            ) from None
    if value <= 0:
        raise ValueError(f"timeout must be positive, got {value}")
    seconds = float(value)
    return Timeouts(min(5.0, seconds), seconds, seconds, seconds)


def _base_url(url: str) -> tuple[str, str]:
    """The base URL as given, and its origin; refused unless it is an absolute http(s) URL."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  # raises on a port that is not a number
    except ValueError:
        parts = None
    if (
        parts is None
        or parts.scheme not in ("http", "https")
        or not parts.hostname
        or any(c.isspace() or not c.isprintable() for c in url)
    ):
        raise ValueError(f"base_url must be an http(s) URL, got {url!r}")
    return url, f"{parts.scheme}://{parts.netloc}"


def _max_retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"max_retries must be an integer >= 0, got {value!r}")
    return value


def _budget(value: Budget | None) -> Budget | None:
    if value is None:
        return None  # without a budget, budgets and their stores are never imported
    from ._budget import Budget

    if not isinstance(value, Budget):
        raise TypeError(f"budget must be an openrouter.Budget, got {type(value).__name__}")
    return value


def _limiter(value: RateLimit | NotGiven | None) -> RateLimiter:
    """Not given: only `:free` models are limited (OpenRouter's limit); None: nothing is."""
    if isinstance(value, NotGiven):
        return RateLimiter(None)
    if value is None:
        return RateLimiter(None, free_models=False)
    if not isinstance(value, RateLimit):
        raise TypeError(f"rate_limit must be an openrouter.RateLimit, got {type(value).__name__}")
    return RateLimiter(value)


def _ledger(value: Ledger | None) -> Ledger | None:
    from ._cost import Ledger

    if value is not None and not isinstance(value, Ledger):
        raise TypeError(f"ledger must be an openrouter.Ledger, got {type(value).__name__}")
    return value


def _api_key(value: str | None, parameter: str = "api_key") -> str | None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise ValueError(f"{parameter} must be a non-empty string")
    if not value:
        return None
    key = value.strip()
    check_header_value(parameter, key)
    return key


def _header_text(parameter: str, value: str | None) -> str | None:
    if value is not None:
        if not isinstance(value, str):
            raise TypeError(f"{parameter} must be a string, got {type(value).__name__}")
        check_header_value(parameter, value)
    return value


def optional_seconds(name: str, value: float | None) -> float | None:
    """A positive number of seconds, or None (used for the stream deadlines)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ValueError(f"{name} must be a positive number of seconds or None, got {value!r}")
    return float(value)


def _categories(value: Sequence[str] | str | None) -> str | None:
    if value is None:
        return None
    items = [value] if isinstance(value, str) else list(value)
    for item in items:
        if isinstance(item, str):
            check_header_value("app_categories", item)
        if not isinstance(item, str) or not _CATEGORY.fullmatch(item) or len(item) > 30:
            raise ValueError(
                "app_categories entries must be lowercase-hyphenated words of at most 30 "
                f"characters, got {item!r}"
            )
    if len(items) > 2:
        raise ValueError(f"app_categories takes at most 2 categories per request, got {len(items)}")
    return ",".join(items)


@dataclass(frozen=True, slots=True, weakref_slot=True)
class ClientConfig:
    """Everything a client needs to make requests; copies are cheap (`with_options`).

    While a configuration is alive its key is masked in every error message, log line and
    cassette (see `_secrets.mask`).
    """

    api_key: str | None = field(repr=False)
    base_url: str
    origin: str  # scheme://host[:port] of base_url, for paths served outside the versioned base
    timeout: Timeouts
    retry: RetryPolicy
    headers: Mapping[str, str] = field(repr=False)
    first_token_timeout: float | None = None
    idle_timeout: float | None = None
    budget: Budget | None = None
    clock: Clock = field(default_factory=SystemClock, repr=False)
    meter: Meter = field(default=None, repr=False)  # type: ignore[assignment]  # set by build()
    middleware: tuple[Any, ...] = ()
    limiter: RateLimiter = field(default_factory=lambda: RateLimiter(None), repr=False)
    strict_responses: bool = False  # drift from the spec raises instead of being read tolerantly

    def __post_init__(self) -> None:
        hold_secret(self, self.api_key)

    @classmethod
    def build(
        cls,
        *,
        api_key: str | None,
        base_url: str | httpx.URL | httpx2.URL | None,
        app_url: str | None,
        app_title: str | None,
        app_categories: Sequence[str] | str | None,
        timeout: float | httpx.Timeout | httpx2.Timeout | Timeouts | None,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        first_token_timeout: float | None,
        idle_timeout: float | None,
        budget: Budget | None,
        retry_policy: RetryPolicy | None,
        clock: Clock | None,
        middleware: tuple[Any, ...] = (),
        rate_limit: RateLimit | NotGiven | None = NOT_GIVEN,
        strict_responses: bool = False,
        ledger: Ledger | None = None,
        stack: str = "httpx",
    ) -> ClientConfig:
        """Validate the constructor arguments, fill defaults from the environment.

        `stack`: the HTTP stack's name and version, for the User-Agent (`httpx2/2.17.0`).
        """
        key_source = "api_key" if api_key is not None else "OPENROUTER_API_KEY"
        key = api_key if api_key is not None else os.environ.get("OPENROUTER_API_KEY") or None
        key = _api_key(key, key_source)
        url = base_url or os.environ.get("OPENROUTER_BASE_URL") or DEFAULT_BASE_URL
        url, origin = _base_url(str(url))
        # An explicit policy wins; otherwise max_retries tunes the default policy.
        policy = retry_policy or RetryPolicy(max_retries=_max_retries(max_retries))
        headers: dict[str, str] = {
            "User-Agent": f"openrouter-py/{__version__} python/{_PYTHON} {stack}",
        }
        if _header_text("app_url", app_url):
            headers["HTTP-Referer"] = str(app_url)
        if _header_text("app_title", app_title):
            headers["X-OpenRouter-Title"] = str(app_title)
        categories = _categories(app_categories)
        if categories:
            headers["X-OpenRouter-Categories"] = categories
        for name, value in (default_headers or {}).items():
            if not isinstance(name, str) or not isinstance(value, str):
                raise TypeError("default_headers must map str to str")
        check_headers("default_headers", default_headers or {})
        headers.update(default_headers or {})
        from ._metering import Meter
        from ._pricing import ModelCatalogue

        clock = clock or SystemClock()
        return cls(
            api_key=key,
            base_url=url,
            origin=origin,
            timeout=resolve_timeout(timeout),
            retry=policy,
            headers=headers,
            first_token_timeout=optional_seconds("first_token_timeout", first_token_timeout),
            idle_timeout=optional_seconds("idle_timeout", idle_timeout),
            budget=_budget(budget),
            clock=clock,
            meter=Meter(ModelCatalogue(clock=clock.monotonic), _ledger(ledger)),
            middleware=middleware,
            limiter=_limiter(rate_limit),
            strict_responses=_flag("strict_responses", strict_responses),
        )

    def evolve(
        self,
        *,
        api_key: str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        budget: Budget | NotGiven | None = NOT_GIVEN,
        first_token_timeout: float | NotGiven | None = NOT_GIVEN,
        idle_timeout: float | NotGiven | None = NOT_GIVEN,
        middleware: tuple[Any, ...] | NotGiven = NOT_GIVEN,
        rate_limit: RateLimit | NotGiven | None = NOT_GIVEN,
        strict_responses: bool | NotGiven = NOT_GIVEN,
    ) -> ClientConfig:
        """A copy with the given options changed, checked like the constructor's; the meter (ledger
        and catalogue) is shared, and so are the rate-limit windows unless `rate_limit` changes."""
        changes: dict[str, Any] = {}
        if not isinstance(middleware, NotGiven):
            changes["middleware"] = middleware
        if not isinstance(rate_limit, NotGiven):
            changes["limiter"] = _limiter(rate_limit)
        if not isinstance(api_key, NotGiven):
            changes["api_key"] = _api_key(api_key)
        if not isinstance(timeout, NotGiven):
            changes["timeout"] = resolve_timeout(timeout)
        if not isinstance(max_retries, NotGiven):
            changes["retry"] = replace(self.retry, max_retries=_max_retries(max_retries))
        if extra_headers:
            check_headers("extra_headers", extra_headers)
            changes["headers"] = {**self.headers, **extra_headers}
        if not isinstance(budget, NotGiven):
            changes["budget"] = _budget(budget)
        if not isinstance(first_token_timeout, NotGiven):
            changes["first_token_timeout"] = optional_seconds(
                "first_token_timeout", first_token_timeout
            )
        if not isinstance(idle_timeout, NotGiven):
            changes["idle_timeout"] = optional_seconds("idle_timeout", idle_timeout)
        if not isinstance(strict_responses, NotGiven):
            changes["strict_responses"] = _flag("strict_responses", strict_responses)
        return replace(self, **changes)


def _flag(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, got {type(value).__name__}")
    return value
