from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.server_tool_byok_known import ServerToolByokKnown
from ..models.server_tool_data_region_known import ServerToolDataRegionKnown
from ..models.server_tool_executor_known import ServerToolExecutorKnown
from ..models.server_tool_pricing_source_known import ServerToolPricingSourceKnown
from ..types import ReadModel as _ReadModel


class ServerToolEngine(_ReadModel):
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

    __slots__ = (
        "id",
        "name",
        "executed_by",
        "byok",
        "data_regions",
        "default_mode",
        "pricing",
        "pricing_source",
        "pricing_doc_url",
        "additional_properties",
    )

    id: None | str
    name: str
    executed_by: ServerToolExecutorKnown | str
    byok: ServerToolByokKnown | str
    data_regions: list[ServerToolDataRegionKnown | str]
    default_mode: None | str
    pricing: list[ServerToolPrice]
    pricing_source: ServerToolPricingSourceKnown | str
    pricing_doc_url: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: None | str,
        name: str,
        executed_by: ServerToolExecutorKnown | str,
        byok: ServerToolByokKnown | str,
        data_regions: list[ServerToolDataRegionKnown | str],
        default_mode: None | str,
        pricing: list[ServerToolPrice],
        pricing_source: ServerToolPricingSourceKnown | str,
        pricing_doc_url: None | str,
    ) -> None:
        self.id = id
        self.name = name
        self.executed_by = executed_by
        self.byok = byok
        self.data_regions = data_regions
        self.default_mode = default_mode
        self.pricing = pricing
        self.pricing_source = pricing_source
        self.pricing_doc_url = pricing_doc_url
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "None | str"),
        ("name", "name", True, "str"),
        ("executed_by", "executed_by", True, "ServerToolExecutorKnown | str"),
        ("byok", "byok", True, "ServerToolByokKnown | str"),
        ("data_regions", "data_regions", True, "list[ServerToolDataRegionKnown | str]"),
        ("default_mode", "default_mode", True, "None | str"),
        ("pricing", "pricing", True, "list[ServerToolPrice]"),
        ("pricing_source", "pricing_source", True, "ServerToolPricingSourceKnown | str"),
        ("pricing_doc_url", "pricing_doc_url", True, "None | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        id = d.pop("id", None)
        name = d.pop("name", None)
        _executed_by = d.pop("executed_by", None)
        executed_by: Any = _read_executed_by(_executed_by)
        _byok = d.pop("byok", None)
        byok: Any = _read_byok(_byok)
        _data_regions = d.pop("data_regions", None)
        data_regions: Any = (
            [_read_data_regions_item(i0) for i0 in _data_regions]
            if isinstance(_data_regions, list)
            else _data_regions
        )
        default_mode = d.pop("default_mode", None)
        _pricing = d.pop("pricing", None)
        pricing: Any = (
            [ServerToolPrice.from_dict(i0) if isinstance(i0, dict) else i0 for i0 in _pricing]
            if isinstance(_pricing, list)
            else _pricing
        )
        _pricing_source = d.pop("pricing_source", None)
        pricing_source: Any = _read_pricing_source(_pricing_source)
        pricing_doc_url = d.pop("pricing_doc_url", None)
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


def _read_executed_by(data: Any) -> Any:
    if isinstance(data, str):
        if data in ServerToolExecutorKnown._value2member_map_:
            return ServerToolExecutorKnown._value2member_map_[data]
    return data


def _read_byok(data: Any) -> Any:
    if isinstance(data, str):
        if data in ServerToolByokKnown._value2member_map_:
            return ServerToolByokKnown._value2member_map_[data]
    return data


def _read_data_regions_item(data: Any) -> Any:
    if isinstance(data, str):
        if data in ServerToolDataRegionKnown._value2member_map_:
            return ServerToolDataRegionKnown._value2member_map_[data]
    return data


def _read_pricing_source(data: Any) -> Any:
    if isinstance(data, str):
        if data in ServerToolPricingSourceKnown._value2member_map_:
            return ServerToolPricingSourceKnown._value2member_map_[data]
    return data


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.server_tool_price import ServerToolPrice  # noqa: E402
