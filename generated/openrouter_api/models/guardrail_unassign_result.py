from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class GuardrailUnassignResult(_ReadModel):
    """How many assignments were removed.

    Attributes:
        unassigned_count (int): Number of keys or members unassigned.
    """

    __slots__ = (
        "unassigned_count",
        "additional_properties",
    )

    unassigned_count: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        unassigned_count: int,
    ) -> None:
        self.unassigned_count = unassigned_count
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("unassigned_count", "unassigned_count", True, "int"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        unassigned_count = d.pop("unassigned_count", None)
        guardrail_unassign_result = cls(
            unassigned_count=unassigned_count,
        )
        guardrail_unassign_result.additional_properties = d
        return guardrail_unassign_result

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
