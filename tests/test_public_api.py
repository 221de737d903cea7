"""The public surface of `openrouter`: pinned, sorted, and every name importable."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import openrouter

PUBLIC = [
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


#: `openrouter.types`: the API's models a user annotates with, under the stability promise.
TYPES = [
    "ActivityItem",
    "ActivityListResponse",
    "AnthropicMessage",
    "AnthropicTextBlock",
    "AnthropicThinkingBlock",
    "AnthropicToolUseBlock",
    "AnthropicUsage",
    "ApiKey",
    "ApiKeyListResponse",
    "ApiKeyResponse",
    "AsyncChatStream",
    "AsyncCompletionStream",
    "AsyncMessageStream",
    "AsyncResponseStream",
    "ChatAudioOutput",
    "ChatCompletion",
    "ChatCompletionChoice",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionDelta",
    "ChatCompletionError",
    "ChatCompletionMessage",
    "ChatCompletionTokensDetails",
    "ChatGeneratedImage",
    "ChatLogprobs",
    "ChatPromptTokensDetails",
    "ChatStream",
    "ChatTokenLogprob",
    "ChatToolCall",
    "ChatToolCallDelta",
    "ChatToolCallDeltaFunction",
    "ChatToolCallFunction",
    "ChatUsage",
    "CompletionStream",
    "CostDetails",
    "CreateApiKeyRequest",
    "CreateApiKeyResponse",
    "Credits",
    "CreditsResponse",
    "CurrentKey",
    "CurrentKeyResponse",
    "EmbeddingObject",
    "EmbeddingsResponse",
    "EmbeddingsUsage",
    "ErrorDetail",
    "ErrorMetadata",
    "ErrorResponse",
    "GeneratedImage",
    "Generation",
    "GenerationResponse",
    "ImageGeneration",
    "MessageStream",
    "MessageStreamEvent",
    "Model",
    "ModelArchitecture",
    "ModelEndpoint",
    "ModelEndpoints",
    "ModelEndpointsResponse",
    "ModelListResponse",
    "ModelPricing",
    "ModelTopProvider",
    "Provider",
    "ProviderListResponse",
    "RerankResponse",
    "RerankResult",
    "ResponseError",
    "ResponseFunctionCall",
    "ResponseObject",
    "ResponseOutputMessage",
    "ResponseOutputText",
    "ResponseReasoningItem",
    "ResponseStream",
    "ResponseStreamEvent",
    "ResponseUsage",
    "TextCompletion",
    "TextCompletionChoice",
    "UpdateApiKeyRequest",
]


def test_the_public_types_are_pinned_and_are_the_generated_classes() -> None:
    from openrouter_api import models

    from openrouter import types

    assert types.__all__ == TYPES
    for name in TYPES:
        value = getattr(types, name)
        if name.endswith("Stream"):
            assert getattr(value, "__origin__", None) in (openrouter.Stream, openrouter.AsyncStream)
        else:
            assert value is getattr(models, name), name


def test_importing_the_public_types_loads_no_model() -> None:
    code = (
        "import sys\n"
        "from openrouter import types\n"
        "assert not [m for m in sys.modules if m.startswith('openrouter_api.models.')]\n"
        "from openrouter.types import ChatCompletion\n"
        "assert 'openrouter_api.models.chat_completion' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_an_unknown_type_name_is_an_attribute_error() -> None:
    from openrouter import types

    with pytest.raises(AttributeError, match="NoSuchModel"):
        types.NoSuchModel  # noqa: B018


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
