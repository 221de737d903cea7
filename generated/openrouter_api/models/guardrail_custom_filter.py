from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.guardrail_filter_action_known import GuardrailFilterActionKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.pattern = _json_get_("pattern")
        _action = _json_get_("action")
        action: Any = (
            GuardrailFilterActionKnown._value2member_map_.get(_action, _action)
            if isinstance(_action, str)
            else _action
        )
        _new_model_.action = action
        _new_model_.label = _json_get_("label")
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "pattern",
        "action",
        "label",
    )
)
