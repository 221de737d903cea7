from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..models.anthropic_thinking_adaptive_display_known import AnthropicThinkingAdaptiveDisplayKnown
from ..types import UNSET, Unset
from ..types import Model as _Model


class AnthropicThinkingAdaptive(_Model):
    """Let the model decide how much to think.

    Attributes:
        type (Literal['adaptive']):
        display (AnthropicThinkingAdaptiveDisplayKnown | str | Unset):
    """

    __slots__ = (
        "type",
        "display",
        "additional_properties",
    )

    type: Literal["adaptive"]
    display: AnthropicThinkingAdaptiveDisplayKnown | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["adaptive"],
        display: AnthropicThinkingAdaptiveDisplayKnown | str | Unset = UNSET,
    ) -> None:
        self.type = type
        self.display = display
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        display: str | Unset
        if isinstance(self.display, Unset):
            display = UNSET
        elif isinstance(self.display, AnthropicThinkingAdaptiveDisplayKnown):
            display = self.display.value
        else:
            display = self.display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["adaptive"]', d.pop("type"))
        if type_ != "adaptive":
            raise ValueError(f"type must match const 'adaptive', got '{type_}'")

        def _parse_display(data: object) -> AnthropicThinkingAdaptiveDisplayKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                display_display_known = AnthropicThinkingAdaptiveDisplayKnown._parse(data)

                return display_display_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AnthropicThinkingAdaptiveDisplayKnown | str | Unset", data)

        display = _parse_display(d.pop("display", UNSET))

        anthropic_thinking_adaptive = cls(
            type=type_,
            display=display,
        )

        anthropic_thinking_adaptive.additional_properties = d
        return anthropic_thinking_adaptive

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
