from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class AnthropicToolResultBlockParam(_Model):
    """The result of a tool call, sent in a user turn.

    Attributes:
        type (Literal['tool_result']):
        tool_use_id (str):
        content (list[AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicTextBlockParam] | str | Unset):
        is_error (bool | Unset):
        cache_control (CacheControl | Unset): Anthropic-style prompt-cache marker. On a content part it marks a
            breakpoint; at the top
            level of the request it asks for automatic breakpoints.
    """

    __slots__ = (
        "type",
        "tool_use_id",
        "content",
        "is_error",
        "cache_control",
        "additional_properties",
    )

    type: Literal["tool_result"]
    tool_use_id: str
    content: (
        list[AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicTextBlockParam]
        | str
        | Unset
    )
    is_error: bool | Unset
    cache_control: CacheControl | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["tool_result"],
        tool_use_id: str,
        content: list[
            AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicTextBlockParam
        ]
        | str
        | Unset = UNSET,
        is_error: bool | Unset = UNSET,
        cache_control: CacheControl | Unset = UNSET,
    ) -> None:
        self.type = type
        self.tool_use_id = tool_use_id
        self.content = content
        self.is_error = is_error
        self.cache_control = cache_control
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        tool_use_id = self.tool_use_id

        content: list[dict[str, Any]] | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, AnthropicTextBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, AnthropicImageBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        is_error = self.is_error

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tool_use_id": tool_use_id,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if is_error is not UNSET:
            field_dict["is_error"] = is_error
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["tool_result"]', d.pop("type"))
        if type_ != "tool_result":
            raise ValueError(f"type must match const 'tool_result', got '{type_}'")

        tool_use_id = d.pop("tool_use_id")

        def _parse_content(
            data: object,
        ) -> (
            list[AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicTextBlockParam]
            | str
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()

                def _parse_content_type_1_item(
                    data: object,
                ) -> (
                    AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicTextBlockParam
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_type_1_item_type_0 = AnthropicTextBlockParam.from_dict(data)

                        return content_type_1_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_type_1_item_type_1 = AnthropicImageBlockParam.from_dict(data)

                        return content_type_1_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_type_1_item_type_2 = AnthropicDocumentBlockParam.from_dict(data)

                    return content_type_1_item_type_2

                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)
                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicTextBlockParam] | str | Unset",
                data,
            )

        content = _parse_content(d.pop("content", UNSET))

        is_error = d.pop("is_error", UNSET)

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: CacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = CacheControl.from_dict(_cache_control)

        anthropic_tool_result_block_param = cls(
            type=type_,
            tool_use_id=tool_use_id,
            content=content,
            is_error=is_error,
            cache_control=cache_control,
        )

        anthropic_tool_result_block_param.additional_properties = d
        return anthropic_tool_result_block_param

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
from ..models.anthropic_text_block_param import AnthropicTextBlockParam  # noqa: E402
from ..models.cache_control import CacheControl  # noqa: E402
