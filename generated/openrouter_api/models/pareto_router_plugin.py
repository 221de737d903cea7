from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..models.pareto_router_plugin_price_source_known import ParetoRouterPluginPriceSourceKnown
from ..types import UNSET, Unset
from ..types import Model as _Model


class ParetoRouterPlugin(_Model):
    """Picks a coding model on the price/quality Pareto frontier.

    Attributes:
        id (Literal['pareto-router']):
        enabled (bool | Unset):
        min_coding_score (float | Unset): Minimum coding quality (0 to 1); the highest tier is used when unset.
        max_price (float | Unset): Highest input price in USD per million tokens; overrides `min_coding_score`.
        price_source (ParetoRouterPluginPriceSourceKnown | str | Unset): Which price the cost axis uses (`prompt` when
            unset).
    """

    __slots__ = (
        "id",
        "enabled",
        "min_coding_score",
        "max_price",
        "price_source",
        "additional_properties",
    )

    id: Literal["pareto-router"]
    enabled: bool | Unset
    min_coding_score: float | Unset
    max_price: float | Unset
    price_source: ParetoRouterPluginPriceSourceKnown | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: Literal["pareto-router"],
        enabled: bool | Unset = UNSET,
        min_coding_score: float | Unset = UNSET,
        max_price: float | Unset = UNSET,
        price_source: ParetoRouterPluginPriceSourceKnown | str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.enabled = enabled
        self.min_coding_score = min_coding_score
        self.max_price = max_price
        self.price_source = price_source
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        enabled = self.enabled

        min_coding_score = self.min_coding_score

        max_price = self.max_price

        price_source: str | Unset
        if isinstance(self.price_source, Unset):
            price_source = UNSET
        elif isinstance(self.price_source, ParetoRouterPluginPriceSourceKnown):
            price_source = self.price_source.value
        else:
            price_source = self.price_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if min_coding_score is not UNSET:
            field_dict["min_coding_score"] = min_coding_score
        if max_price is not UNSET:
            field_dict["max_price"] = max_price
        if price_source is not UNSET:
            field_dict["price_source"] = price_source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast('Literal["pareto-router"]', d.pop("id"))
        if id != "pareto-router":
            raise ValueError(f"id must match const 'pareto-router', got '{id}'")

        enabled = d.pop("enabled", UNSET)

        min_coding_score = d.pop("min_coding_score", UNSET)

        max_price = d.pop("max_price", UNSET)

        def _parse_price_source(data: object) -> ParetoRouterPluginPriceSourceKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                price_source_price_source_known = ParetoRouterPluginPriceSourceKnown._parse(data)

                return price_source_price_source_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ParetoRouterPluginPriceSourceKnown | str | Unset", data)

        price_source = _parse_price_source(d.pop("price_source", UNSET))

        pareto_router_plugin = cls(
            id=id,
            enabled=enabled,
            min_coding_score=min_coding_score,
            max_price=max_price,
            price_source=price_source,
        )

        pareto_router_plugin.additional_properties = d
        return pareto_router_plugin

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
