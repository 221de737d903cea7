from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import Model as _Model


class DecisionsNoulCriteria(_Model):
    """What counts as true and as false.

    Attributes:
        true (Any): A string, or a JSON object or array.
        false (Any): A string, or a JSON object or array.
    """

    __slots__ = (
        "true",
        "false",
        "additional_properties",
    )

    true: Any
    false: Any
    additional_properties: dict[str, Any]

    def __init__(
        self,
        true: Any,
        false: Any,
    ) -> None:
        self.true = true
        self.false = false
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        true_ = self.true

        false_ = self.false

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "true": true_,
                "false": false_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        true_ = d.pop("true")

        false_ = d.pop("false")

        decisions_noul_criteria = cls(
            true=true_,
            false=false_,
        )

        decisions_noul_criteria.additional_properties = d
        return decisions_noul_criteria

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
