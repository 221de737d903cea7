from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseInputFile")


@_attrs_define
class ResponseInputFile:
    """
    Attributes:
        type_ (Literal['input_file']):
        file_data (str | Unset): File content as a base64 data URL.
        file_url (str | Unset):
        file_id (None | str | Unset):
        filename (str | Unset):
    """

    type_: Literal["input_file"]
    file_data: str | Unset = UNSET
    file_url: str | Unset = UNSET
    file_id: None | str | Unset = UNSET
    filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        file_data = self.file_data

        file_url = self.file_url

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        filename = self.filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if file_data is not UNSET:
            field_dict["file_data"] = file_data
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["input_file"]', d.pop("type"))
        if type_ != "input_file":
            raise ValueError(f"type must match const 'input_file', got '{type_}'")

        file_data = d.pop("file_data", UNSET)

        file_url = d.pop("file_url", UNSET)

        file_id = cast("None | str | Unset", d.pop("file_id", UNSET))

        filename = d.pop("filename", UNSET)

        response_input_file = cls(
            type_=type_,
            file_data=file_data,
            file_url=file_url,
            file_id=file_id,
            filename=filename,
        )

        response_input_file.additional_properties = d
        return response_input_file

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
