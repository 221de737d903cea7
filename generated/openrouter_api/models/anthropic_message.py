from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_stop_reason_known import AnthropicStopReasonKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnthropicMessage")


@_attrs_define
class AnthropicMessage:
    """A generated assistant message in the Anthropic shape, with OpenRouter extras.

    Attributes:
        id (str):
        type_ (Literal['message']):
        role (Literal['assistant']):
        content (list[AnthropicRedactedThinkingBlock | AnthropicServerToolUseBlock | AnthropicTextBlock |
            AnthropicThinkingBlock | AnthropicToolUseBlock | AnthropicUnknownBlock]):
        model (str):
        stop_reason (AnthropicStopReasonKnown | None | str | Unset): `end_turn`, `max_tokens`, `stop_sequence`,
            `tool_use`, `pause_turn`, `refusal`, ... (open set); null while streaming.
        stop_sequence (None | str | Unset):
        stop_details (AnthropicStopDetails | None | Unset):
        container (AnthropicContainer | None | Unset):
        usage (AnthropicUsage | Unset): Token counts and cost of a message.
        provider (str | Unset): Name of the provider that served the request.
        context_management (AnthropicMessageContextManagementType0 | None | Unset): The context edits that were applied
            (`applied_edits`).
        openrouter_metadata (None | OpenRouterMetadata | Unset): Routing diagnostics, present when the `X-OpenRouter-
            Metadata` header is `enabled`.
    """

    id: str
    type_: Literal["message"]
    role: Literal["assistant"]
    content: list[
        AnthropicRedactedThinkingBlock
        | AnthropicServerToolUseBlock
        | AnthropicTextBlock
        | AnthropicThinkingBlock
        | AnthropicToolUseBlock
        | AnthropicUnknownBlock
    ]
    model: str
    stop_reason: AnthropicStopReasonKnown | None | str | Unset = UNSET
    stop_sequence: None | str | Unset = UNSET
    stop_details: AnthropicStopDetails | None | Unset = UNSET
    container: AnthropicContainer | None | Unset = UNSET
    usage: AnthropicUsage | Unset = UNSET
    provider: str | Unset = UNSET
    context_management: AnthropicMessageContextManagementType0 | None | Unset = UNSET
    openrouter_metadata: None | OpenRouterMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        role = self.role

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, AnthropicTextBlock):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, AnthropicThinkingBlock):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, AnthropicRedactedThinkingBlock):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, AnthropicToolUseBlock):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, AnthropicServerToolUseBlock):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        model = self.model

        stop_reason: None | str | Unset
        if isinstance(self.stop_reason, Unset):
            stop_reason = UNSET
        elif isinstance(self.stop_reason, AnthropicStopReasonKnown):
            stop_reason = self.stop_reason.value
        else:
            stop_reason = self.stop_reason

        stop_sequence: None | str | Unset
        if isinstance(self.stop_sequence, Unset):
            stop_sequence = UNSET
        else:
            stop_sequence = self.stop_sequence

        stop_details: dict[str, Any] | None | Unset
        if isinstance(self.stop_details, Unset):
            stop_details = UNSET
        elif isinstance(self.stop_details, AnthropicStopDetails):
            stop_details = self.stop_details.to_dict()
        else:
            stop_details = self.stop_details

        container: dict[str, Any] | None | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        elif isinstance(self.container, AnthropicContainer):
            container = self.container.to_dict()
        else:
            container = self.container

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        provider = self.provider

        context_management: dict[str, Any] | None | Unset
        if isinstance(self.context_management, Unset):
            context_management = UNSET
        elif isinstance(self.context_management, AnthropicMessageContextManagementType0):
            context_management = self.context_management.to_dict()
        else:
            context_management = self.context_management

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
                "id": id,
                "type": type_,
                "role": role,
                "content": content,
                "model": model,
            }
        )
        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason
        if stop_sequence is not UNSET:
            field_dict["stop_sequence"] = stop_sequence
        if stop_details is not UNSET:
            field_dict["stop_details"] = stop_details
        if container is not UNSET:
            field_dict["container"] = container
        if usage is not UNSET:
            field_dict["usage"] = usage
        if provider is not UNSET:
            field_dict["provider"] = provider
        if context_management is not UNSET:
            field_dict["context_management"] = context_management
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast('Literal["message"]', d.pop("type"))
        if type_ != "message":
            raise ValueError(f"type must match const 'message', got '{type_}'")

        role = cast('Literal["assistant"]', d.pop("role"))
        if role != "assistant":
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        def _parse_content_item(
            data: object,
        ) -> (
            AnthropicRedactedThinkingBlock
            | AnthropicServerToolUseBlock
            | AnthropicTextBlock
            | AnthropicThinkingBlock
            | AnthropicToolUseBlock
            | AnthropicUnknownBlock
        ):
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

        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = _parse_content_item(content_item_data)
            content.append(content_item)

        model = d.pop("model")

        def _parse_stop_reason(data: object) -> AnthropicStopReasonKnown | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stop_reason_type_0 = AnthropicStopReasonKnown._parse(data)

                return stop_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AnthropicStopReasonKnown | None | str | Unset", data)

        stop_reason = _parse_stop_reason(d.pop("stop_reason", UNSET))

        stop_sequence = cast("None | str | Unset", d.pop("stop_sequence", UNSET))

        def _parse_stop_details(data: object) -> AnthropicStopDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stop_details_type_0 = AnthropicStopDetails.from_dict(data)

                return stop_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AnthropicStopDetails | None | Unset", data)

        stop_details = _parse_stop_details(d.pop("stop_details", UNSET))

        def _parse_container(data: object) -> AnthropicContainer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                container_type_0 = AnthropicContainer.from_dict(data)

                return container_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AnthropicContainer | None | Unset", data)

        container = _parse_container(d.pop("container", UNSET))

        _usage = d.pop("usage", UNSET)
        usage: AnthropicUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = AnthropicUsage.from_dict(_usage)

        provider = d.pop("provider", UNSET)

        def _parse_context_management(
            data: object,
        ) -> AnthropicMessageContextManagementType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                context_management_type_0 = AnthropicMessageContextManagementType0.from_dict(data)

                return context_management_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AnthropicMessageContextManagementType0 | None | Unset", data)

        context_management = _parse_context_management(d.pop("context_management", UNSET))

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

        anthropic_message = cls(
            id=id,
            type_=type_,
            role=role,
            content=content,
            model=model,
            stop_reason=stop_reason,
            stop_sequence=stop_sequence,
            stop_details=stop_details,
            container=container,
            usage=usage,
            provider=provider,
            context_management=context_management,
            openrouter_metadata=openrouter_metadata,
        )

        anthropic_message.additional_properties = d
        return anthropic_message

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
from ..models.anthropic_container import AnthropicContainer  # noqa: E402
from ..models.anthropic_message_context_management_type_0 import (
    AnthropicMessageContextManagementType0,  # noqa: E402
)
from ..models.anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock  # noqa: E402
from ..models.anthropic_server_tool_use_block import AnthropicServerToolUseBlock  # noqa: E402
from ..models.anthropic_stop_details import AnthropicStopDetails  # noqa: E402
from ..models.anthropic_text_block import AnthropicTextBlock  # noqa: E402
from ..models.anthropic_thinking_block import AnthropicThinkingBlock  # noqa: E402
from ..models.anthropic_tool_use_block import AnthropicToolUseBlock  # noqa: E402
from ..models.anthropic_unknown_block import AnthropicUnknownBlock  # noqa: E402
from ..models.anthropic_usage import AnthropicUsage  # noqa: E402
from ..models.open_router_metadata import OpenRouterMetadata  # noqa: E402
