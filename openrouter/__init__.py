"""openrouter-py: a fast, complete client for the OpenRouter API.

`OpenRouter` and `AsyncOpenRouter` reach every operation; errors derive from `OpenRouterError`.
The generated low-level package is `openrouter_api` (not covered by semantic versioning).
"""

from . import parts
from ._account import CreditBalance
from ._budget import Budget
from ._client import AsyncOpenRouter, OpenRouter
from ._clock import Clock, SystemClock
from ._cost import CostRecord, CostScope, Ledger
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
    UnprocessableEntityError,
)
from ._files import to_file
from ._pagination import apaginate, paginate
from ._pricing import ModelCatalogue, ModelPrice
from ._raw import RawResponse
from ._retry import RetryPolicy
from ._streaming import AsyncStream, Stream
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncOpenRouter",
    "AsyncStream",
    "AuthenticationError",
    "BadGatewayError",
    "BadRequestError",
    "Budget",
    "BudgetExceededError",
    "Clock",
    "ConflictError",
    "CostRecord",
    "CostScope",
    "CreditBalance",
    "FirstTokenTimeoutError",
    "IdleTimeoutError",
    "IncompleteStreamError",
    "InternalServerError",
    "Ledger",
    "MissingAPIKeyError",
    "ModelCatalogue",
    "ModelPrice",
    "NotFoundError",
    "NotGiven",
    "OpenRouter",
    "OpenRouterError",
    "PayloadTooLargeError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "ProviderOverloadedError",
    "ProviderTimeoutError",
    "RateLimitError",
    "RawResponse",
    "RequestTimeoutError",
    "ResponseValidationError",
    "RetryPolicy",
    "ServiceUnavailableError",
    "Stream",
    "StreamError",
    "SystemClock",
    "UnprocessableEntityError",
    "__version__",
    "apaginate",
    "paginate",
    "parts",
    "to_file",
]
