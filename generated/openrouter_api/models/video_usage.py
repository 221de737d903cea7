from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class VideoUsage(_ReadModel):
    """
    Attributes:
        cost (float | None): Total charged, in USD.
        is_byok (bool | None):
    """

    __slots__ = (
        "cost",
        "is_byok",
        "additional_properties",
    )

    cost: float | None
    is_byok: bool | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        cost: float | None = None,
        is_byok: bool | None = None,
    ) -> None:
        self.cost = cost
        self.is_byok = is_byok
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("cost", "cost", False, "float | None"),
        ("is_byok", "is_byok", False, "bool"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        cost = d.pop("cost", None)
        is_byok = d.pop("is_byok", None)
        video_usage = cls(
            cost=cost,
            is_byok=is_byok,
        )
        video_usage.additional_properties = d
        return video_usage

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
