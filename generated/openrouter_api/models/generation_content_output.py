from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GenerationContentOutput")


@_attrs_define
class GenerationContentOutput:
    """Stored output of a generation.

    Attributes:
        completion (None | str): The completion text.
        reasoning (None | str): Reasoning text, if any.
    """

    completion: None | str
    reasoning: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completion: None | str
        completion = self.completion

        reasoning: None | str
        reasoning = self.reasoning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completion": completion,
                "reasoning": reasoning,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completion = cast("None | str", d.pop("completion"))

        reasoning = cast("None | str", d.pop("reasoning"))

        generation_content_output = cls(
            completion=completion,
            reasoning=reasoning,
        )

        generation_content_output.additional_properties = d
        return generation_content_output

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
