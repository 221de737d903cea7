from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import Model as _Model


class DecisionsQuestions(_Model):
    """Question name to question."""

    __slots__ = ("additional_properties",)

    additional_properties: dict[
        str,
        DecisionsBoxQuestion
        | DecisionsChoiceQuestion
        | DecisionsNoulQuestion
        | DecisionsScoreQuestion,
    ]

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, DecisionsBoxQuestion):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DecisionsChoiceQuestion):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DecisionsNoulQuestion):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        decisions_questions = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                DecisionsBoxQuestion
                | DecisionsChoiceQuestion
                | DecisionsNoulQuestion
                | DecisionsScoreQuestion
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_0 = DecisionsBoxQuestion.from_dict(data)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = DecisionsChoiceQuestion.from_dict(data)

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_2 = DecisionsNoulQuestion.from_dict(data)

                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                additional_property_type_3 = DecisionsScoreQuestion.from_dict(data)

                return additional_property_type_3

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        decisions_questions.additional_properties = additional_properties
        return decisions_questions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        DecisionsBoxQuestion
        | DecisionsChoiceQuestion
        | DecisionsNoulQuestion
        | DecisionsScoreQuestion
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: DecisionsBoxQuestion
        | DecisionsChoiceQuestion
        | DecisionsNoulQuestion
        | DecisionsScoreQuestion,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.decisions_box_question import DecisionsBoxQuestion  # noqa: E402
from ..models.decisions_choice_question import DecisionsChoiceQuestion  # noqa: E402
from ..models.decisions_noul_question import DecisionsNoulQuestion  # noqa: E402
from ..models.decisions_score_question import DecisionsScoreQuestion  # noqa: E402
