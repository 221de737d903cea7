from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..models.server_tool_byok_known import ServerToolByokKnown
from ..models.server_tool_data_region_known import ServerToolDataRegionKnown
from ..models.server_tool_executor_known import ServerToolExecutorKnown
from ..models.server_tool_pricing_source_known import ServerToolPricingSourceKnown
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_
from ..types import read_enum_list


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.id = _json_get_("id")
        _new_model_.name = _json_get_("name")
        _executed_by = _json_get_("executed_by")
        executed_by: Any = (
            ServerToolExecutorKnown._value2member_map_.get(_executed_by, _executed_by)
            if isinstance(_executed_by, str)
            else _executed_by
        )
        _new_model_.executed_by = executed_by
        _byok = _json_get_("byok")
        byok: Any = (
            ServerToolByokKnown._value2member_map_.get(_byok, _byok)
            if isinstance(_byok, str)
            else _byok
        )
        _new_model_.byok = byok
        _data_regions = _json_get_("data_regions")
        data_regions: Any = read_enum_list(
            ServerToolDataRegionKnown._value2member_map_, _data_regions
        )
        _new_model_.data_regions = data_regions
        _new_model_.default_mode = _json_get_("default_mode")
        _pricing = _json_get_("pricing")
        if isinstance(_pricing, list):
            pricing: Any = []
            for _list_item_ in _pricing:
                pricing.append(
                    ServerToolPrice.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            pricing = _pricing
        _new_model_.pricing = pricing
        _pricing_source = _json_get_("pricing_source")
        pricing_source: Any = (
            ServerToolPricingSourceKnown._value2member_map_.get(_pricing_source, _pricing_source)
            if isinstance(_pricing_source, str)
            else _pricing_source
        )
        _new_model_.pricing_source = pricing_source
        _new_model_.pricing_doc_url = _json_get_("pricing_doc_url")
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
        "id",
        "name",
        "executed_by",
        "byok",
        "data_regions",
        "default_mode",
        "pricing",
        "pricing_source",
        "pricing_doc_url",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.server_tool_price import ServerToolPrice  # noqa: E402
else:
    ServerToolPrice = _Deferred_(globals(), "..models.server_tool_price", "ServerToolPrice")
