from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.batch_deletion_outcome_known import BatchDeletionOutcomeKnown
from ..types import ReadModel as _ReadModel


class BatchUpstreamDeletion(_ReadModel):
    """What happened to the provider's copy.

    Attributes:
        provider (str):
        status (BatchDeletionOutcomeKnown | str):
    """

    __slots__ = (
        "provider",
        "status",
        "additional_properties",
    )

    provider: str
    status: BatchDeletionOutcomeKnown | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        provider: str,
        status: BatchDeletionOutcomeKnown | str,
    ) -> None:
        self.provider = provider
        self.status = status
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("provider", "provider", True, "str"),
        ("status", "status", True, "BatchDeletionOutcomeKnown | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        provider = d.pop("provider", None)
        _status = d.pop("status", None)
        status: Any = _read_status(_status)
        batch_upstream_deletion = cls(
            provider=provider,
            status=status,
        )
        batch_upstream_deletion.additional_properties = d
        return batch_upstream_deletion

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


def _read_status(data: Any) -> Any:
    if isinstance(data, str):
        if data in BatchDeletionOutcomeKnown._value2member_map_:
            return BatchDeletionOutcomeKnown._value2member_map_[data]
    return data
