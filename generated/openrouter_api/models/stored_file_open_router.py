from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class StoredFileOpenRouter(_ReadModel):
    """A file in OpenRouter storage.

    Attributes:
        field_shape (Literal['openrouter']):
        id (str):
        type (Literal['file']):
        filename (str):
        mime_type (str):
        size_bytes (int):
        created_at (str): Creation time as an ISO 8601 timestamp string.
        downloadable (bool): True for server-created files, whose content can be downloaded.
    """

    __slots__ = (
        "field_shape",
        "id",
        "type",
        "filename",
        "mime_type",
        "size_bytes",
        "created_at",
        "downloadable",
        "additional_properties",
    )

    field_shape: Literal["openrouter"]
    id: str
    type: Literal["file"]
    filename: str
    mime_type: str
    size_bytes: int
    created_at: str
    downloadable: bool
    additional_properties: dict[str, Any]

    def __init__(
        self,
        field_shape: Literal["openrouter"],
        id: str,
        type: Literal["file"],
        filename: str,
        mime_type: str,
        size_bytes: int,
        created_at: str,
        downloadable: bool,
    ) -> None:
        self.field_shape = field_shape
        self.id = id
        self.type = type
        self.filename = filename
        self.mime_type = mime_type
        self.size_bytes = size_bytes
        self.created_at = created_at
        self.downloadable = downloadable
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("field_shape", "_shape", True, "Literal['openrouter']"),
        ("id", "id", True, "str"),
        ("type", "type", True, "Literal['file']"),
        ("filename", "filename", True, "str"),
        ("mime_type", "mime_type", True, "str"),
        ("size_bytes", "size_bytes", True, "int"),
        ("created_at", "created_at", True, "str"),
        ("downloadable", "downloadable", True, "bool"),
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
        _new_model_.type = _json_get_("type")
        _new_model_.filename = _json_get_("filename")
        _new_model_.mime_type = _json_get_("mime_type")
        _new_model_.size_bytes = _json_get_("size_bytes")
        _new_model_.created_at = _json_get_("created_at")
        _new_model_.downloadable = _json_get_("downloadable")
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
        "type",
        "filename",
        "mime_type",
        "size_bytes",
        "created_at",
        "downloadable",
    )
)
