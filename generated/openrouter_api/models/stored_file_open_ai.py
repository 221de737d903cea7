from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..models.open_ai_file_purpose_known import OpenAIFilePurposeKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class StoredFileOpenAI(_ReadModel):
    """A file in OpenAI's file store.

    Attributes:
        field_shape (Literal['openai']):
        id (str):
        object (Literal['file']):
        filename (str):
        bytes (int):
        created_at (int): Unix seconds.
        purpose (OpenAIFilePurposeKnown | str):
        status (str): Processing state (`processed`).
    """

    __slots__ = (
        "field_shape",
        "id",
        "object",
        "filename",
        "bytes",
        "created_at",
        "purpose",
        "status",
        "additional_properties",
    )

    field_shape: Literal["openai"]
    id: str
    object: Literal["file"]
    filename: str
    bytes: int
    created_at: int
    purpose: OpenAIFilePurposeKnown | str
    status: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        field_shape: Literal["openai"],
        id: str,
        object: Literal["file"],
        filename: str,
        bytes: int,
        created_at: int,
        purpose: OpenAIFilePurposeKnown | str,
        status: str,
    ) -> None:
        self.field_shape = field_shape
        self.id = id
        self.object = object
        self.filename = filename
        self.bytes = bytes
        self.created_at = created_at
        self.purpose = purpose
        self.status = status
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("field_shape", "_shape", True, "Literal['openai']"),
        ("id", "id", True, "str"),
        ("object", "object", True, "Literal['file']"),
        ("filename", "filename", True, "str"),
        ("bytes", "bytes", True, "int"),
        ("created_at", "created_at", True, "int"),
        ("purpose", "purpose", True, "OpenAIFilePurposeKnown | str"),
        ("status", "status", True, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.field_shape = _json_get_("_shape")
        _new_model_.id = _json_get_("id")
        _new_model_.object = _json_get_("object")
        _new_model_.filename = _json_get_("filename")
        _new_model_.bytes = _json_get_("bytes")
        _new_model_.created_at = _json_get_("created_at")
        _purpose = _json_get_("purpose")
        purpose: Any = (
            OpenAIFilePurposeKnown._value2member_map_.get(_purpose, _purpose)
            if isinstance(_purpose, str)
            else _purpose
        )
        _new_model_.purpose = purpose
        _new_model_.status = _json_get_("status")
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
        "_shape",
        "id",
        "object",
        "filename",
        "bytes",
        "created_at",
        "purpose",
        "status",
    )
)
