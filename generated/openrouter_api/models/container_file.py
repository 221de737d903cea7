from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_file_source_known import ContainerFileSourceKnown

T = TypeVar("T", bound="ContainerFile")


@_attrs_define
class ContainerFile:
    """A file in a code-execution container.

    Attributes:
        id (str): `cfile_` followed by the base64url-encoded path.
        object_ (Literal['container.file']):
        container_id (str):
        path (str): Absolute path inside the container.
        bytes_ (int):
        created_at (int): Unix seconds.
        source (ContainerFileSourceKnown | str): Who wrote the file.
    """

    id: str
    object_: Literal["container.file"]
    container_id: str
    path: str
    bytes_: int
    created_at: int
    source: ContainerFileSourceKnown | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        container_id = self.container_id

        path = self.path

        bytes_ = self.bytes_

        created_at = self.created_at

        source: str
        if isinstance(self.source, ContainerFileSourceKnown):
            source = self.source.value
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "container_id": container_id,
                "path": path,
                "bytes": bytes_,
                "created_at": created_at,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast('Literal["container.file"]', d.pop("object"))
        if object_ != "container.file":
            raise ValueError(f"object must match const 'container.file', got '{object_}'")

        container_id = d.pop("container_id")

        path = d.pop("path")

        bytes_ = d.pop("bytes")

        created_at = d.pop("created_at")

        def _parse_source(data: object) -> ContainerFileSourceKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = ContainerFileSourceKnown._parse(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ContainerFileSourceKnown | str", data)

        source = _parse_source(d.pop("source"))

        container_file = cls(
            id=id,
            object_=object_,
            container_id=container_id,
            path=path,
            bytes_=bytes_,
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
