from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_input_image_detail import ResponseInputImageDetail
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseInputImage")


@_attrs_define
class ResponseInputImage:
    """
    Attributes:
        type_ (Literal['input_image']):
        detail (ResponseInputImageDetail | Unset): Resolution the model should use (`auto` is the usual choice).
        image_url (None | str | Unset): An https URL or base64 data URL.
        file_id (None | str | Unset):
    """

    type_: Literal["input_image"]
    detail: ResponseInputImageDetail | Unset = UNSET
    image_url: None | str | Unset = UNSET
    file_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.value

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if file_id is not UNSET:
            field_dict["file_id"] = file_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["input_image"]', d.pop("type"))
        if type_ != "input_image":
            raise ValueError(f"type must match const 'input_image', got '{type_}'")

        _detail = d.pop("detail", UNSET)
        detail: ResponseInputImageDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = ResponseInputImageDetail._parse(_detail)

        image_url = cast("None | str | Unset", d.pop("image_url", UNSET))

        file_id = cast("None | str | Unset", d.pop("file_id", UNSET))

        response_input_image = cls(
            type_=type_,
            detail=detail,
            image_url=image_url,
            file_id=file_id,
        )

        response_input_image.additional_properties = d
        return response_input_image

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
