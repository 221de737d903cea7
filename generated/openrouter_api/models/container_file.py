from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..models.container_file_source_known import ContainerFileSourceKnown
from ..types import ReadModel as _ReadModel


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
        d = dict(src_dict)
        id = d.pop("id", None)
        object_ = d.pop("object", None)
        container_id = d.pop("container_id", None)
        path = d.pop("path", None)
        bytes_ = d.pop("bytes", None)
        created_at = d.pop("created_at", None)
        _source = d.pop("source", None)
        source: Any = _read_source(_source)
        container_file = cls(
            id=id,
            object=object_,
            container_id=container_id,
            path=path,
            bytes=bytes_,
            created_at=created_at,
            source=source,
        )
        container_file.additional_properties = d
        return container_file

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


def _read_source(data: Any) -> Any:
    if isinstance(data, str):
        if data in ContainerFileSourceKnown._value2member_map_:
            return ContainerFileSourceKnown._value2member_map_[data]
    return data
