from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class AnthropicContentSource(_Model):
    """A document made of text or image blocks.

    Attributes:
        type (Literal['content']):
        content (list[AnthropicImageBlockParam | AnthropicTextBlockParam] | str):
    """

    __slots__ = (
        "type",
        "content",
        "additional_properties",
    )

    type: Literal["content"]
    content: list[AnthropicImageBlockParam | AnthropicTextBlockParam] | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["content"],
        content: list[AnthropicImageBlockParam | AnthropicTextBlockParam] | str,
    ) -> None:
        self.type = type
        self.content = content
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, AnthropicTextBlockParam):
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
                "type": type_,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["content"]', d.pop("type"))
        if type_ != "content":
            raise ValueError(f"type must match const 'content', got '{type_}'")

        def _parse_content(
            data: object,
        ) -> list[AnthropicImageBlockParam | AnthropicTextBlockParam] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()

                def _parse_content_type_1_item(
                    data: object,
                ) -> AnthropicImageBlockParam | AnthropicTextBlockParam:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_type_1_item_type_0 = AnthropicTextBlockParam.from_dict(data)

                        return content_type_1_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_type_1_item_type_1 = AnthropicImageBlockParam.from_dict(data)

                    return content_type_1_item_type_1

                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)
                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[AnthropicImageBlockParam | AnthropicTextBlockParam] | str", data)

        content = _parse_content(d.pop("content"))

        anthropic_content_source = cls(
            type=type_,
            content=content,
        )

        anthropic_content_source.additional_properties = d
        return anthropic_content_source

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
from ..models.anthropic_image_block_param import AnthropicImageBlockParam  # noqa: E402
from ..models.anthropic_text_block_param import AnthropicTextBlockParam  # noqa: E402
