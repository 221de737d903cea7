from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import Model as _Model


class ConfigurationUpdate(_Model):
    """Settings that take effect from this point in the conversation.

    Attributes:
        reasoning (ConfigurationUpdateReasoning):
    """

    __slots__ = (
        "reasoning",
        "additional_properties",
    )

    reasoning: ConfigurationUpdateReasoning
    additional_properties: dict[str, Any]

    def __init__(
        self,
        reasoning: ConfigurationUpdateReasoning,
    ) -> None:
        self.reasoning = reasoning
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        reasoning = self.reasoning.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reasoning": reasoning,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reasoning = ConfigurationUpdateReasoning.from_dict(d.pop("reasoning"))

        configuration_update = cls(
            reasoning=reasoning,
        )

        configuration_update.additional_properties = d
        return configuration_update

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
from ..models.configuration_update_reasoning import ConfigurationUpdateReasoning  # noqa: E402
