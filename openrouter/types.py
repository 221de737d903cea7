"""The types a user annotates with: the API's models, re-exported under a stable name.

`openrouter_api` (generated) may change shape between releases; the names below are part of
openrouter-py's public API and follow its versioning. Each is the generated class itself (so
`isinstance` and the attributes are the same), loaded on first use: importing this module
loads no model.

    from openrouter.types import ChatCompletion, ChatCompletionChunk

    def first_answer(completion: ChatCompletion) -> str | None:
        return completion.choices[0].message.content
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openrouter_api.models import (
        ActivityItem,
        ActivityListResponse,
        AnthropicMessage,
        AnthropicTextBlock,
        AnthropicThinkingBlock,
        AnthropicToolUseBlock,
        AnthropicUsage,
        ApiKey,
        ApiKeyListResponse,
        ApiKeyResponse,
        ChatAudioOutput,
        ChatCompletion,
        ChatCompletionChoice,
        ChatCompletionChunk,
        ChatCompletionChunkChoice,
        ChatCompletionDelta,
        ChatCompletionError,
        ChatCompletionMessage,
        ChatCompletionTokensDetails,
        ChatGeneratedImage,
        ChatLogprobs,
        ChatPromptTokensDetails,
        ChatTokenLogprob,
        ChatToolCall,
        ChatToolCallDelta,
        ChatToolCallDeltaFunction,
        ChatToolCallFunction,
        ChatUsage,
        CostDetails,
        CreateApiKeyRequest,
        CreateApiKeyResponse,
        Credits,
        CreditsResponse,
        CurrentKey,
        CurrentKeyResponse,
        EmbeddingObject,
        EmbeddingsResponse,
        EmbeddingsUsage,
        ErrorDetail,
        ErrorMetadata,
        ErrorResponse,
        GeneratedImage,
        Generation,
        GenerationResponse,
        ImageGeneration,
        MessageStreamEvent,
        Model,
        ModelArchitecture,
        ModelEndpoint,
        ModelEndpoints,
        ModelEndpointsResponse,
        ModelListResponse,
        ModelPricing,
        ModelTopProvider,
        Provider,
        ProviderListResponse,
        RerankResponse,
        RerankResult,
        ResponseError,
        ResponseFunctionCall,
        ResponseObject,
        ResponseOutputMessage,
        ResponseOutputText,
        ResponseReasoningItem,
        ResponseStreamEvent,
        ResponseUsage,
        TextCompletion,
        TextCompletionChoice,
        UpdateApiKeyRequest,
    )

    from ._stream_kinds import (
        AsyncChatStream,
        AsyncCompletionStream,
        AsyncMessageStream,
        AsyncResponseStream,
        ChatStream,
        CompletionStream,
        MessageStream,
        ResponseStream,
    )

__all__ = [
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

#: The stream types come from the facade; every other name is a generated model.
_STREAMS = frozenset(
    {
        "ChatStream",
        "AsyncChatStream",
        "CompletionStream",
        "AsyncCompletionStream",
        "ResponseStream",
        "AsyncResponseStream",
        "MessageStream",
        "AsyncMessageStream",
    }
)


def __getattr__(name: str) -> Any:
    if name in _STREAMS:
        from . import _stream_kinds

        value = getattr(_stream_kinds, name)
    elif name in __all__:
        from openrouter_api import models

        value = getattr(models, name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
