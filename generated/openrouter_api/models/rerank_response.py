from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RerankResponse")


@_attrs_define
class RerankResponse:
    """Documents sorted from most to least relevant.

    Attributes:
        model (str):
        results (list[RerankResult]):
        id (str | Unset): Generation id of the request.
        provider (str | Unset): Name of the provider that served the request.
        usage (RerankUsage | Unset):
    """

    model: str
    results: list[RerankResult]
    id: str | Unset = UNSET
    provider: str | Unset = UNSET
    usage: RerankUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        id = self.id

        provider = self.provider

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "results": results,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = RerankResult.from_dict(results_item_data)

            results.append(results_item)

        id = d.pop("id", UNSET)

        provider = d.pop("provider", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: RerankUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = RerankUsage.from_dict(_usage)

        rerank_response = cls(
            model=model,
            results=results,
            id=id,
            provider=provider,
            usage=usage,
        )

        rerank_response.additional_properties = d
        return rerank_response

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
from ..models.rerank_result import RerankResult  # noqa: E402
from ..models.rerank_usage import RerankUsage  # noqa: E402
