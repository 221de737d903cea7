from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ModelArtificialAnalysisScores(_ReadModel):
    """
    Attributes:
        intelligence_index (float | None):
        coding_index (float | None):
        agentic_index (float | None):
    """

    __slots__ = (
        "intelligence_index",
        "coding_index",
        "agentic_index",
        "additional_properties",
    )

    intelligence_index: float | None
    coding_index: float | None
    agentic_index: float | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        intelligence_index: float | None = None,
        coding_index: float | None = None,
        agentic_index: float | None = None,
    ) -> None:
        self.intelligence_index = intelligence_index
        self.coding_index = coding_index
        self.agentic_index = agentic_index
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("intelligence_index", "intelligence_index", False, "float | None"),
        ("coding_index", "coding_index", False, "float | None"),
        ("agentic_index", "agentic_index", False, "float | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        intelligence_index = d.pop("intelligence_index", None)
        coding_index = d.pop("coding_index", None)
        agentic_index = d.pop("agentic_index", None)
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
