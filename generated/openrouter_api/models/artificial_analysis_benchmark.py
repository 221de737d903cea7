from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ArtificialAnalysisBenchmark")


@_attrs_define
class ArtificialAnalysisBenchmark:
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

    source: Literal["artificial-analysis"]
    model_permaslug: str
    display_name: str
    intelligence_index: float | None
    coding_index: float | None
    agentic_index: float | None
    pricing: BenchmarkPricing | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        model_permaslug = self.model_permaslug

        display_name = self.display_name

        intelligence_index: float | None
        intelligence_index = self.intelligence_index

        coding_index: float | None
        coding_index = self.coding_index

        agentic_index: float | None
        agentic_index = self.agentic_index

        pricing: dict[str, Any] | None
        if isinstance(self.pricing, BenchmarkPricing):
            pricing = self.pricing.to_dict()
        else:
            pricing = self.pricing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "model_permaslug": model_permaslug,
                "display_name": display_name,
                "intelligence_index": intelligence_index,
                "coding_index": coding_index,
                "agentic_index": agentic_index,
                "pricing": pricing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = cast('Literal["artificial-analysis"]', d.pop("source"))
        if source != "artificial-analysis":
            raise ValueError(f"source must match const 'artificial-analysis', got '{source}'")

        model_permaslug = d.pop("model_permaslug")

        display_name = d.pop("display_name")

        intelligence_index = cast("float | None", d.pop("intelligence_index"))

        coding_index = cast("float | None", d.pop("coding_index"))

        agentic_index = cast("float | None", d.pop("agentic_index"))

        def _parse_pricing(data: object) -> BenchmarkPricing | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_type_0 = BenchmarkPricing.from_dict(data)

                return pricing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BenchmarkPricing | None", data)

        pricing = _parse_pricing(d.pop("pricing"))

        artificial_analysis_benchmark = cls(
            source=source,
            model_permaslug=model_permaslug,
            display_name=display_name,
            intelligence_index=intelligence_index,
            coding_index=coding_index,
            agentic_index=agentic_index,
            pricing=pricing,
        )

        artificial_analysis_benchmark.additional_properties = d
        return artificial_analysis_benchmark

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
from ..models.benchmark_pricing import BenchmarkPricing  # noqa: E402
