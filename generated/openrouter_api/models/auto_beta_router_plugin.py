from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..models.auto_router_cost_tier_known import AutoRouterCostTierKnown
from ..types import UNSET, Unset
from ..types import Model as _Model


class AutoBetaRouterPlugin(_Model):
    """Settings for the beta auto-router.

    Attributes:
        id (Literal['auto-beta-router']):
        enabled (bool | Unset):
        allowed_models (list[str] | Unset):
        excluded_models (list[str] | Unset):
        cost_tier (AutoRouterCostTierKnown | str | Unset): Cost and quality band to pick from, cheapest (`low`) to
            strongest (`max`).
        cost_quality_tradeoff (int | Unset):
    """

    __slots__ = (
        "id",
        "enabled",
        "allowed_models",
        "excluded_models",
        "cost_tier",
        "cost_quality_tradeoff",
        "additional_properties",
    )

    id: Literal["auto-beta-router"]
    enabled: bool | Unset
    allowed_models: list[str] | Unset
    excluded_models: list[str] | Unset
    cost_tier: AutoRouterCostTierKnown | str | Unset
    cost_quality_tradeoff: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: Literal["auto-beta-router"],
        enabled: bool | Unset = UNSET,
        allowed_models: list[str] | Unset = UNSET,
        excluded_models: list[str] | Unset = UNSET,
        cost_tier: AutoRouterCostTierKnown | str | Unset = UNSET,
        cost_quality_tradeoff: int | Unset = UNSET,
    ) -> None:
        self.id = id
        self.enabled = enabled
        self.allowed_models = allowed_models
        self.excluded_models = excluded_models
        self.cost_tier = cost_tier
        self.cost_quality_tradeoff = cost_quality_tradeoff
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        enabled = self.enabled

        allowed_models: list[str] | Unset = UNSET
        if not isinstance(self.allowed_models, Unset):
            allowed_models = self.allowed_models

        excluded_models: list[str] | Unset = UNSET
        if not isinstance(self.excluded_models, Unset):
            excluded_models = self.excluded_models

        cost_tier: str | Unset
        if isinstance(self.cost_tier, Unset):
            cost_tier = UNSET
        elif isinstance(self.cost_tier, AutoRouterCostTierKnown):
            cost_tier = self.cost_tier.value
        else:
            cost_tier = self.cost_tier

        cost_quality_tradeoff = self.cost_quality_tradeoff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if allowed_models is not UNSET:
            field_dict["allowed_models"] = allowed_models
        if excluded_models is not UNSET:
            field_dict["excluded_models"] = excluded_models
        if cost_tier is not UNSET:
            field_dict["cost_tier"] = cost_tier
        if cost_quality_tradeoff is not UNSET:
            field_dict["cost_quality_tradeoff"] = cost_quality_tradeoff

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast('Literal["auto-beta-router"]', d.pop("id"))
        if id != "auto-beta-router":
            raise ValueError(f"id must match const 'auto-beta-router', got '{id}'")

        enabled = d.pop("enabled", UNSET)

        allowed_models = cast("list[str]", d.pop("allowed_models", UNSET))

        excluded_models = cast("list[str]", d.pop("excluded_models", UNSET))

        def _parse_cost_tier(data: object) -> AutoRouterCostTierKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_auto_router_cost_tier_type_0 = AutoRouterCostTierKnown._parse(
                    data
                )

                return componentsschemas_auto_router_cost_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AutoRouterCostTierKnown | str | Unset", data)

        cost_tier = _parse_cost_tier(d.pop("cost_tier", UNSET))

        cost_quality_tradeoff = d.pop("cost_quality_tradeoff", UNSET)

        auto_beta_router_plugin = cls(
            id=id,
            enabled=enabled,
            allowed_models=allowed_models,
            excluded_models=excluded_models,
            cost_tier=cost_tier,
            cost_quality_tradeoff=cost_quality_tradeoff,
        )

        auto_beta_router_plugin.additional_properties = d
        return auto_beta_router_plugin

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
