from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class DecisionsNoulAnswer(_ReadModel):
    """
    Attributes:
        type (Literal['noul']):
        noul (float): Probability that the statement is true.
    """

    __slots__ = (
        "type",
        "noul",
        "additional_properties",
    )

    type: Literal["noul"]
    noul: float
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["noul"],
        noul: float,
    ) -> None:
        self.type = type
        self.noul = noul
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['noul']"),
        ("noul", "noul", True, "float"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        noul = d.pop("noul", None)
        decisions_noul_answer = cls(
            type=type_,
            noul=noul,
        )
        decisions_noul_answer.additional_properties = d
        return decisions_noul_answer

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
