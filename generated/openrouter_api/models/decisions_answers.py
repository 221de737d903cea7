from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DecisionsAnswers")


@_attrs_define
class DecisionsAnswers:
    """Question name to answer; each answer's `type` matches its question's type."""

    additional_properties: dict[
        str, DecisionsBoxAnswer | DecisionsChoiceAnswer | DecisionsNoulAnswer | DecisionsScoreAnswer
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, DecisionsBoxAnswer):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DecisionsChoiceAnswer):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DecisionsNoulAnswer):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decisions_answers = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                DecisionsBoxAnswer
                | DecisionsChoiceAnswer
                | DecisionsNoulAnswer
                | DecisionsScoreAnswer
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_0 = DecisionsBoxAnswer.from_dict(data)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = DecisionsChoiceAnswer.from_dict(data)

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_2 = DecisionsNoulAnswer.from_dict(data)

                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                additional_property_type_3 = DecisionsScoreAnswer.from_dict(data)

                return additional_property_type_3

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        decisions_answers.additional_properties = additional_properties
        return decisions_answers

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> DecisionsBoxAnswer | DecisionsChoiceAnswer | DecisionsNoulAnswer | DecisionsScoreAnswer:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: DecisionsBoxAnswer
        | DecisionsChoiceAnswer
        | DecisionsNoulAnswer
        | DecisionsScoreAnswer,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.decisions_box_answer import DecisionsBoxAnswer  # noqa: E402
from ..models.decisions_choice_answer import DecisionsChoiceAnswer  # noqa: E402
from ..models.decisions_noul_answer import DecisionsNoulAnswer  # noqa: E402
from ..models.decisions_score_answer import DecisionsScoreAnswer  # noqa: E402
