from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class DecisionsBox(_ReadModel):
    """
    Attributes:
        top (float):
        left (float):
        bottom (float):
        right (float):
    """

    __slots__ = (
        "top",
        "left",
        "bottom",
        "right",
        "additional_properties",
    )

    top: float
    left: float
    bottom: float
    right: float
    additional_properties: dict[str, Any]

    def __init__(
        self,
        top: float,
        left: float,
        bottom: float,
        right: float,
    ) -> None:
        self.top = top
        self.left = left
        self.bottom = bottom
        self.right = right
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("top", "top", True, "float"),
        ("left", "left", True, "float"),
        ("bottom", "bottom", True, "float"),
        ("right", "right", True, "float"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        top = d.pop("top", None)
        left = d.pop("left", None)
        bottom = d.pop("bottom", None)
        right = d.pop("right", None)
        decisions_box = cls(
            top=top,
            left=left,
            bottom=bottom,
            right=right,
        )
        decisions_box.additional_properties = d
        return decisions_box

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
