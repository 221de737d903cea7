from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.guardrail_filter_action_known import GuardrailFilterActionKnown
from ..types import ReadModel as _ReadModel


class GuardrailCustomFilter(_ReadModel):
    """A custom regular-expression content filter.

    Attributes:
        pattern (str): Regular expression matched against request messages.
        action (GuardrailFilterActionKnown | str): What happens on a match.
        label (None | str): Optional name of the filter.
    """

    __slots__ = (
        "pattern",
        "action",
        "label",
        "additional_properties",
    )

    pattern: str
    action: GuardrailFilterActionKnown | str
    label: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        pattern: str,
        action: GuardrailFilterActionKnown | str,
        label: None | str = None,
    ) -> None:
        self.pattern = pattern
        self.action = action
        self.label = label
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("pattern", "pattern", True, "str"),
        ("action", "action", True, "GuardrailFilterActionKnown | str"),
        ("label", "label", False, "None | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        pattern = d.pop("pattern", None)
        _action = d.pop("action", None)
        action: Any = _read_action(_action)
        label = d.pop("label", None)
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


def _read_action(data: Any) -> Any:
    if isinstance(data, str):
        if data in GuardrailFilterActionKnown._value2member_map_:
            return GuardrailFilterActionKnown._value2member_map_[data]
    return data
