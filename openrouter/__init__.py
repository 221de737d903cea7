"""openrouter-py: a fast, complete client for the OpenRouter API.

`OpenRouter` and `AsyncOpenRouter` reach every operation; errors derive from `OpenRouterError`.
The generated low-level package is `openrouter_api` (not covered by semantic versioning).
"""

from typing import TYPE_CHECKING, Any

from ._client import AsyncOpenRouter, OpenRouter
from ._clock import Clock, SystemClock
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadGatewayError,
    BadRequestError,
    BudgetExceededError,
    ConflictError,
    FirstTokenTimeoutError,
    IdleTimeoutError,
    IncompleteStreamError,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    OpenRouterError,
    OutputRefusedError,
    OutputTruncatedError,
    OutputValidationError,
    PayloadTooLargeError,
    PaymentRequiredError,
    PermissionDeniedError,
    ProviderOverloadedError,
    ProviderTimeoutError,
    RateLimitError,
    RequestTimeoutError,
    ResponseValidationError,
    ServiceUnavailableError,
    StreamError,
    StructuredOutputError,
    ToolRoundsExceededError,
    UnprocessableEntityError,
)
from ._middleware import (
    AsyncMiddleware,
    CallEnded,
    CallInfo,
    CallStarted,
    Middleware,
    MiddlewareEvent,
    Retrying,
    StreamEnded,
    StreamStarted,
)
from ._ratelimit import RateLimit
from ._retry import RetryPolicy
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

if TYPE_CHECKING:
    from . import oauth, params, parts, types
    from ._account import CreditBalance
    from ._budget import Budget
    from ._compare import CompareProgress, Comparison, ModelResult
    from ._cost import CostScope, Ledger
    from ._files import to_file
    from ._model_price import ModelPrice
    from ._pagination import apaginate, paginate
    from ._parse import AsyncChatParseStream, ChatParseStream, ParsedChatCompletion
    from ._pricing import ModelCatalogue
    from ._raw import RawResponse
    from ._records import CostRecord
    from ._redis_store import RedisCostStore
    from ._runner import ToolCallRecord, ToolRunEvent, ToolRunResult
    from ._store import CostStore, MemoryCostStore
    from ._streaming import AsyncStream, Stream
    from ._tools import FunctionTool, tool_from_function, tool_from_model

# Loaded on first use, so `import openrouter` costs little more than `import httpx`.
_LAZY = {
    "AsyncChatParseStream": "._parse",
    "AsyncStream": "._streaming",
    "Budget": "._budget",
    "CostRecord": "._records",
    "CostScope": "._cost",
    "ChatParseStream": "._parse",
    "CompareProgress": "._compare",
    "Comparison": "._compare",
    "CostStore": "._store",
    "CreditBalance": "._account",
    "FunctionTool": "._tools",
    "Ledger": "._cost",
    "MemoryCostStore": "._store",
    "ModelCatalogue": "._pricing",
    "ModelPrice": "._model_price",
    "ModelResult": "._compare",
    "ParsedChatCompletion": "._parse",
    "RawResponse": "._raw",
    "RedisCostStore": "._redis_store",
    "Stream": "._streaming",
    "ToolCallRecord": "._runner",
    "ToolRunEvent": "._runner",
    "ToolRunResult": "._runner",
    "apaginate": "._pagination",
    "paginate": "._pagination",
    "to_file": "._files",
    "tool_from_function": "._tools",
    "tool_from_model": "._tools",
}


def __getattr__(name: str) -> Any:
    import importlib

    if name in ("oauth", "params", "parts", "types"):  # public submodules
        value: Any = importlib.import_module(f".{name}", __name__)
    elif name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncChatParseStream",
    "AsyncMiddleware",
    "AsyncOpenRouter",
    "AsyncStream",
    "AuthenticationError",
    "BadGatewayError",
    "BadRequestError",
    "Budget",
    "BudgetExceededError",
    "CallEnded",
    "CallInfo",
    "CallStarted",
    "ChatParseStream",
    "Clock",
    "CompareProgress",
    "Comparison",
    "ConflictError",
    "CostRecord",
    "CostScope",
    "CostStore",
    "CreditBalance",
    "FirstTokenTimeoutError",
    "FunctionTool",
    "IdleTimeoutError",
    "IncompleteStreamError",
    "InternalServerError",
    "Ledger",
    "MemoryCostStore",
    "Middleware",
    "MiddlewareEvent",
    "MissingAPIKeyError",
    "ModelCatalogue",
    "ModelPrice",
    "ModelResult",
    "NotFoundError",
    "NotGiven",
    "OpenRouter",
    "OpenRouterError",
    "OutputRefusedError",
    "OutputTruncatedError",
    "OutputValidationError",
    "ParsedChatCompletion",
    "PayloadTooLargeError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "ProviderOverloadedError",
    "ProviderTimeoutError",
    "RateLimit",
    "RateLimitError",
    "RawResponse",
    "RedisCostStore",
    "RequestTimeoutError",
    "ResponseValidationError",
    "RetryPolicy",
    "Retrying",
    "ServiceUnavailableError",
    "Stream",
    "StreamEnded",
    "StreamError",
    "StreamStarted",
    "StructuredOutputError",
    "SystemClock",
    "ToolCallRecord",
    "ToolRoundsExceededError",
    "ToolRunEvent",
    "ToolRunResult",
    "UnprocessableEntityError",
    "__version__",
    "apaginate",
    "oauth",
    "paginate",
    "params",
    "parts",
    "to_file",
    "tool_from_function",
    "tool_from_model",
    "types",
]
