from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..models.anthropic_thinking_enabled_display_known import AnthropicThinkingEnabledDisplayKnown
from ..types import UNSET, Unset
from ..types import Model as _Model


class AnthropicThinkingEnabled(_Model):
    """
    Attributes:
        type (Literal['enabled']):
        budget_tokens (int): Tokens the model may spend thinking.
        display (AnthropicThinkingEnabledDisplayKnown | str | Unset):
    """

    __slots__ = (
        "type",
        "budget_tokens",
        "display",
        "additional_properties",
    )

    type: Literal["enabled"]
    budget_tokens: int
    display: AnthropicThinkingEnabledDisplayKnown | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["enabled"],
        budget_tokens: int,
        display: AnthropicThinkingEnabledDisplayKnown | str | Unset = UNSET,
    ) -> None:
        self.type = type
        self.budget_tokens = budget_tokens
        self.display = display
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        budget_tokens = self.budget_tokens

        display: str | Unset
        if isinstance(self.display, Unset):
            display = UNSET
        elif isinstance(self.display, AnthropicThinkingEnabledDisplayKnown):
            display = self.display.value
        else:
            display = self.display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "budget_tokens": budget_tokens,
            }
        )
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["enabled"]', d.pop("type"))
        if type_ != "enabled":
            raise ValueError(f"type must match const 'enabled', got '{type_}'")

        budget_tokens = d.pop("budget_tokens")

        def _parse_display(data: object) -> AnthropicThinkingEnabledDisplayKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                display_display_known = AnthropicThinkingEnabledDisplayKnown._parse(data)

                return display_display_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AnthropicThinkingEnabledDisplayKnown | str | Unset", data)

        display = _parse_display(d.pop("display", UNSET))

        anthropic_thinking_enabled = cls(
            type=type_,
            budget_tokens=budget_tokens,
            display=display,
        )

        anthropic_thinking_enabled.additional_properties = d
        return anthropic_thinking_enabled

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
