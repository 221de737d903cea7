from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelBenchmarks")


@_attrs_define
class ModelBenchmarks:
    """Third-party benchmark results, when available.

    Attributes:
        artificial_analysis (ModelArtificialAnalysisScores | Unset):
        design_arena (list[ModelDesignArenaEntry] | Unset):
    """

    artificial_analysis: ModelArtificialAnalysisScores | Unset = UNSET
    design_arena: list[ModelDesignArenaEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        artificial_analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.artificial_analysis, Unset):
            artificial_analysis = self.artificial_analysis.to_dict()

        design_arena: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.design_arena, Unset):
            design_arena = []
            for design_arena_item_data in self.design_arena:
                design_arena_item = design_arena_item_data.to_dict()
                design_arena.append(design_arena_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if artificial_analysis is not UNSET:
            field_dict["artificial_analysis"] = artificial_analysis
        if design_arena is not UNSET:
            field_dict["design_arena"] = design_arena

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _artificial_analysis = d.pop("artificial_analysis", UNSET)
        artificial_analysis: ModelArtificialAnalysisScores | Unset
        if isinstance(_artificial_analysis, Unset):
            artificial_analysis = UNSET
        else:
            artificial_analysis = ModelArtificialAnalysisScores.from_dict(_artificial_analysis)

        _design_arena = d.pop("design_arena", UNSET)
        design_arena: list[ModelDesignArenaEntry] | Unset = UNSET
        if _design_arena is not UNSET:
            design_arena = []
            for design_arena_item_data in _design_arena:
                design_arena_item = ModelDesignArenaEntry.from_dict(design_arena_item_data)

                design_arena.append(design_arena_item)

        model_benchmarks = cls(
            artificial_analysis=artificial_analysis,
            design_arena=design_arena,
        )

        model_benchmarks.additional_properties = d
        return model_benchmarks

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
from ..models.model_artificial_analysis_scores import ModelArtificialAnalysisScores  # noqa: E402
from ..models.model_design_arena_entry import ModelDesignArenaEntry  # noqa: E402
