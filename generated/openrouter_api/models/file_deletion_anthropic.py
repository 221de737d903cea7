from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class FileDeletionAnthropic(_ReadModel):
    """
    Attributes:
        field_shape (Literal['anthropic']):
        id (str):
        type (Literal['file_deleted']):
    """

    __slots__ = (
        "field_shape",
        "id",
        "type",
        "additional_properties",
    )

    field_shape: Literal["anthropic"]
    id: str
    type: Literal["file_deleted"]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        field_shape: Literal["anthropic"],
        id: str,
        type: Literal["file_deleted"],
    ) -> None:
        self.field_shape = field_shape
        self.id = id
        self.type = type
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("field_shape", "_shape", True, "Literal['anthropic']"),
        ("id", "id", True, "str"),
        ("type", "type", True, "Literal['file_deleted']"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        field_shape = d.pop("_shape", None)
        id = d.pop("id", None)
        type_ = d.pop("type", None)
        file_deletion_anthropic = cls(
            field_shape=field_shape,
            id=id,
            type=type_,
        )
        file_deletion_anthropic.additional_properties = d
        return file_deletion_anthropic

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
