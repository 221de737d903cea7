from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_file_source_known import ContainerFileSourceKnown
from ..types import ReadModel as _ReadModel


@_attrs_define(repr=False)
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

    id: str
    object: Literal["container.file"]
    container_id: str
    path: str
    bytes: int
    created_at: int
    source: ContainerFileSourceKnown | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
