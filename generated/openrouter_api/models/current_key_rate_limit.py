from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrentKeyRateLimit")


@_attrs_define
class CurrentKeyRateLimit:
    """Legacy rate-limit report; no longer meaningful.

    Attributes:
        requests (int | Unset):
        interval (str | Unset):
        note (str | Unset):
    """

    requests: int | Unset = UNSET
    interval: str | Unset = UNSET
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requests = self.requests

        interval = self.interval

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if requests is not UNSET:
            field_dict["requests"] = requests
        if interval is not UNSET:
            field_dict["interval"] = interval
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        requests = d.pop("requests", UNSET)

        interval = d.pop("interval", UNSET)

        note = d.pop("note", UNSET)

        current_key_rate_limit = cls(
            requests=requests,
            interval=interval,
            note=note,
        )

        current_key_rate_limit.additional_properties = d
        return current_key_rate_limit

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
