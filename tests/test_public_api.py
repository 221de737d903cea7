"""The public surface of `openrouter`: pinned, sorted, and every name importable."""

from __future__ import annotations

import importlib
import subprocess
import sys

import openrouter

PUBLIC = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
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
    "Clock",
    "ConflictError",
    "CostRecord",
    "CostScope",
    "CostStore",
    "CreditBalance",
    "FirstTokenTimeoutError",
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
    "NotFoundError",
    "NotGiven",
    "OpenRouter",
    "OpenRouterError",
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
    "SystemClock",
    "UnprocessableEntityError",
    "__version__",
    "apaginate",
    "oauth",
    "paginate",
    "parts",
    "to_file",
]


def test_all_is_pinned_and_sorted() -> None:
    assert openrouter.__all__ == PUBLIC
    assert openrouter.__all__ == sorted(openrouter.__all__, key=lambda n: (n != "NOT_GIVEN", n))


def test_every_public_name_resolves_in_a_fresh_interpreter() -> None:
    code = "import openrouter\nfor name in openrouter.__all__:\n    getattr(openrouter, name)\n"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_from_imports_work_for_lazy_names() -> None:
    module = importlib.import_module("openrouter")
    from openrouter import Budget, Stream, parts, to_file

    assert Budget is module.Budget
    assert Stream.__name__ == "Stream"
    assert callable(parts.image) and callable(to_file)


def test_errors_hang_from_one_root() -> None:
    for name in PUBLIC:
        value = getattr(openrouter, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, openrouter.OpenRouterError), name


def test_both_packages_are_typed() -> None:
    from importlib.resources import files

    assert files("openrouter").joinpath("py.typed").is_file()
    assert files("openrouter_api").joinpath("py.typed").is_file()


def test_every_testing_name_resolves_in_a_fresh_interpreter() -> None:
    code = (
        "import openrouter.testing as t\n"
        "for name in t.__all__:\n"
        "    getattr(t, name)\n"
        "from openrouter.testing import *\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_pytest_plugin_loads_without_the_emulator() -> None:
    # Installed as a pytest11 plugin, it loads in every pytest run of every project.
    code = (
        "import sys, openrouter.testing.pytest_plugin\n"
        "assert 'openrouter.testing._core' not in sys.modules, 'emulator imported eagerly'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
