from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageStreamEvent")


@_attrs_define
class MessageStreamEvent:
    """The data of one named server-sent event of a streamed message. `type` repeats the event
    name (`message_start`, `content_block_start`, `content_block_delta`,
    `content_block_stop`, `message_delta`, `message_stop`, `ping`, `error`); the other
    fields are present depending on the event.

        Attributes:
            type_ (str):
            message (AnthropicMessage | Unset): A generated assistant message in the Anthropic shape, with OpenRouter
                extras.
            index (int | Unset):
            content_block (AnthropicRedactedThinkingBlock | AnthropicServerToolUseBlock | AnthropicTextBlock |
                AnthropicThinkingBlock | AnthropicToolUseBlock | AnthropicUnknownBlock | Unset): A block of generated content;
                unknown block types fall through to `AnthropicUnknownBlock`.
            delta (MessageStreamDelta | Unset): The change carried by a delta event: `text_delta` (text), `input_json_delta`
                (partial_json), `thinking_delta` (thinking), `signature_delta` (signature),
                `citations_delta` (citation), or on `message_delta` the final `stop_reason`.
            usage (MessageStreamEventUsage | Unset): Cumulative usage on `message_delta` (same fields as `AnthropicUsage`,
                all optional).
            error (MessageStreamEventError | Unset): `{type, message, error_type}` on `error` events.
            openrouter_metadata (None | OpenRouterMetadata | Unset):
    """

    type_: str
    message: AnthropicMessage | Unset = UNSET
    index: int | Unset = UNSET
    content_block: (
        AnthropicRedactedThinkingBlock
        | AnthropicServerToolUseBlock
        | AnthropicTextBlock
        | AnthropicThinkingBlock
        | AnthropicToolUseBlock
        | AnthropicUnknownBlock
        | Unset
    ) = UNSET
    delta: MessageStreamDelta | Unset = UNSET
    usage: MessageStreamEventUsage | Unset = UNSET
    error: MessageStreamEventError | Unset = UNSET
    openrouter_metadata: None | OpenRouterMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        index = self.index

        content_block: dict[str, Any] | Unset
        if isinstance(self.content_block, Unset):
            content_block = UNSET
        elif isinstance(self.content_block, AnthropicTextBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, AnthropicThinkingBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, AnthropicRedactedThinkingBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, AnthropicToolUseBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, AnthropicServerToolUseBlock):
            content_block = self.content_block.to_dict()
        else:
            content_block = self.content_block.to_dict()

        delta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delta, Unset):
            delta = self.delta.to_dict()

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        openrouter_metadata: dict[str, Any] | None | Unset
        if isinstance(self.openrouter_metadata, Unset):
            openrouter_metadata = UNSET
        elif isinstance(self.openrouter_metadata, OpenRouterMetadata):
            openrouter_metadata = self.openrouter_metadata.to_dict()
        else:
            openrouter_metadata = self.openrouter_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if index is not UNSET:
            field_dict["index"] = index
        if content_block is not UNSET:
            field_dict["content_block"] = content_block
        if delta is not UNSET:
            field_dict["delta"] = delta
        if usage is not UNSET:
            field_dict["usage"] = usage
        if error is not UNSET:
            field_dict["error"] = error
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        _message = d.pop("message", UNSET)
        message: AnthropicMessage | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = AnthropicMessage.from_dict(_message)

        index = d.pop("index", UNSET)

        def _parse_content_block(
            data: object,
        ) -> (
            AnthropicRedactedThinkingBlock
            | AnthropicServerToolUseBlock
            | AnthropicTextBlock
            | AnthropicThinkingBlock
            | AnthropicToolUseBlock
            | AnthropicUnknownBlock
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_anthropic_content_block_type_0 = AnthropicTextBlock.from_dict(
                    data
                )

                return componentsschemas_anthropic_content_block_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_anthropic_content_block_type_1 = AnthropicThinkingBlock.from_dict(
                    data
                )

                return componentsschemas_anthropic_content_block_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_anthropic_content_block_type_2 = (
                    AnthropicRedactedThinkingBlock.from_dict(data)
                )

                return componentsschemas_anthropic_content_block_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_anthropic_content_block_type_3 = AnthropicToolUseBlock.from_dict(
                    data
                )

                return componentsschemas_anthropic_content_block_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_anthropic_content_block_type_4 = (
                    AnthropicServerToolUseBlock.from_dict(data)
                )

                return componentsschemas_anthropic_content_block_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_anthropic_content_block_type_5 = AnthropicUnknownBlock.from_dict(data)

            return componentsschemas_anthropic_content_block_type_5

        content_block = _parse_content_block(d.pop("content_block", UNSET))

        _delta = d.pop("delta", UNSET)
        delta: MessageStreamDelta | Unset
        if isinstance(_delta, Unset):
            delta = UNSET
        else:
            delta = MessageStreamDelta.from_dict(_delta)

        _usage = d.pop("usage", UNSET)
        usage: MessageStreamEventUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = MessageStreamEventUsage.from_dict(_usage)

        _error = d.pop("error", UNSET)
        error: MessageStreamEventError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = MessageStreamEventError.from_dict(_error)

        def _parse_openrouter_metadata(data: object) -> None | OpenRouterMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                openrouter_metadata_type_0 = OpenRouterMetadata.from_dict(data)

                return openrouter_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | OpenRouterMetadata | Unset", data)

        openrouter_metadata = _parse_openrouter_metadata(d.pop("openrouter_metadata", UNSET))

        message_stream_event = cls(
            type_=type_,
            message=message,
            index=index,
            content_block=content_block,
            delta=delta,
            usage=usage,
            error=error,
            openrouter_metadata=openrouter_metadata,
        )

        message_stream_event.additional_properties = d
        return message_stream_event

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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
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
