from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class BatchRequestCounts(_ReadModel):
    """
    Attributes:
        total (int):
        completed (int):
        failed (int):
    """

    __slots__ = (
        "total",
        "completed",
        "failed",
        "additional_properties",
    )

    total: int
    completed: int
    failed: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        total: int,
        completed: int,
        failed: int,
    ) -> None:
        self.total = total
        self.completed = completed
        self.failed = failed
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("total", "total", True, "int"),
        ("completed", "completed", True, "int"),
        ("failed", "failed", True, "int"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        total = d.pop("total", None)
        completed = d.pop("completed", None)
        failed = d.pop("failed", None)
        batch_request_counts = cls(
            total=total,
            completed=completed,
            failed=failed,
        )
        batch_request_counts.additional_properties = d
        return batch_request_counts

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
