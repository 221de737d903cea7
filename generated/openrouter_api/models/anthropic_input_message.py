from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.anthropic_input_message_role import AnthropicInputMessageRole
from ..types import Model as _Model


class AnthropicInputMessage(_Model):
    """One conversation turn.

    Attributes:
        role (AnthropicInputMessageRole):
        content (list[AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicOtherBlockParam |
            AnthropicRedactedThinkingBlockParam | AnthropicTextBlockParam | AnthropicThinkingBlockParam |
            AnthropicToolResultBlockParam | AnthropicToolUseBlockParam] | str): Text, or a list of content blocks.
    """

    __slots__ = (
        "role",
        "content",
        "additional_properties",
    )

    role: AnthropicInputMessageRole
    content: (
        list[
            AnthropicDocumentBlockParam
            | AnthropicImageBlockParam
            | AnthropicOtherBlockParam
            | AnthropicRedactedThinkingBlockParam
            | AnthropicTextBlockParam
            | AnthropicThinkingBlockParam
            | AnthropicToolResultBlockParam
            | AnthropicToolUseBlockParam
        ]
        | str
    )
    additional_properties: dict[str, Any]

    def __init__(
        self,
        role: AnthropicInputMessageRole,
        content: list[
            AnthropicDocumentBlockParam
            | AnthropicImageBlockParam
            | AnthropicOtherBlockParam
            | AnthropicRedactedThinkingBlockParam
            | AnthropicTextBlockParam
            | AnthropicThinkingBlockParam
            | AnthropicToolResultBlockParam
            | AnthropicToolUseBlockParam
        ]
        | str,
    ) -> None:
        self.role = role
        self.content = content
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, AnthropicTextBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, AnthropicImageBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, AnthropicDocumentBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, AnthropicToolUseBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, AnthropicToolResultBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, AnthropicThinkingBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, AnthropicRedactedThinkingBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role = AnthropicInputMessageRole._parse(d.pop("role"))

        def _parse_content(
            data: object,
        ) -> (
            list[
                AnthropicDocumentBlockParam
                | AnthropicImageBlockParam
                | AnthropicOtherBlockParam
                | AnthropicRedactedThinkingBlockParam
                | AnthropicTextBlockParam
                | AnthropicThinkingBlockParam
                | AnthropicToolResultBlockParam
                | AnthropicToolUseBlockParam
            ]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()

                def _parse_content_type_1_item(
                    data: object,
                ) -> (
                    AnthropicDocumentBlockParam
                    | AnthropicImageBlockParam
                    | AnthropicOtherBlockParam
                    | AnthropicRedactedThinkingBlockParam
                    | AnthropicTextBlockParam
                    | AnthropicThinkingBlockParam
                    | AnthropicToolResultBlockParam
                    | AnthropicToolUseBlockParam
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_anthropic_content_block_param_type_0 = (
                            AnthropicTextBlockParam.from_dict(data)
                        )

                        return componentsschemas_anthropic_content_block_param_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_anthropic_content_block_param_type_1 = (
                            AnthropicImageBlockParam.from_dict(data)
                        )

                        return componentsschemas_anthropic_content_block_param_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_anthropic_content_block_param_type_2 = (
                            AnthropicDocumentBlockParam.from_dict(data)
                        )

                        return componentsschemas_anthropic_content_block_param_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_anthropic_content_block_param_type_3 = (
                            AnthropicToolUseBlockParam.from_dict(data)
                        )

                        return componentsschemas_anthropic_content_block_param_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_anthropic_content_block_param_type_4 = (
                            AnthropicToolResultBlockParam.from_dict(data)
                        )

                        return componentsschemas_anthropic_content_block_param_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_anthropic_content_block_param_type_5 = (
                            AnthropicThinkingBlockParam.from_dict(data)
                        )

                        return componentsschemas_anthropic_content_block_param_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_anthropic_content_block_param_type_6 = (
                            AnthropicRedactedThinkingBlockParam.from_dict(data)
                        )

                        return componentsschemas_anthropic_content_block_param_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_anthropic_content_block_param_type_7 = (
                        AnthropicOtherBlockParam.from_dict(data)
                    )

                    return componentsschemas_anthropic_content_block_param_type_7

                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)
                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicOtherBlockParam | AnthropicRedactedThinkingBlockParam | AnthropicTextBlockParam | AnthropicThinkingBlockParam | AnthropicToolResultBlockParam | AnthropicToolUseBlockParam] | str",
                data,
            )

        content = _parse_content(d.pop("content"))

        anthropic_input_message = cls(
            role=role,
            content=content,
        )

        anthropic_input_message.additional_properties = d
        return anthropic_input_message

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
from ..models.anthropic_document_block_param import AnthropicDocumentBlockParam  # noqa: E402
from ..models.anthropic_image_block_param import AnthropicImageBlockParam  # noqa: E402
from ..models.anthropic_other_block_param import AnthropicOtherBlockParam  # noqa: E402
from ..models.anthropic_redacted_thinking_block_param import AnthropicRedactedThinkingBlockParam  # noqa: E402
from ..models.anthropic_text_block_param import AnthropicTextBlockParam  # noqa: E402
from ..models.anthropic_thinking_block_param import AnthropicThinkingBlockParam  # noqa: E402
from ..models.anthropic_tool_result_block_param import AnthropicToolResultBlockParam  # noqa: E402
from ..models.anthropic_tool_use_block_param import AnthropicToolUseBlockParam  # noqa: E402
