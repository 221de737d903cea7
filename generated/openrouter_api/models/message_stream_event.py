from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class MessageStreamEvent(_ReadModel):
    """The data of one named server-sent event of a streamed message. `type` repeats the event
    name (`message_start`, `content_block_start`, `content_block_delta`,
    `content_block_stop`, `message_delta`, `message_stop`, `ping`, `error`); the other
    fields are present depending on the event.

        Attributes:
            type (str):
            message (AnthropicMessage | None): A generated assistant message in the Anthropic shape, with OpenRouter extras.
            index (int | None):
            content_block (AnthropicRedactedThinkingBlock | AnthropicServerToolUseBlock | AnthropicTextBlock |
                AnthropicThinkingBlock | AnthropicToolUseBlock | AnthropicUnknownBlock | None): A block of generated content;
                unknown block types fall through to `AnthropicUnknownBlock`.
            delta (MessageStreamDelta | None): The change carried by a delta event: `text_delta` (text), `input_json_delta`
                (partial_json), `thinking_delta` (thinking), `signature_delta` (signature),
                `citations_delta` (citation), or on `message_delta` the final `stop_reason`.
            usage (MessageStreamEventUsage | None): Cumulative usage on `message_delta` (same fields as `AnthropicUsage`,
                all optional).
            error (MessageStreamEventError | None): `{type, message, error_type}` on `error` events.
            openrouter_metadata (None | OpenRouterMetadata):
    """

    __slots__ = (
        "type",
        "message",
        "index",
        "content_block",
        "delta",
        "usage",
        "error",
        "openrouter_metadata",
        "additional_properties",
    )

    type: str
    message: AnthropicMessage | None
    index: int | None
    content_block: (
        AnthropicRedactedThinkingBlock
        | AnthropicServerToolUseBlock
        | AnthropicTextBlock
        | AnthropicThinkingBlock
        | AnthropicToolUseBlock
        | AnthropicUnknownBlock
        | None
    )
    delta: MessageStreamDelta | None
    usage: MessageStreamEventUsage | None
    error: MessageStreamEventError | None
    openrouter_metadata: None | OpenRouterMetadata
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: str,
        message: AnthropicMessage | None = None,
        index: int | None = None,
        content_block: AnthropicRedactedThinkingBlock
        | AnthropicServerToolUseBlock
        | AnthropicTextBlock
        | AnthropicThinkingBlock
        | AnthropicToolUseBlock
        | AnthropicUnknownBlock
        | None = None,
        delta: MessageStreamDelta | None = None,
        usage: MessageStreamEventUsage | None = None,
        error: MessageStreamEventError | None = None,
        openrouter_metadata: None | OpenRouterMetadata = None,
    ) -> None:
        self.type = type
        self.message = message
        self.index = index
        self.content_block = content_block
        self.delta = delta
        self.usage = usage
        self.error = error
        self.openrouter_metadata = openrouter_metadata
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "str"),
        ("message", "message", False, "AnthropicMessage"),
        ("index", "index", False, "int"),
        (
            "content_block",
            "content_block",
            False,
            "AnthropicRedactedThinkingBlock | AnthropicServerToolUseBlock | AnthropicTextBlock | AnthropicThinkingBlock | AnthropicToolUseBlock | AnthropicUnknownBlock",
        ),
        ("delta", "delta", False, "MessageStreamDelta"),
        ("usage", "usage", False, "MessageStreamEventUsage"),
        ("error", "error", False, "MessageStreamEventError"),
        ("openrouter_metadata", "openrouter_metadata", False, "None | OpenRouterMetadata"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.type = _json_get_("type")
        _message = _json_get_("message")
        message: Any = (
            AnthropicMessage.from_dict(_message) if isinstance(_message, dict) else _message
        )
        _new_model_.message = message
        _new_model_.index = _json_get_("index")
        _content_block = _json_get_("content_block")
        content_block: Any = _read_content_block(_content_block)
        _new_model_.content_block = content_block
        _delta = _json_get_("delta")
        delta: Any = MessageStreamDelta.from_dict(_delta) if isinstance(_delta, dict) else _delta
        _new_model_.delta = delta
        _usage = _json_get_("usage")
        usage: Any = (
            MessageStreamEventUsage.from_dict(_usage) if isinstance(_usage, dict) else _usage
        )
        _new_model_.usage = usage
        _error = _json_get_("error")
        error: Any = (
            MessageStreamEventError.from_dict(_error) if isinstance(_error, dict) else _error
        )
        _new_model_.error = error
        _openrouter_metadata = _json_get_("openrouter_metadata")
        openrouter_metadata: Any = (
            OpenRouterMetadata.from_dict(_openrouter_metadata)
            if isinstance(_openrouter_metadata, dict)
            else _openrouter_metadata
        )
        _new_model_.openrouter_metadata = openrouter_metadata
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "message",
        "index",
        "content_block",
        "delta",
        "usage",
        "error",
        "openrouter_metadata",
    )
)


def _read_content_block(data: Any) -> Any:
    if isinstance(data, dict):
        if data.get("type") == "text":
            return AnthropicTextBlock.from_dict(data)
        if data.get("type") == "thinking":
            return AnthropicThinkingBlock.from_dict(data)
        if data.get("type") == "redacted_thinking":
            return AnthropicRedactedThinkingBlock.from_dict(data)
        if data.get("type") == "tool_use":
            return AnthropicToolUseBlock.from_dict(data)
        if data.get("type") == "server_tool_use":
            return AnthropicServerToolUseBlock.from_dict(data)
        return AnthropicUnknownBlock.from_dict(data)
    return data


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.anthropic_message import AnthropicMessage  # noqa: E402
    from ..models.anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock  # noqa: E402
    from ..models.anthropic_server_tool_use_block import AnthropicServerToolUseBlock  # noqa: E402
    from ..models.anthropic_text_block import AnthropicTextBlock  # noqa: E402
    from ..models.anthropic_thinking_block import AnthropicThinkingBlock  # noqa: E402
    from ..models.anthropic_tool_use_block import AnthropicToolUseBlock  # noqa: E402
    from ..models.anthropic_unknown_block import AnthropicUnknownBlock  # noqa: E402
    from ..models.message_stream_delta import MessageStreamDelta  # noqa: E402
    from ..models.message_stream_event_error import MessageStreamEventError  # noqa: E402
    from ..models.message_stream_event_usage import MessageStreamEventUsage  # noqa: E402
    from ..models.open_router_metadata import OpenRouterMetadata  # noqa: E402
else:
    AnthropicMessage = _Deferred_(globals(), "..models.anthropic_message", "AnthropicMessage")
    AnthropicRedactedThinkingBlock = _Deferred_(
        globals(), "..models.anthropic_redacted_thinking_block", "AnthropicRedactedThinkingBlock"
    )
    AnthropicServerToolUseBlock = _Deferred_(
        globals(), "..models.anthropic_server_tool_use_block", "AnthropicServerToolUseBlock"
    )
    AnthropicTextBlock = _Deferred_(
        globals(), "..models.anthropic_text_block", "AnthropicTextBlock"
    )
    AnthropicThinkingBlock = _Deferred_(
        globals(), "..models.anthropic_thinking_block", "AnthropicThinkingBlock"
    )
    AnthropicToolUseBlock = _Deferred_(
        globals(), "..models.anthropic_tool_use_block", "AnthropicToolUseBlock"
    )
    AnthropicUnknownBlock = _Deferred_(
        globals(), "..models.anthropic_unknown_block", "AnthropicUnknownBlock"
    )
    MessageStreamDelta = _Deferred_(
        globals(), "..models.message_stream_delta", "MessageStreamDelta"
    )
    MessageStreamEventError = _Deferred_(
        globals(), "..models.message_stream_event_error", "MessageStreamEventError"
    )
    MessageStreamEventUsage = _Deferred_(
        globals(), "..models.message_stream_event_usage", "MessageStreamEventUsage"
    )
    OpenRouterMetadata = _Deferred_(
        globals(), "..models.open_router_metadata", "OpenRouterMetadata"
    )
