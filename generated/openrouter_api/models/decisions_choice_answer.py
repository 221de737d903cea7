from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecisionsChoiceAnswer")


@_attrs_define
class DecisionsChoiceAnswer:
    """
    Attributes:
        type_ (Literal['choice']):
        choice (str): The chosen option name.
        confidence (float | Unset):
        probabilities (DecisionsProbabilities | Unset): Option or criterion name to its probability.
    """

    type_: Literal["choice"]
    choice: str
    confidence: float | Unset = UNSET
    probabilities: DecisionsProbabilities | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        choice = self.choice

        confidence = self.confidence

        probabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.probabilities, Unset):
            probabilities = self.probabilities.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "choice": choice,
            }
        )
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if probabilities is not UNSET:
            field_dict["probabilities"] = probabilities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["choice"]', d.pop("type"))
        if type_ != "choice":
            raise ValueError(f"type must match const 'choice', got '{type_}'")

        choice = d.pop("choice")

        confidence = d.pop("confidence", UNSET)

        _probabilities = d.pop("probabilities", UNSET)
        probabilities: DecisionsProbabilities | Unset
        if isinstance(_probabilities, Unset):
            probabilities = UNSET
        else:
            probabilities = DecisionsProbabilities.from_dict(_probabilities)

        decisions_choice_answer = cls(
            type_=type_,
            choice=choice,
            confidence=confidence,
            probabilities=probabilities,
        )

        decisions_choice_answer.additional_properties = d
        return decisions_choice_answer

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
from ..models.decisions_probabilities import DecisionsProbabilities  # noqa: E402
