from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..models.container_file_source_known import ContainerFileSourceKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ContainerFile(_ReadModel):
    """A file in a code-execution container.

    Attributes:
        id (str): `cfile_` followed by the base64url-encoded path.
        object (Literal['container.file']):
        container_id (str):
        path (str): Absolute path inside the container.
        bytes (int):
        created_at (int): Unix seconds.
        source (ContainerFileSourceKnown | str): Who wrote the file.
    """

    __slots__ = (
        "id",
        "object",
        "container_id",
        "path",
        "bytes",
        "created_at",
        "source",
        "additional_properties",
    )

    id: str
    object: Literal["container.file"]
    container_id: str
    path: str
    bytes: int
    created_at: int
    source: ContainerFileSourceKnown | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        object: Literal["container.file"],
        container_id: str,
        path: str,
        bytes: int,
        created_at: int,
        source: ContainerFileSourceKnown | str,
    ) -> None:
        self.id = id
        self.object = object
        self.container_id = container_id
        self.path = path
        self.bytes = bytes
        self.created_at = created_at
        self.source = source
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("object", "object", True, "Literal['container.file']"),
        ("container_id", "container_id", True, "str"),
        ("path", "path", True, "str"),
        ("bytes", "bytes", True, "int"),
        ("created_at", "created_at", True, "int"),
        ("source", "source", True, "ContainerFileSourceKnown | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.id = _json_get_("id")
        _new_model_.object = _json_get_("object")
        _new_model_.container_id = _json_get_("container_id")
        _new_model_.path = _json_get_("path")
        _new_model_.bytes = _json_get_("bytes")
        _new_model_.created_at = _json_get_("created_at")
        _source = _json_get_("source")
        source: Any = (
            ContainerFileSourceKnown._value2member_map_.get(_source, _source)
            if isinstance(_source, str)
            else _source
        )
        _new_model_.source = source
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
        "id",
        "object",
        "container_id",
        "path",
        "bytes",
        "created_at",
        "source",
    )
)
