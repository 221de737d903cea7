from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..models.reasoning_effort import ReasoningEffort
from ..types import Model as _Model


class ConfigurationUpdateReasoning(_Model):
    """
    Attributes:
        effort (ReasoningEffort):
    """

    __slots__ = (
        "effort",
        "additional_properties",
    )

    effort: ReasoningEffort
    additional_properties: dict[str, Any]

    def __init__(
        self,
        effort: ReasoningEffort,
    ) -> None:
        self.effort = effort
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        effort = self.effort.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "effort": effort,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        effort = ReasoningEffort._parse(d.pop("effort"))

        configuration_update_reasoning = cls(
            effort=effort,
        )

        configuration_update_reasoning.additional_properties = d
        return configuration_update_reasoning

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
