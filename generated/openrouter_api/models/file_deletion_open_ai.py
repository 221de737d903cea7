from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class FileDeletionOpenAI(_ReadModel):
    """
    Attributes:
        field_shape (Literal['openai']):
        id (str):
        object (Literal['file']):
        deleted (bool):
    """

    __slots__ = (
        "field_shape",
        "id",
        "object",
        "deleted",
        "additional_properties",
    )

    field_shape: Literal["openai"]
    id: str
    object: Literal["file"]
    deleted: bool
    additional_properties: dict[str, Any]

    def __init__(
        self,
        field_shape: Literal["openai"],
        id: str,
        object: Literal["file"],
        deleted: bool,
    ) -> None:
        self.field_shape = field_shape
        self.id = id
        self.object = object
        self.deleted = deleted
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("field_shape", "_shape", True, "Literal['openai']"),
        ("id", "id", True, "str"),
        ("object", "object", True, "Literal['file']"),
        ("deleted", "deleted", True, "bool"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        field_shape = d.pop("_shape", None)
        id = d.pop("id", None)
        object_ = d.pop("object", None)
        deleted = d.pop("deleted", None)
        file_deletion_open_ai = cls(
            field_shape=field_shape,
            id=id,
            object=object_,
            deleted=deleted,
        )
        file_deletion_open_ai.additional_properties = d
        return file_deletion_open_ai

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
