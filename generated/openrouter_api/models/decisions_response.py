from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecisionsResponse")


@_attrs_define
class DecisionsResponse:
    """One typed answer per question.

    Attributes:
        model (str):
        answers (DecisionsAnswers): Question name to answer; each answer's `type` matches its question's type.
        usage (DecisionsUsage):
        id (str | Unset): Generation id.
        provider (str | Unset):
    """

    model: str
    answers: DecisionsAnswers
    usage: DecisionsUsage
    id: str | Unset = UNSET
    provider: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        answers = self.answers.to_dict()

        usage = self.usage.to_dict()

        id = self.id

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "answers": answers,
                "usage": usage,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        answers = DecisionsAnswers.from_dict(d.pop("answers"))

        usage = DecisionsUsage.from_dict(d.pop("usage"))

        id = d.pop("id", UNSET)

        provider = d.pop("provider", UNSET)

        decisions_response = cls(
            model=model,
            answers=answers,
            usage=usage,
            id=id,
            provider=provider,
        )

        decisions_response.additional_properties = d
        return decisions_response

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
from ..models.decisions_answers import DecisionsAnswers  # noqa: E402
from ..models.decisions_usage import DecisionsUsage  # noqa: E402
