from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..models.observability_filter_logic_known import ObservabilityFilterLogicKnown
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ObservabilityFilterRuleGroup(_ReadModel):
    """Rules combined with one logic operator.

    Attributes:
        rules (list[ObservabilityFilterRule]):
        logic (ObservabilityFilterLogicKnown | str | None): How the rules combine.
    """

    __slots__ = (
        "rules",
        "logic",
        "additional_properties",
    )

    rules: list[ObservabilityFilterRule]
    logic: ObservabilityFilterLogicKnown | str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        rules: list[ObservabilityFilterRule],
        logic: ObservabilityFilterLogicKnown | str | None = None,
    ) -> None:
        self.rules = rules
        self.logic = logic
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("rules", "rules", True, "list[ObservabilityFilterRule]"),
        ("logic", "logic", False, "ObservabilityFilterLogicKnown | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _rules = _json_get_("rules")
        if isinstance(_rules, list):
            rules: Any = []
            for _list_item_ in _rules:
                rules.append(
                    ObservabilityFilterRule.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            rules = _rules
        _new_model_.rules = rules
        _logic = _json_get_("logic")
        logic: Any = (
            ObservabilityFilterLogicKnown._value2member_map_.get(_logic, _logic)
            if isinstance(_logic, str)
            else _logic
        )
        _new_model_.logic = logic
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
        "rules",
        "logic",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.observability_filter_rule import ObservabilityFilterRule  # noqa: E402
else:
    ObservabilityFilterRule = _Deferred_(
        globals(), "..models.observability_filter_rule", "ObservabilityFilterRule"
    )
