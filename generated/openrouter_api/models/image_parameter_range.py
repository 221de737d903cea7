from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class ImageParameterRange(_ReadModel):
    """
    Attributes:
        type (Literal['range']):
        min (float):
        max (float):
    """

    __slots__ = (
        "type",
        "min",
        "max",
        "additional_properties",
    )

    type: Literal["range"]
    min: float
    max: float
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["range"],
        min: float,
        max: float,
    ) -> None:
        self.type = type
        self.min = min
        self.max = max
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['range']"),
        ("min", "min", True, "float"),
        ("max", "max", True, "float"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        min_ = d.pop("min", None)
        max_ = d.pop("max", None)
        image_parameter_range = cls(
            type=type_,
            min=min_,
            max=max_,
        )
        image_parameter_range.additional_properties = d
        return image_parameter_range

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
