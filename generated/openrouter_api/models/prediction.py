from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class Prediction(_Model):
    """Text the answer is expected to largely repeat (predicted outputs).

    Attributes:
        type (Literal['content']):
        content (list[TextContentPart] | str):
    """

    __slots__ = (
        "type",
        "content",
        "additional_properties",
    )

    type: Literal["content"]
    content: list[TextContentPart] | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["content"],
        content: list[TextContentPart] | str,
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

        def _parse_content(data: object) -> list[TextContentPart] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = TextContentPart.from_dict(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[TextContentPart] | str", data)

        content = _parse_content(d.pop("content"))

        prediction = cls(
            type=type_,
            content=content,
        )

        prediction.additional_properties = d
        return prediction

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
from ..models.text_content_part import TextContentPart  # noqa: E402
