from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.server_tool_byok_known import ServerToolByokKnown
from ..models.server_tool_data_region_known import ServerToolDataRegionKnown
from ..models.server_tool_executor_known import ServerToolExecutorKnown
from ..models.server_tool_pricing_source_known import ServerToolPricingSourceKnown

T = TypeVar("T", bound="ServerToolEngine")


@_attrs_define
class ServerToolEngine:
    """One implementation behind a server tool.

    Attributes:
        id (None | str): The `parameters.engine` value that picks it; null for a tool with a single engine.
        name (str):
        executed_by (ServerToolExecutorKnown | str):
        byok (ServerToolByokKnown | str): Whether the caller's own vendor key is needed.
        data_regions (list[ServerToolDataRegionKnown | str]): Regions served without leaving the region (`global` always
            included).
        default_mode (None | str):
        pricing (list[ServerToolPrice]): Non-empty exactly when `pricing_source` is `openrouter`.
        pricing_source (ServerToolPricingSourceKnown | str): Who bills the tool calls beyond the model's tokens.
        pricing_doc_url (None | str):
    """

    id: None | str
    name: str
    executed_by: ServerToolExecutorKnown | str
    byok: ServerToolByokKnown | str
    data_regions: list[ServerToolDataRegionKnown | str]
    default_mode: None | str
    pricing: list[ServerToolPrice]
    pricing_source: ServerToolPricingSourceKnown | str
    pricing_doc_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        name = self.name

        executed_by: str
        if isinstance(self.executed_by, ServerToolExecutorKnown):
            executed_by = self.executed_by.value
        else:
            executed_by = self.executed_by

        byok: str
        if isinstance(self.byok, ServerToolByokKnown):
            byok = self.byok.value
        else:
            byok = self.byok

        data_regions = []
        for data_regions_item_data in self.data_regions:
            data_regions_item: str
            if isinstance(data_regions_item_data, ServerToolDataRegionKnown):
                data_regions_item = data_regions_item_data.value
            else:
                data_regions_item = data_regions_item_data
            data_regions.append(data_regions_item)

        default_mode: None | str
        default_mode = self.default_mode

        pricing = []
        for pricing_item_data in self.pricing:
            pricing_item = pricing_item_data.to_dict()
            pricing.append(pricing_item)

        pricing_source: str
        if isinstance(self.pricing_source, ServerToolPricingSourceKnown):
            pricing_source = self.pricing_source.value
        else:
            pricing_source = self.pricing_source

        pricing_doc_url: None | str
        pricing_doc_url = self.pricing_doc_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "executed_by": executed_by,
                "byok": byok,
                "data_regions": data_regions,
                "default_mode": default_mode,
                "pricing": pricing,
                "pricing_source": pricing_source,
                "pricing_doc_url": pricing_doc_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = cast("None | str", d.pop("id"))

        name = d.pop("name")

        def _parse_executed_by(data: object) -> ServerToolExecutorKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                executed_by_type_0 = ServerToolExecutorKnown._parse(data)

                return executed_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ServerToolExecutorKnown | str", data)

        executed_by = _parse_executed_by(d.pop("executed_by"))

        def _parse_byok(data: object) -> ServerToolByokKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                byok_type_0 = ServerToolByokKnown._parse(data)

                return byok_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ServerToolByokKnown | str", data)

        byok = _parse_byok(d.pop("byok"))

        def _parse_data_regions_item(data: object) -> ServerToolDataRegionKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_regions_item_type_0 = ServerToolDataRegionKnown._parse(data)

                return data_regions_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ServerToolDataRegionKnown | str", data)

        data_regions = []
        _data_regions = d.pop("data_regions")
        for data_regions_item_data in _data_regions:
            data_regions_item = _parse_data_regions_item(data_regions_item_data)
            data_regions.append(data_regions_item)

        default_mode = cast("None | str", d.pop("default_mode"))

        pricing = []
        _pricing = d.pop("pricing")
        for pricing_item_data in _pricing:
            pricing_item = ServerToolPrice.from_dict(pricing_item_data)

            pricing.append(pricing_item)

        def _parse_pricing_source(data: object) -> ServerToolPricingSourceKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pricing_source_type_0 = ServerToolPricingSourceKnown._parse(data)

                return pricing_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ServerToolPricingSourceKnown | str", data)

        pricing_source = _parse_pricing_source(d.pop("pricing_source"))

        pricing_doc_url = cast("None | str", d.pop("pricing_doc_url"))

        server_tool_engine = cls(
            id=id,
            name=name,
            executed_by=executed_by,
            byok=byok,
            data_regions=data_regions,
            default_mode=default_mode,
            pricing=pricing,
            pricing_source=pricing_source,
            pricing_doc_url=pricing_doc_url,
        )

        server_tool_engine.additional_properties = d
        return server_tool_engine

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
from ..models.server_tool_price import ServerToolPrice  # noqa: E402
