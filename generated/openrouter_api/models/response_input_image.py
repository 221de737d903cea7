from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..models.response_input_image_detail_known import ResponseInputImageDetailKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ResponseInputImage(_ReadModel):
    """
    Attributes:
        type (Literal['input_image']):
        detail (ResponseInputImageDetailKnown | str | None): Resolution the model should use (`auto` is the usual
            choice).
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
    detail: ResponseInputImageDetailKnown | str | None
    image_url: None | str
    file_id: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["input_image"],
        detail: ResponseInputImageDetailKnown | str | None = None,
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
        ("detail", "detail", False, "ResponseInputImageDetailKnown | str"),
        ("image_url", "image_url", False, "None | str"),
        ("file_id", "file_id", False, "None | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.type = _json_get_("type")
        _detail = _json_get_("detail")
        detail: Any = (
            ResponseInputImageDetailKnown._value2member_map_.get(_detail, _detail)
            if isinstance(_detail, str)
            else _detail
        )
        _new_model_.detail = detail
        _new_model_.image_url = _json_get_("image_url")
        _new_model_.file_id = _json_get_("file_id")
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "detail",
        "image_url",
        "file_id",
    )
)
