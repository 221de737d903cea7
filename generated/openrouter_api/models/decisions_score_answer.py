from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecisionsScoreAnswer")


@_attrs_define
class DecisionsScoreAnswer:
    """
    Attributes:
        type_ (Literal['score']):
        score (float):
        confidence (float | Unset):
        probabilities (DecisionsProbabilities | Unset): Option or criterion name to its probability.
        legend (DecisionsScoreLegend | Unset): Criterion to its meaning (a string, JSON object or array).
    """

    type_: Literal["score"]
    score: float
    confidence: float | Unset = UNSET
    probabilities: DecisionsProbabilities | Unset = UNSET
    legend: DecisionsScoreLegend | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        score = self.score

        confidence = self.confidence

        probabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.probabilities, Unset):
            probabilities = self.probabilities.to_dict()

        legend: dict[str, Any] | Unset = UNSET
        if not isinstance(self.legend, Unset):
            legend = self.legend.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "score": score,
            }
        )
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if probabilities is not UNSET:
            field_dict["probabilities"] = probabilities
        if legend is not UNSET:
            field_dict["legend"] = legend

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["score"]', d.pop("type"))
        if type_ != "score":
            raise ValueError(f"type must match const 'score', got '{type_}'")

        score = d.pop("score")

        confidence = d.pop("confidence", UNSET)

        _probabilities = d.pop("probabilities", UNSET)
        probabilities: DecisionsProbabilities | Unset
        if isinstance(_probabilities, Unset):
            probabilities = UNSET
        else:
            probabilities = DecisionsProbabilities.from_dict(_probabilities)

        _legend = d.pop("legend", UNSET)
        legend: DecisionsScoreLegend | Unset
        if isinstance(_legend, Unset):
            legend = UNSET
        else:
            legend = DecisionsScoreLegend.from_dict(_legend)

        decisions_score_answer = cls(
            type_=type_,
            score=score,
            confidence=confidence,
            probabilities=probabilities,
            legend=legend,
        )

        decisions_score_answer.additional_properties = d
        return decisions_score_answer

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
from ..models.decisions_score_legend import DecisionsScoreLegend  # noqa: E402
