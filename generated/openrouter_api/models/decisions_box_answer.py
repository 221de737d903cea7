from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecisionsBoxAnswer")


@_attrs_define
class DecisionsBoxAnswer:
    """
    Attributes:
        type_ (Literal['box']):
        box (DecisionsBox):
        confidence (float | Unset):
    """

    type_: Literal["box"]
    box: DecisionsBox
    confidence: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        box = self.box.to_dict()

        confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "box": box,
            }
        )
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["box"]', d.pop("type"))
        if type_ != "box":
            raise ValueError(f"type must match const 'box', got '{type_}'")

        box = DecisionsBox.from_dict(d.pop("box"))

        confidence = d.pop("confidence", UNSET)

        decisions_box_answer = cls(
            type_=type_,
            box=box,
            confidence=confidence,
        )

        decisions_box_answer.additional_properties = d
        return decisions_box_answer

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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.decisions_box import DecisionsBox  # noqa: E402
