from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class AnthropicTextBlockParam(_Model):
    """
    Attributes:
        type (Literal['text']):
        text (str):
        cache_control (CacheControl | Unset): Anthropic-style prompt-cache marker. On a content part it marks a
            breakpoint; at the top
            level of the request it asks for automatic breakpoints.
        citations (list[AnthropicTextBlockParamCitationsType0Item] | None | Unset):
    """

    __slots__ = (
        "type",
        "text",
        "cache_control",
        "citations",
        "additional_properties",
    )

    type: Literal["text"]
    text: str
    cache_control: CacheControl | Unset
    citations: list[AnthropicTextBlockParamCitationsType0Item] | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["text"],
        text: str,
        cache_control: CacheControl | Unset = UNSET,
        citations: list[AnthropicTextBlockParamCitationsType0Item] | None | Unset = UNSET,
    ) -> None:
        self.type = type
        self.text = text
        self.cache_control = cache_control
        self.citations = citations
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        text = self.text

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        citations: list[dict[str, Any]] | None | Unset
        if isinstance(self.citations, Unset):
            citations = UNSET
        elif isinstance(self.citations, list):
            citations = []
            for citations_type_0_item_data in self.citations:
                citations_type_0_item = citations_type_0_item_data.to_dict()
                citations.append(citations_type_0_item)

        else:
            citations = self.citations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if citations is not UNSET:
            field_dict["citations"] = citations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["text"]', d.pop("type"))
        if type_ != "text":
            raise ValueError(f"type must match const 'text', got '{type_}'")

        text = d.pop("text")

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: CacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = CacheControl.from_dict(_cache_control)

        def _parse_citations(
            data: object,
        ) -> list[AnthropicTextBlockParamCitationsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                citations_type_0 = []
                _citations_type_0 = data
                for citations_type_0_item_data in _citations_type_0:
                    citations_type_0_item = AnthropicTextBlockParamCitationsType0Item.from_dict(
                        citations_type_0_item_data
                    )

                    citations_type_0.append(citations_type_0_item)

                return citations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[AnthropicTextBlockParamCitationsType0Item] | None | Unset", data)

        citations = _parse_citations(d.pop("citations", UNSET))

        anthropic_text_block_param = cls(
            type=type_,
            text=text,
            cache_control=cache_control,
            citations=citations,
        )

        anthropic_text_block_param.additional_properties = d
        return anthropic_text_block_param

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
from ..models.anthropic_text_block_param_citations_type_0_item import (
    AnthropicTextBlockParamCitationsType0Item,  # noqa: E402
)
from ..models.cache_control import CacheControl  # noqa: E402
