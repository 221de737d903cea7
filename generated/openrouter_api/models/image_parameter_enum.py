from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class ImageParameterEnum(_ReadModel):
    """
    Attributes:
        type (Literal['enum']):
        values (list[str]):
    """

    __slots__ = (
        "type",
        "values",
        "additional_properties",
    )

    type: Literal["enum"]
    values: list[str]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["enum"],
        values: list[str],
    ) -> None:
        self.type = type
        self.values = values
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['enum']"),
        ("values", "values", True, "list[str]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        values = d.pop("values", None)
        image_parameter_enum = cls(
            type=type_,
            values=values,
        )
        image_parameter_enum.additional_properties = d
        return image_parameter_enum

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
