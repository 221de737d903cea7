from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class AnthropicImageBlockParam(_Model):
    """
    Attributes:
        type (Literal['image']):
        source (AnthropicBase64ImageSource | AnthropicFileSource | AnthropicUrlSource):
        cache_control (CacheControl | Unset): Anthropic-style prompt-cache marker. On a content part it marks a
            breakpoint; at the top
            level of the request it asks for automatic breakpoints.
    """

    __slots__ = (
        "type",
        "source",
        "cache_control",
        "additional_properties",
    )

    type: Literal["image"]
    source: AnthropicBase64ImageSource | AnthropicFileSource | AnthropicUrlSource
    cache_control: CacheControl | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["image"],
        source: AnthropicBase64ImageSource | AnthropicFileSource | AnthropicUrlSource,
        cache_control: CacheControl | Unset = UNSET,
    ) -> None:
        self.type = type
        self.source = source
        self.cache_control = cache_control
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        source: dict[str, Any]
        if isinstance(self.source, AnthropicBase64ImageSource):
            source = self.source.to_dict()
        elif isinstance(self.source, AnthropicUrlSource):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "source": source,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["image"]', d.pop("type"))
        if type_ != "image":
            raise ValueError(f"type must match const 'image', got '{type_}'")

        def _parse_source(
            data: object,
        ) -> AnthropicBase64ImageSource | AnthropicFileSource | AnthropicUrlSource:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = AnthropicBase64ImageSource.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_1 = AnthropicUrlSource.from_dict(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            source_type_2 = AnthropicFileSource.from_dict(data)

            return source_type_2

        source = _parse_source(d.pop("source"))

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: CacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = CacheControl.from_dict(_cache_control)

        anthropic_image_block_param = cls(
            type=type_,
            source=source,
            cache_control=cache_control,
        )

        anthropic_image_block_param.additional_properties = d
        return anthropic_image_block_param

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
from ..models.anthropic_base_64_image_source import AnthropicBase64ImageSource  # noqa: E402
from ..models.anthropic_file_source import AnthropicFileSource  # noqa: E402
from ..models.anthropic_url_source import AnthropicUrlSource  # noqa: E402
from ..models.cache_control import CacheControl  # noqa: E402
