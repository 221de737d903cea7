from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guardrail_filter_action_known import GuardrailFilterActionKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="GuardrailCustomFilter")


@_attrs_define
class GuardrailCustomFilter:
    """A custom regular-expression content filter.

    Attributes:
        pattern (str): Regular expression matched against request messages.
        action (GuardrailFilterActionKnown | str): What happens on a match.
        label (None | str | Unset): Optional name of the filter.
    """

    pattern: str
    action: GuardrailFilterActionKnown | str
    label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pattern = self.pattern

        action: str
        if isinstance(self.action, GuardrailFilterActionKnown):
            action = self.action.value
        else:
            action = self.action

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pattern": pattern,
                "action": action,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pattern = d.pop("pattern")

        def _parse_action(data: object) -> GuardrailFilterActionKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_0 = GuardrailFilterActionKnown._parse(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("GuardrailFilterActionKnown | str", data)

        action = _parse_action(d.pop("action"))

        label = cast("None | str | Unset", d.pop("label", UNSET))

        guardrail_custom_filter = cls(
            pattern=pattern,
            action=action,
            label=label,
        )

        guardrail_custom_filter.additional_properties = d
        return guardrail_custom_filter

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
