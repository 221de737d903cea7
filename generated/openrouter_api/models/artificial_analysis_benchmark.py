from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ArtificialAnalysisBenchmark(_ReadModel):
    """Artificial Analysis index scores for one model (higher is better).

    Attributes:
        source (Literal['artificial-analysis']):
        model_permaslug (str):
        display_name (str):
        intelligence_index (float | None):
        coding_index (float | None):
        agentic_index (float | None):
        pricing (BenchmarkPricing | None):
    """

    __slots__ = (
        "source",
        "model_permaslug",
        "display_name",
        "intelligence_index",
        "coding_index",
        "agentic_index",
        "pricing",
        "additional_properties",
    )

    source: Literal["artificial-analysis"]
    model_permaslug: str
    display_name: str
    intelligence_index: float | None
    coding_index: float | None
    agentic_index: float | None
    pricing: BenchmarkPricing | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        source: Literal["artificial-analysis"],
        model_permaslug: str,
        display_name: str,
        intelligence_index: float | None,
        coding_index: float | None,
        agentic_index: float | None,
        pricing: BenchmarkPricing | None,
    ) -> None:
        self.source = source
        self.model_permaslug = model_permaslug
        self.display_name = display_name
        self.intelligence_index = intelligence_index
        self.coding_index = coding_index
        self.agentic_index = agentic_index
        self.pricing = pricing
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("source", "source", True, "Literal['artificial-analysis']"),
        ("model_permaslug", "model_permaslug", True, "str"),
        ("display_name", "display_name", True, "str"),
        ("intelligence_index", "intelligence_index", True, "float | None"),
        ("coding_index", "coding_index", True, "float | None"),
        ("agentic_index", "agentic_index", True, "float | None"),
        ("pricing", "pricing", True, "BenchmarkPricing | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.source = _json_get_("source")
        _new_model_.model_permaslug = _json_get_("model_permaslug")
        _new_model_.display_name = _json_get_("display_name")
        _new_model_.intelligence_index = _json_get_("intelligence_index")
        _new_model_.coding_index = _json_get_("coding_index")
        _new_model_.agentic_index = _json_get_("agentic_index")
        _pricing = _json_get_("pricing")
        pricing: Any = (
            BenchmarkPricing.from_dict(_pricing) if isinstance(_pricing, dict) else _pricing
        )
        _new_model_.pricing = pricing
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
        "source",
        "model_permaslug",
        "display_name",
        "intelligence_index",
        "coding_index",
        "agentic_index",
        "pricing",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.benchmark_pricing import BenchmarkPricing  # noqa: E402
else:
    BenchmarkPricing = _Deferred_(globals(), "..models.benchmark_pricing", "BenchmarkPricing")
