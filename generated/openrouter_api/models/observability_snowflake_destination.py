from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..models.observability_region_known import ObservabilityRegionKnown
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_
from ..types import read_enum_list


class ObservabilitySnowflakeDestination(_ReadModel):
    """A destination that exports traces to Snowflake.

    Attributes:
        type (Literal['snowflake']): Destination type.
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
        config (ObservabilitySnowflakeConfig): Connection settings for Snowflake. Secrets may come back masked.
    """

    __slots__ = (
        "type",
        "id",
        "name",
        "enabled",
        "workspace_id",
        "regions",
        "sampling_rate",
        "privacy_mode",
        "api_key_hashes",
        "filter_rules",
        "broadcast_generation_cost",
        "broadcast_generation_cost_allocation",
        "broadcast_generation_identity",
        "broadcast_generation_request_context",
        "created_at",
        "updated_at",
        "config",
        "additional_properties",
    )

    type: Literal["snowflake"]
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
    config: ObservabilitySnowflakeConfig
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["snowflake"],
        id: str,
        name: None | str,
        enabled: bool,
        workspace_id: str,
        regions: list[ObservabilityRegionKnown | str],
        sampling_rate: float,
        privacy_mode: bool,
        api_key_hashes: list[str] | None,
        filter_rules: None | ObservabilityFilterRules,
        broadcast_generation_cost: bool,
        broadcast_generation_cost_allocation: bool,
        broadcast_generation_identity: bool,
        broadcast_generation_request_context: bool,
        created_at: str,
        updated_at: str,
        config: ObservabilitySnowflakeConfig,
    ) -> None:
        self.type = type
        self.id = id
        self.name = name
        self.enabled = enabled
        self.workspace_id = workspace_id
        self.regions = regions
        self.sampling_rate = sampling_rate
        self.privacy_mode = privacy_mode
        self.api_key_hashes = api_key_hashes
        self.filter_rules = filter_rules
        self.broadcast_generation_cost = broadcast_generation_cost
        self.broadcast_generation_cost_allocation = broadcast_generation_cost_allocation
        self.broadcast_generation_identity = broadcast_generation_identity
        self.broadcast_generation_request_context = broadcast_generation_request_context
        self.created_at = created_at
        self.updated_at = updated_at
        self.config = config
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['snowflake']"),
        ("id", "id", True, "str"),
        ("name", "name", True, "None | str"),
        ("enabled", "enabled", True, "bool"),
        ("workspace_id", "workspace_id", True, "str"),
        ("regions", "regions", True, "list[ObservabilityRegionKnown | str]"),
        ("sampling_rate", "sampling_rate", True, "float"),
        ("privacy_mode", "privacy_mode", True, "bool"),
        ("api_key_hashes", "api_key_hashes", True, "list[str] | None"),
        ("filter_rules", "filter_rules", True, "None | ObservabilityFilterRules"),
        ("broadcast_generation_cost", "broadcast_generation_cost", True, "bool"),
        (
            "broadcast_generation_cost_allocation",
            "broadcast_generation_cost_allocation",
            True,
            "bool",
        ),
        ("broadcast_generation_identity", "broadcast_generation_identity", True, "bool"),
        (
            "broadcast_generation_request_context",
            "broadcast_generation_request_context",
            True,
            "bool",
        ),
        ("created_at", "created_at", True, "str"),
        ("updated_at", "updated_at", True, "str"),
        ("config", "config", True, "ObservabilitySnowflakeConfig"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.type = _json_get_("type")
        _new_model_.id = _json_get_("id")
        _new_model_.name = _json_get_("name")
        _new_model_.enabled = _json_get_("enabled")
        _new_model_.workspace_id = _json_get_("workspace_id")
        _regions = _json_get_("regions")
        regions: Any = read_enum_list(ObservabilityRegionKnown._value2member_map_, _regions)
        _new_model_.regions = regions
        _new_model_.sampling_rate = _json_get_("sampling_rate")
        _new_model_.privacy_mode = _json_get_("privacy_mode")
        _new_model_.api_key_hashes = _json_get_("api_key_hashes")
        _filter_rules = _json_get_("filter_rules")
        filter_rules: Any = (
            ObservabilityFilterRules.from_dict(_filter_rules)
            if isinstance(_filter_rules, dict)
            else _filter_rules
        )
        _new_model_.filter_rules = filter_rules
        _new_model_.broadcast_generation_cost = _json_get_("broadcast_generation_cost")
        _new_model_.broadcast_generation_cost_allocation = _json_get_(
            "broadcast_generation_cost_allocation"
        )
        _new_model_.broadcast_generation_identity = _json_get_("broadcast_generation_identity")
        _new_model_.broadcast_generation_request_context = _json_get_(
            "broadcast_generation_request_context"
        )
        _new_model_.created_at = _json_get_("created_at")
        _new_model_.updated_at = _json_get_("updated_at")
        _config = _json_get_("config")
        config: Any = (
            ObservabilitySnowflakeConfig.from_dict(_config)
            if isinstance(_config, dict)
            else _config
        )
        _new_model_.config = config
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
        "type",
        "id",
        "name",
        "enabled",
        "workspace_id",
        "regions",
        "sampling_rate",
        "privacy_mode",
        "api_key_hashes",
        "filter_rules",
        "broadcast_generation_cost",
        "broadcast_generation_cost_allocation",
        "broadcast_generation_identity",
        "broadcast_generation_request_context",
        "created_at",
        "updated_at",
        "config",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.observability_filter_rules import ObservabilityFilterRules  # noqa: E402
    from ..models.observability_snowflake_config import ObservabilitySnowflakeConfig  # noqa: E402
else:
    ObservabilityFilterRules = _Deferred_(
        globals(), "..models.observability_filter_rules", "ObservabilityFilterRules"
    )
    ObservabilitySnowflakeConfig = _Deferred_(
        globals(), "..models.observability_snowflake_config", "ObservabilitySnowflakeConfig"
    )
