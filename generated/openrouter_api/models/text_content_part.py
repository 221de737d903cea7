from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class TextContentPart(_Model):
    """
    Attributes:
        type (Literal['text']):
        text (str):
        cache_control (CacheControl | Unset): Anthropic-style prompt-cache marker. On a content part it marks a
            breakpoint; at the top
            level of the request it asks for automatic breakpoints.
        prompt_cache_breakpoint (None | PromptCacheBreakpoint | Unset): OpenAI-style explicit cache boundary; converted
            to `cache_control` for providers that use it.
    """

    __slots__ = (
        "type",
        "text",
        "cache_control",
        "prompt_cache_breakpoint",
        "additional_properties",
    )

    type: Literal["text"]
    text: str
    cache_control: CacheControl | Unset
    prompt_cache_breakpoint: None | PromptCacheBreakpoint | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["text"],
        text: str,
        cache_control: CacheControl | Unset = UNSET,
        prompt_cache_breakpoint: None | PromptCacheBreakpoint | Unset = UNSET,
    ) -> None:
        self.type = type
        self.text = text
        self.cache_control = cache_control
        self.prompt_cache_breakpoint = prompt_cache_breakpoint
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        text = self.text

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        prompt_cache_breakpoint: dict[str, Any] | None | Unset
        if isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        elif isinstance(self.prompt_cache_breakpoint, PromptCacheBreakpoint):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()
        else:
            prompt_cache_breakpoint = self.prompt_cache_breakpoint

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
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

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

        def _parse_prompt_cache_breakpoint(data: object) -> None | PromptCacheBreakpoint | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_cache_breakpoint_type_0 = PromptCacheBreakpoint.from_dict(data)

                return prompt_cache_breakpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PromptCacheBreakpoint | Unset", data)

        prompt_cache_breakpoint = _parse_prompt_cache_breakpoint(
            d.pop("prompt_cache_breakpoint", UNSET)
        )

        text_content_part = cls(
            type=type_,
            text=text,
            cache_control=cache_control,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )

        text_content_part.additional_properties = d
        return text_content_part

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
from ..models.cache_control import CacheControl  # noqa: E402
from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint  # noqa: E402
