from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class DecisionsChoiceAnswer(_ReadModel):
    """
    Attributes:
        type (Literal['choice']):
        choice (str): The chosen option name.
        confidence (float | None):
        probabilities (DecisionsProbabilities | None): Option or criterion name to its probability.
    """

    __slots__ = (
        "type",
        "choice",
        "confidence",
        "probabilities",
        "additional_properties",
    )

    type: Literal["choice"]
    choice: str
    confidence: float | None
    probabilities: DecisionsProbabilities | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["choice"],
        choice: str,
        confidence: float | None = None,
        probabilities: DecisionsProbabilities | None = None,
    ) -> None:
        self.type = type
        self.choice = choice
        self.confidence = confidence
        self.probabilities = probabilities
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['choice']"),
        ("choice", "choice", True, "str"),
        ("confidence", "confidence", False, "float"),
        ("probabilities", "probabilities", False, "DecisionsProbabilities"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        choice = d.pop("choice", None)
        confidence = d.pop("confidence", None)
        _probabilities = d.pop("probabilities", None)
        probabilities: Any = (
            DecisionsProbabilities.from_dict(_probabilities)
            if isinstance(_probabilities, dict)
            else _probabilities
        )
        decisions_choice_answer = cls(
            type=type_,
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
