from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchDeletionTargets")


@_attrs_define
class BatchDeletionTargets:
    """
    Attributes:
        openrouter (str): OpenRouter's copy (`deleted`).
        upstream (BatchUpstreamDeletion | Unset): What happened to the provider's copy.
    """

    openrouter: str
    upstream: BatchUpstreamDeletion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        openrouter = self.openrouter

        upstream: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upstream, Unset):
            upstream = self.upstream.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "openrouter": openrouter,
            }
        )
        if upstream is not UNSET:
            field_dict["upstream"] = upstream

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        openrouter = d.pop("openrouter")

        _upstream = d.pop("upstream", UNSET)
        upstream: BatchUpstreamDeletion | Unset
        if isinstance(_upstream, Unset):
            upstream = UNSET
        else:
            upstream = BatchUpstreamDeletion.from_dict(_upstream)

        batch_deletion_targets = cls(
            openrouter=openrouter,
            upstream=upstream,
        )

        batch_deletion_targets.additional_properties = d
        return batch_deletion_targets

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
from ..models.batch_upstream_deletion import BatchUpstreamDeletion  # noqa: E402
