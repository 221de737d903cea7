from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_deletion_outcome_known import BatchDeletionOutcomeKnown

T = TypeVar("T", bound="BatchUpstreamDeletion")


@_attrs_define
class BatchUpstreamDeletion:
    """What happened to the provider's copy.

    Attributes:
        provider (str):
        status (BatchDeletionOutcomeKnown | str):
    """

    provider: str
    status: BatchDeletionOutcomeKnown | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        status: str
        if isinstance(self.status, BatchDeletionOutcomeKnown):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider = d.pop("provider")

        def _parse_status(data: object) -> BatchDeletionOutcomeKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = BatchDeletionOutcomeKnown._parse(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BatchDeletionOutcomeKnown | str", data)

        status = _parse_status(d.pop("status"))

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
