from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observability_filter_logic_known import ObservabilityFilterLogicKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="ObservabilityFilterRuleGroup")


@_attrs_define
class ObservabilityFilterRuleGroup:
    """Rules combined with one logic operator.

    Attributes:
        rules (list[ObservabilityFilterRule]):
        logic (ObservabilityFilterLogicKnown | str | Unset): How the rules combine.
    """

    rules: list[ObservabilityFilterRule]
    logic: ObservabilityFilterLogicKnown | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        logic: str | Unset
        if isinstance(self.logic, Unset):
            logic = UNSET
        elif isinstance(self.logic, ObservabilityFilterLogicKnown):
            logic = self.logic.value
        else:
            logic = self.logic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rules": rules,
            }
        )
        if logic is not UNSET:
            field_dict["logic"] = logic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = ObservabilityFilterRule.from_dict(rules_item_data)

            rules.append(rules_item)

        def _parse_logic(data: object) -> ObservabilityFilterLogicKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                logic_type_0 = ObservabilityFilterLogicKnown._parse(data)

                return logic_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ObservabilityFilterLogicKnown | str | Unset", data)

        logic = _parse_logic(d.pop("logic", UNSET))

        observability_filter_rule_group = cls(
            rules=rules,
            logic=logic,
        )

        observability_filter_rule_group.additional_properties = d
        return observability_filter_rule_group

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
from ..models.observability_filter_rule import ObservabilityFilterRule  # noqa: E402
