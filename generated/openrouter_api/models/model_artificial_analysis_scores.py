from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelArtificialAnalysisScores")


@_attrs_define
class ModelArtificialAnalysisScores:
    """
    Attributes:
        intelligence_index (float | None | Unset):
        coding_index (float | None | Unset):
        agentic_index (float | None | Unset):
    """

    intelligence_index: float | None | Unset = UNSET
    coding_index: float | None | Unset = UNSET
    agentic_index: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intelligence_index: float | None | Unset
        if isinstance(self.intelligence_index, Unset):
            intelligence_index = UNSET
        else:
            intelligence_index = self.intelligence_index

        coding_index: float | None | Unset
        if isinstance(self.coding_index, Unset):
            coding_index = UNSET
        else:
            coding_index = self.coding_index

        agentic_index: float | None | Unset
        if isinstance(self.agentic_index, Unset):
            agentic_index = UNSET
        else:
            agentic_index = self.agentic_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if intelligence_index is not UNSET:
            field_dict["intelligence_index"] = intelligence_index
        if coding_index is not UNSET:
            field_dict["coding_index"] = coding_index
        if agentic_index is not UNSET:
            field_dict["agentic_index"] = agentic_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        intelligence_index = cast("float | None | Unset", d.pop("intelligence_index", UNSET))

        coding_index = cast("float | None | Unset", d.pop("coding_index", UNSET))

        agentic_index = cast("float | None | Unset", d.pop("agentic_index", UNSET))

        model_artificial_analysis_scores = cls(
            intelligence_index=intelligence_index,
            coding_index=coding_index,
            agentic_index=agentic_index,
        )

        model_artificial_analysis_scores.additional_properties = d
        return model_artificial_analysis_scores

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
