from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="XSearchOptions")


@_attrs_define
class XSearchOptions:
    """Also search X (Twitter) on xAI endpoints with native search; billed by xAI.

    Attributes:
        allowed_x_handles (list[str] | Unset):
        excluded_x_handles (list[str] | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        enable_image_understanding (bool | Unset):
        enable_video_understanding (bool | Unset):
    """

    allowed_x_handles: list[str] | Unset = UNSET
    excluded_x_handles: list[str] | Unset = UNSET
    from_date: datetime.date | Unset = UNSET
    to_date: datetime.date | Unset = UNSET
    enable_image_understanding: bool | Unset = UNSET
    enable_video_understanding: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_x_handles: list[str] | Unset = UNSET
        if not isinstance(self.allowed_x_handles, Unset):
            allowed_x_handles = self.allowed_x_handles

        excluded_x_handles: list[str] | Unset = UNSET
        if not isinstance(self.excluded_x_handles, Unset):
            excluded_x_handles = self.excluded_x_handles

        from_date: str | Unset = UNSET
        if not isinstance(self.from_date, Unset):
            from_date = self.from_date.isoformat()

        to_date: str | Unset = UNSET
        if not isinstance(self.to_date, Unset):
            to_date = self.to_date.isoformat()

        enable_image_understanding = self.enable_image_understanding

        enable_video_understanding = self.enable_video_understanding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_x_handles is not UNSET:
            field_dict["allowed_x_handles"] = allowed_x_handles
        if excluded_x_handles is not UNSET:
            field_dict["excluded_x_handles"] = excluded_x_handles
        if from_date is not UNSET:
            field_dict["from_date"] = from_date
        if to_date is not UNSET:
            field_dict["to_date"] = to_date
        if enable_image_understanding is not UNSET:
            field_dict["enable_image_understanding"] = enable_image_understanding
        if enable_video_understanding is not UNSET:
            field_dict["enable_video_understanding"] = enable_video_understanding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed_x_handles = cast("list[str]", d.pop("allowed_x_handles", UNSET))

        excluded_x_handles = cast("list[str]", d.pop("excluded_x_handles", UNSET))

        _from_date = d.pop("from_date", UNSET)
        from_date: datetime.date | Unset
        if isinstance(_from_date, Unset):
            from_date = UNSET
        else:
            from_date = datetime.date.fromisoformat(_from_date)

        _to_date = d.pop("to_date", UNSET)
        to_date: datetime.date | Unset
        if isinstance(_to_date, Unset):
            to_date = UNSET
        else:
            to_date = datetime.date.fromisoformat(_to_date)

        enable_image_understanding = d.pop("enable_image_understanding", UNSET)

        enable_video_understanding = d.pop("enable_video_understanding", UNSET)

        x_search_options = cls(
            allowed_x_handles=allowed_x_handles,
            excluded_x_handles=excluded_x_handles,
            from_date=from_date,
            to_date=to_date,
            enable_image_understanding=enable_image_understanding,
            enable_video_understanding=enable_video_understanding,
        )

        x_search_options.additional_properties = d
        return x_search_options

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
