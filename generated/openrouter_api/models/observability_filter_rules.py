from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ObservabilityFilterRules(_ReadModel):
    """Which events are forwarded to a destination.

    Attributes:
        groups (list[ObservabilityFilterRuleGroup]):
        enabled (bool | None): Whether the rules are applied.
    """

    __slots__ = (
        "groups",
        "enabled",
        "additional_properties",
    )

    groups: list[ObservabilityFilterRuleGroup]
    enabled: bool | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        groups: list[ObservabilityFilterRuleGroup],
        enabled: bool | None = None,
    ) -> None:
        self.groups = groups
        self.enabled = enabled
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("groups", "groups", True, "list[ObservabilityFilterRuleGroup]"),
        ("enabled", "enabled", False, "bool"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        _groups = d.pop("groups", None)
        groups: Any = (
            [
                ObservabilityFilterRuleGroup.from_dict(i0) if isinstance(i0, dict) else i0
                for i0 in _groups
            ]
            if isinstance(_groups, list)
            else _groups
        )
        enabled = d.pop("enabled", None)
        observability_filter_rules = cls(
            groups=groups,
            enabled=enabled,
        )
        observability_filter_rules.additional_properties = d
        return observability_filter_rules

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
from ..models.observability_filter_rule_group import ObservabilityFilterRuleGroup  # noqa: E402
