from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..models.response_input_image_detail import ResponseInputImageDetail
from ..types import ReadModel as _ReadModel


class ResponseInputImage(_ReadModel):
    """
    Attributes:
        type (Literal['input_image']):
        detail (ResponseInputImageDetail | None): Resolution the model should use (`auto` is the usual choice).
        image_url (None | str): An https URL or base64 data URL.
        file_id (None | str):
    """

    __slots__ = (
        "type",
        "detail",
        "image_url",
        "file_id",
        "additional_properties",
    )

    type: Literal["input_image"]
    detail: ResponseInputImageDetail | None
    image_url: None | str
    file_id: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["input_image"],
        detail: ResponseInputImageDetail | None = None,
        image_url: None | str = None,
        file_id: None | str = None,
    ) -> None:
        self.type = type
        self.detail = detail
        self.image_url = image_url
        self.file_id = file_id
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['input_image']"),
        ("detail", "detail", False, "ResponseInputImageDetail"),
        ("image_url", "image_url", False, "None | str"),
        ("file_id", "file_id", False, "None | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        _detail = d.pop("detail", None)
        detail: Any = (
            ResponseInputImageDetail._value2member_map_.get(_detail, _detail)
            if isinstance(_detail, str)
            else _detail
        )
        image_url = d.pop("image_url", None)
        file_id = d.pop("file_id", None)
        response_input_image = cls(
            type=type_,
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
