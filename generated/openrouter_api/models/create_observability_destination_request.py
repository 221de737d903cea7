from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.observability_destination_type_known import ObservabilityDestinationTypeKnown
from ..models.observability_region_input import ObservabilityRegionInput
from ..types import UNSET, Unset
from ..types import Model as _Model


class CreateObservabilityDestinationRequest(_Model):
    """A new destination.

    Attributes:
        type (ObservabilityDestinationTypeKnown): Destination types.
        name (str): Display name.
        config (ObservabilityDestinationConfig): Type-specific connection settings as free-form JSON.
        workspace_id (str | Unset): Workspace for the destination; the default workspace when omitted.
        enabled (bool | Unset): Whether events are sent.
        regions (list[ObservabilityRegionInput] | Unset): Data regions whose traffic is forwarded.
        sampling_rate (float | Unset): Fraction of events to send, from 0.0001 to 1.
        privacy_mode (bool | Unset): Send only metadata, no request or response bodies.
        api_key_hashes (list[str] | None | Unset): Only forward traffic of these API keys; null for all keys.
        filter_rules (None | ObservabilityFilterRules | Unset): Rules selecting which events are forwarded; null removes
            them.
        broadcast_generation_cost (bool | Unset): Include cost and billing metadata.
        broadcast_generation_cost_allocation (bool | Unset): Beta: include per-token-kind cost allocation.
        broadcast_generation_identity (bool | Unset): Include identity metadata.
        broadcast_generation_request_context (bool | Unset): Include request-context metadata.
    """

    __slots__ = (
        "type",
        "name",
        "config",
        "workspace_id",
        "enabled",
        "regions",
        "sampling_rate",
        "privacy_mode",
        "api_key_hashes",
        "filter_rules",
        "broadcast_generation_cost",
        "broadcast_generation_cost_allocation",
        "broadcast_generation_identity",
        "broadcast_generation_request_context",
        "additional_properties",
    )

    type: ObservabilityDestinationTypeKnown
    name: str
    config: ObservabilityDestinationConfig
    workspace_id: str | Unset
    enabled: bool | Unset
    regions: list[ObservabilityRegionInput] | Unset
    sampling_rate: float | Unset
    privacy_mode: bool | Unset
    api_key_hashes: list[str] | None | Unset
    filter_rules: None | ObservabilityFilterRules | Unset
    broadcast_generation_cost: bool | Unset
    broadcast_generation_cost_allocation: bool | Unset
    broadcast_generation_identity: bool | Unset
    broadcast_generation_request_context: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: ObservabilityDestinationTypeKnown,
        name: str,
        config: ObservabilityDestinationConfig,
        workspace_id: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        regions: list[ObservabilityRegionInput] | Unset = UNSET,
        sampling_rate: float | Unset = UNSET,
        privacy_mode: bool | Unset = UNSET,
        api_key_hashes: list[str] | None | Unset = UNSET,
        filter_rules: None | ObservabilityFilterRules | Unset = UNSET,
        broadcast_generation_cost: bool | Unset = UNSET,
        broadcast_generation_cost_allocation: bool | Unset = UNSET,
        broadcast_generation_identity: bool | Unset = UNSET,
        broadcast_generation_request_context: bool | Unset = UNSET,
    ) -> None:
        self.type = type
        self.name = name
        self.config = config
        self.workspace_id = workspace_id
        self.enabled = enabled
        self.regions = regions
        self.sampling_rate = sampling_rate
        self.privacy_mode = privacy_mode
        self.api_key_hashes = api_key_hashes
        self.filter_rules = filter_rules
        self.broadcast_generation_cost = broadcast_generation_cost
        self.broadcast_generation_cost_allocation = broadcast_generation_cost_allocation
        self.broadcast_generation_identity = broadcast_generation_identity
        self.broadcast_generation_request_context = broadcast_generation_request_context
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type.value

        name = self.name

        config = self.config.to_dict()

        workspace_id = self.workspace_id

        enabled = self.enabled

        regions: list[str] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = []
            for regions_item_data in self.regions:
                regions_item = regions_item_data.value
                regions.append(regions_item)

        sampling_rate = self.sampling_rate

        privacy_mode = self.privacy_mode

        api_key_hashes: list[str] | None | Unset
        if isinstance(self.api_key_hashes, Unset):
            api_key_hashes = UNSET
        elif isinstance(self.api_key_hashes, list):
            api_key_hashes = self.api_key_hashes

        else:
            api_key_hashes = self.api_key_hashes

        filter_rules: dict[str, Any] | None | Unset
        if isinstance(self.filter_rules, Unset):
            filter_rules = UNSET
        elif isinstance(self.filter_rules, ObservabilityFilterRules):
            filter_rules = self.filter_rules.to_dict()
        else:
            filter_rules = self.filter_rules

        broadcast_generation_cost = self.broadcast_generation_cost

        broadcast_generation_cost_allocation = self.broadcast_generation_cost_allocation

        broadcast_generation_identity = self.broadcast_generation_identity

        broadcast_generation_request_context = self.broadcast_generation_request_context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "config": config,
            }
        )
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if regions is not UNSET:
            field_dict["regions"] = regions
        if sampling_rate is not UNSET:
            field_dict["sampling_rate"] = sampling_rate
        if privacy_mode is not UNSET:
            field_dict["privacy_mode"] = privacy_mode
        if api_key_hashes is not UNSET:
            field_dict["api_key_hashes"] = api_key_hashes
        if filter_rules is not UNSET:
            field_dict["filter_rules"] = filter_rules
        if broadcast_generation_cost is not UNSET:
            field_dict["broadcast_generation_cost"] = broadcast_generation_cost
        if broadcast_generation_cost_allocation is not UNSET:
            field_dict["broadcast_generation_cost_allocation"] = (
                broadcast_generation_cost_allocation
            )
        if broadcast_generation_identity is not UNSET:
            field_dict["broadcast_generation_identity"] = broadcast_generation_identity
        if broadcast_generation_request_context is not UNSET:
            field_dict["broadcast_generation_request_context"] = (
                broadcast_generation_request_context
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ObservabilityDestinationTypeKnown._parse(d.pop("type"))

        name = d.pop("name")

        config = ObservabilityDestinationConfig.from_dict(d.pop("config"))

        workspace_id = d.pop("workspace_id", UNSET)

        enabled = d.pop("enabled", UNSET)

        _regions = d.pop("regions", UNSET)
        regions: list[ObservabilityRegionInput] | Unset = UNSET
        if _regions is not UNSET:
            regions = []
            for regions_item_data in _regions:
                regions_item = ObservabilityRegionInput._parse(regions_item_data)

                regions.append(regions_item)

        sampling_rate = d.pop("sampling_rate", UNSET)

        privacy_mode = d.pop("privacy_mode", UNSET)

        def _parse_api_key_hashes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                api_key_hashes_type_0 = cast("list[str]", data)

                return api_key_hashes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        api_key_hashes = _parse_api_key_hashes(d.pop("api_key_hashes", UNSET))

        def _parse_filter_rules(data: object) -> None | ObservabilityFilterRules | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_rules_type_0 = ObservabilityFilterRules.from_dict(data)

                return filter_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ObservabilityFilterRules | Unset", data)

        filter_rules = _parse_filter_rules(d.pop("filter_rules", UNSET))

        broadcast_generation_cost = d.pop("broadcast_generation_cost", UNSET)

        broadcast_generation_cost_allocation = d.pop("broadcast_generation_cost_allocation", UNSET)

        broadcast_generation_identity = d.pop("broadcast_generation_identity", UNSET)

        broadcast_generation_request_context = d.pop("broadcast_generation_request_context", UNSET)

        create_observability_destination_request = cls(
            type=type_,
            name=name,
            config=config,
            workspace_id=workspace_id,
            enabled=enabled,
            regions=regions,
            sampling_rate=sampling_rate,
            privacy_mode=privacy_mode,
            api_key_hashes=api_key_hashes,
            filter_rules=filter_rules,
            broadcast_generation_cost=broadcast_generation_cost,
            broadcast_generation_cost_allocation=broadcast_generation_cost_allocation,
            broadcast_generation_identity=broadcast_generation_identity,
            broadcast_generation_request_context=broadcast_generation_request_context,
        )

        create_observability_destination_request.additional_properties = d
        return create_observability_destination_request

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
from ..models.observability_destination_config import ObservabilityDestinationConfig  # noqa: E402
from ..models.observability_filter_rules import ObservabilityFilterRules  # noqa: E402
