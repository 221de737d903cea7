from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observability_region_known import ObservabilityRegionKnown

T = TypeVar("T", bound="ObservabilityArizeDestination")


@_attrs_define
class ObservabilityArizeDestination:
    """A destination that exports traces to Arize AX.

    Attributes:
        type_ (Literal['arize']): Destination type.
        id (str): Identifier of the destination.
        name (None | str): Display name.
        enabled (bool): Whether events are being sent.
        workspace_id (str): Workspace the destination belongs to.
        regions (list[ObservabilityRegionKnown | str]): Data regions whose traffic is forwarded here.
        sampling_rate (float): Fraction of events sent, from 0.0001 to 1.
        privacy_mode (bool): When true only metadata is sent, no request or response bodies.
        api_key_hashes (list[str] | None): Only traffic of these API keys is forwarded; null means all keys.
        filter_rules (None | ObservabilityFilterRules): Rules selecting which events are forwarded.
        broadcast_generation_cost (bool): Include cost and billing metadata.
        broadcast_generation_cost_allocation (bool): Beta: include per-token-kind cost allocation.
        broadcast_generation_identity (bool): Include identity metadata.
        broadcast_generation_request_context (bool): Include request-context metadata.
        created_at (str): When it was created (ISO 8601).
        updated_at (str): When it was last changed (ISO 8601).
        config (ObservabilityArizeConfig): Connection settings for Arize AX. Secrets may come back masked.
    """

    type_: Literal["arize"]
    id: str
    name: None | str
    enabled: bool
    workspace_id: str
    regions: list[ObservabilityRegionKnown | str]
    sampling_rate: float
    privacy_mode: bool
    api_key_hashes: list[str] | None
    filter_rules: None | ObservabilityFilterRules
    broadcast_generation_cost: bool
    broadcast_generation_cost_allocation: bool
    broadcast_generation_identity: bool
    broadcast_generation_request_context: bool
    created_at: str
    updated_at: str
    config: ObservabilityArizeConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name: None | str
        name = self.name

        enabled = self.enabled

        workspace_id = self.workspace_id

        regions = []
        for regions_item_data in self.regions:
            regions_item: str
            if isinstance(regions_item_data, ObservabilityRegionKnown):
                regions_item = regions_item_data.value
            else:
                regions_item = regions_item_data
            regions.append(regions_item)

        sampling_rate = self.sampling_rate

        privacy_mode = self.privacy_mode

        api_key_hashes: list[str] | None
        if isinstance(self.api_key_hashes, list):
            api_key_hashes = self.api_key_hashes

        else:
            api_key_hashes = self.api_key_hashes

        filter_rules: dict[str, Any] | None
        if isinstance(self.filter_rules, ObservabilityFilterRules):
            filter_rules = self.filter_rules.to_dict()
        else:
            filter_rules = self.filter_rules

        broadcast_generation_cost = self.broadcast_generation_cost

        broadcast_generation_cost_allocation = self.broadcast_generation_cost_allocation

        broadcast_generation_identity = self.broadcast_generation_identity

        broadcast_generation_request_context = self.broadcast_generation_request_context

        created_at = self.created_at

        updated_at = self.updated_at

        config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "name": name,
                "enabled": enabled,
                "workspace_id": workspace_id,
                "regions": regions,
                "sampling_rate": sampling_rate,
                "privacy_mode": privacy_mode,
                "api_key_hashes": api_key_hashes,
                "filter_rules": filter_rules,
                "broadcast_generation_cost": broadcast_generation_cost,
                "broadcast_generation_cost_allocation": broadcast_generation_cost_allocation,
                "broadcast_generation_identity": broadcast_generation_identity,
                "broadcast_generation_request_context": broadcast_generation_request_context,
                "created_at": created_at,
                "updated_at": updated_at,
                "config": config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["arize"]', d.pop("type"))
        if type_ != "arize":
            raise ValueError(f"type must match const 'arize', got '{type_}'")

        id = d.pop("id")

        name = cast("None | str", d.pop("name"))

        enabled = d.pop("enabled")

        workspace_id = d.pop("workspace_id")

        def _parse_regions_item(data: object) -> ObservabilityRegionKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                regions_item_type_0 = ObservabilityRegionKnown._parse(data)

                return regions_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ObservabilityRegionKnown | str", data)

        regions = []
        _regions = d.pop("regions")
        for regions_item_data in _regions:
            regions_item = _parse_regions_item(regions_item_data)
            regions.append(regions_item)

        sampling_rate = d.pop("sampling_rate")

        privacy_mode = d.pop("privacy_mode")

        def _parse_api_key_hashes(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                api_key_hashes_type_0 = cast("list[str]", data)

                return api_key_hashes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None", data)

        api_key_hashes = _parse_api_key_hashes(d.pop("api_key_hashes"))

        def _parse_filter_rules(data: object) -> None | ObservabilityFilterRules:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_rules_type_0 = ObservabilityFilterRules.from_dict(data)

                return filter_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ObservabilityFilterRules", data)

        filter_rules = _parse_filter_rules(d.pop("filter_rules"))

        broadcast_generation_cost = d.pop("broadcast_generation_cost")

        broadcast_generation_cost_allocation = d.pop("broadcast_generation_cost_allocation")

        broadcast_generation_identity = d.pop("broadcast_generation_identity")

        broadcast_generation_request_context = d.pop("broadcast_generation_request_context")

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        config = ObservabilityArizeConfig.from_dict(d.pop("config"))

        observability_arize_destination = cls(
            type_=type_,
            id=id,
            name=name,
            enabled=enabled,
            workspace_id=workspace_id,
            regions=regions,
            sampling_rate=sampling_rate,
            privacy_mode=privacy_mode,
            api_key_hashes=api_key_hashes,
            filter_rules=filter_rules,
            broadcast_generation_cost=broadcast_generation_cost,
            broadcast_generation_cost_allocation=broadcast_generation_cost_allocation,
            broadcast_generation_identity=broadcast_generation_identity,
            broadcast_generation_request_context=broadcast_generation_request_context,
            created_at=created_at,
            updated_at=updated_at,
            config=config,
        )

        observability_arize_destination.additional_properties = d
        return observability_arize_destination

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
from ..models.observability_arize_config import ObservabilityArizeConfig  # noqa: E402
from ..models.observability_filter_rules import ObservabilityFilterRules  # noqa: E402
