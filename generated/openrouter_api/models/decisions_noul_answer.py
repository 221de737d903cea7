from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DecisionsNoulAnswer")


@_attrs_define
class DecisionsNoulAnswer:
    """
    Attributes:
        type_ (Literal['noul']):
        noul (float): Probability that the statement is true.
    """

    type_: Literal["noul"]
    noul: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        noul = self.noul

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "noul": noul,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["noul"]', d.pop("type"))
        if type_ != "noul":
            raise ValueError(f"type must match const 'noul', got '{type_}'")

        noul = d.pop("noul")

        decisions_noul_answer = cls(
            type_=type_,
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
