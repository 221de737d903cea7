from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ModelBenchmarks(_ReadModel):
    """Third-party benchmark results, when available.

    Attributes:
        artificial_analysis (ModelArtificialAnalysisScores | None):
        design_arena (list[ModelDesignArenaEntry] | None):
    """

    __slots__ = (
        "artificial_analysis",
        "design_arena",
        "additional_properties",
    )

    artificial_analysis: ModelArtificialAnalysisScores | None
    design_arena: list[ModelDesignArenaEntry] | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        artificial_analysis: ModelArtificialAnalysisScores | None = None,
        design_arena: list[ModelDesignArenaEntry] | None = None,
    ) -> None:
        self.artificial_analysis = artificial_analysis
        self.design_arena = design_arena
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("artificial_analysis", "artificial_analysis", False, "ModelArtificialAnalysisScores"),
        ("design_arena", "design_arena", False, "list[ModelDesignArenaEntry]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _artificial_analysis = _json_get_("artificial_analysis")
        artificial_analysis: Any = (
            ModelArtificialAnalysisScores.from_dict(_artificial_analysis)
            if isinstance(_artificial_analysis, dict)
            else _artificial_analysis
        )
        _new_model_.artificial_analysis = artificial_analysis
        _design_arena = _json_get_("design_arena")
        if isinstance(_design_arena, list):
            design_arena: Any = []
            for _list_item_ in _design_arena:
                design_arena.append(
                    ModelDesignArenaEntry.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            design_arena = _design_arena
        _new_model_.design_arena = design_arena
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "artificial_analysis",
        "design_arena",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.model_artificial_analysis_scores import ModelArtificialAnalysisScores  # noqa: E402
    from ..models.model_design_arena_entry import ModelDesignArenaEntry  # noqa: E402
else:
    ModelArtificialAnalysisScores = _Deferred_(
        globals(), "..models.model_artificial_analysis_scores", "ModelArtificialAnalysisScores"
    )
    ModelDesignArenaEntry = _Deferred_(
        globals(), "..models.model_design_arena_entry", "ModelDesignArenaEntry"
    )
