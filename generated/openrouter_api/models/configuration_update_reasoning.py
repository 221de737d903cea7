from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.reasoning_effort_known import ReasoningEffortKnown
from ..types import Model as _Model


class ConfigurationUpdateReasoning(_Model):
    """
    Attributes:
        effort (ReasoningEffortKnown | str):
    """

    __slots__ = (
        "effort",
        "additional_properties",
    )

    effort: ReasoningEffortKnown | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        effort: ReasoningEffortKnown | str,
    ) -> None:
        self.effort = effort
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        effort: str
        if isinstance(self.effort, ReasoningEffortKnown):
            effort = self.effort.value
        else:
            effort = self.effort

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

        def _parse_effort(data: object) -> ReasoningEffortKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_reasoning_effort_type_0 = ReasoningEffortKnown._parse(data)

                return componentsschemas_reasoning_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ReasoningEffortKnown | str", data)

        effort = _parse_effort(d.pop("effort"))

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
