from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..models.guardrail_data_region_known import GuardrailDataRegionKnown
from ..models.guardrail_reset_interval_known import GuardrailResetIntervalKnown
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_
from ..types import read_enum_list


class Guardrail(_ReadModel):
    """A reusable policy of budgets, routing limits and content filters.

    Attributes:
        id (str): Identifier of the guardrail.
        name (str): Name of the guardrail.
        workspace_id (None | str): Workspace the guardrail belongs to; null for legacy guardrails made before
            workspaces.
        created_at (str): When it was created (ISO 8601).
        include_byok_in_budgets (bool): Whether BYOK spend counts toward `limit_usd`.
        updated_at (None | str): When it was last changed (ISO 8601).
        description (None | str): Description of the guardrail.
        limit_usd (float | None): Spending limit in USD; null for none.
        reset_interval (GuardrailResetIntervalKnown | None | str): How often the limit resets; null for never.
        allowed_models (list[str] | None): Only these model slugs may be used; null for any.
        ignored_models (list[str] | None): Model slugs never routed to; null for none.
        allowed_providers (list[str] | None): Only these provider ids may be used; null for any.
        ignored_providers (list[str] | None): Provider ids never routed to; null for none.
        allowed_data_regions (list[GuardrailDataRegionKnown | str] | None): Regions requests must arrive through; null
            leaves it unrestricted.
        content_filters (list[GuardrailCustomFilter] | None): Custom regex filters; null for none.
        content_filter_builtins (list[GuardrailBuiltinFilter] | None): Built-in filters; null for none.
        enforce_zdr (bool | None): Deprecated: sets every per-provider `enforce_zdr_*` field not given explicitly.
        enforce_zdr_anthropic (bool | None): Require zero data retention for Anthropic models.
        enforce_zdr_openai (bool | None): Require zero data retention for OpenAI models.
        enforce_zdr_google (bool | None): Require zero data retention for Google models.
        enforce_zdr_xai (bool | None): Require zero data retention for xAI models.
        enforce_zdr_other (bool | None): Require zero data retention for all other models.
        allow_safety_retention_google (bool | None): For zero-retention requests to google/* models: allow endpoints
            that keep prompts for safety review.
        allow_safety_retention_other (bool | None): The same for models outside the named providers.
        enable_free_model_publication (bool | None): Permit free endpoints whose providers may publish the prompts they
            receive.
        enable_free_model_training (bool | None): Permit free endpoints whose providers may use request data for
            training.
        enable_paid_model_training (bool | None): Permit paid endpoints whose providers may use request data for
            training.
    """

    __slots__ = (
        "id",
        "name",
        "workspace_id",
        "created_at",
        "include_byok_in_budgets",
        "updated_at",
        "description",
        "limit_usd",
        "reset_interval",
        "allowed_models",
        "ignored_models",
        "allowed_providers",
        "ignored_providers",
        "allowed_data_regions",
        "content_filters",
        "content_filter_builtins",
        "enforce_zdr",
        "enforce_zdr_anthropic",
        "enforce_zdr_openai",
        "enforce_zdr_google",
        "enforce_zdr_xai",
        "enforce_zdr_other",
        "allow_safety_retention_google",
        "allow_safety_retention_other",
        "enable_free_model_publication",
        "enable_free_model_training",
        "enable_paid_model_training",
        "additional_properties",
    )

    id: str
    name: str
    workspace_id: None | str
    created_at: str
    include_byok_in_budgets: bool
    updated_at: None | str
    description: None | str
    limit_usd: float | None
    reset_interval: GuardrailResetIntervalKnown | None | str
    allowed_models: list[str] | None
    ignored_models: list[str] | None
    allowed_providers: list[str] | None
    ignored_providers: list[str] | None
    allowed_data_regions: list[GuardrailDataRegionKnown | str] | None
    content_filters: list[GuardrailCustomFilter] | None
    content_filter_builtins: list[GuardrailBuiltinFilter] | None
    enforce_zdr: bool | None
    enforce_zdr_anthropic: bool | None
    enforce_zdr_openai: bool | None
    enforce_zdr_google: bool | None
    enforce_zdr_xai: bool | None
    enforce_zdr_other: bool | None
    allow_safety_retention_google: bool | None
    allow_safety_retention_other: bool | None
    enable_free_model_publication: bool | None
    enable_free_model_training: bool | None
    enable_paid_model_training: bool | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        name: str,
        workspace_id: None | str,
        created_at: str,
        include_byok_in_budgets: bool,
        updated_at: None | str = None,
        description: None | str = None,
        limit_usd: float | None = None,
        reset_interval: GuardrailResetIntervalKnown | None | str = None,
        allowed_models: list[str] | None = None,
        ignored_models: list[str] | None = None,
        allowed_providers: list[str] | None = None,
        ignored_providers: list[str] | None = None,
        allowed_data_regions: list[GuardrailDataRegionKnown | str] | None = None,
        content_filters: list[GuardrailCustomFilter] | None = None,
        content_filter_builtins: list[GuardrailBuiltinFilter] | None = None,
        enforce_zdr: bool | None = None,
        enforce_zdr_anthropic: bool | None = None,
        enforce_zdr_openai: bool | None = None,
        enforce_zdr_google: bool | None = None,
        enforce_zdr_xai: bool | None = None,
        enforce_zdr_other: bool | None = None,
        allow_safety_retention_google: bool | None = None,
        allow_safety_retention_other: bool | None = None,
        enable_free_model_publication: bool | None = None,
        enable_free_model_training: bool | None = None,
        enable_paid_model_training: bool | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.workspace_id = workspace_id
        self.created_at = created_at
        self.include_byok_in_budgets = include_byok_in_budgets
        self.updated_at = updated_at
        self.description = description
        self.limit_usd = limit_usd
        self.reset_interval = reset_interval
        self.allowed_models = allowed_models
        self.ignored_models = ignored_models
        self.allowed_providers = allowed_providers
        self.ignored_providers = ignored_providers
        self.allowed_data_regions = allowed_data_regions
        self.content_filters = content_filters
        self.content_filter_builtins = content_filter_builtins
        self.enforce_zdr = enforce_zdr
        self.enforce_zdr_anthropic = enforce_zdr_anthropic
        self.enforce_zdr_openai = enforce_zdr_openai
        self.enforce_zdr_google = enforce_zdr_google
        self.enforce_zdr_xai = enforce_zdr_xai
        self.enforce_zdr_other = enforce_zdr_other
        self.allow_safety_retention_google = allow_safety_retention_google
        self.allow_safety_retention_other = allow_safety_retention_other
        self.enable_free_model_publication = enable_free_model_publication
        self.enable_free_model_training = enable_free_model_training
        self.enable_paid_model_training = enable_paid_model_training
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("name", "name", True, "str"),
        ("workspace_id", "workspace_id", True, "None | str"),
        ("created_at", "created_at", True, "str"),
        ("include_byok_in_budgets", "include_byok_in_budgets", True, "bool"),
        ("updated_at", "updated_at", False, "None | str"),
        ("description", "description", False, "None | str"),
        ("limit_usd", "limit_usd", False, "float | None"),
        ("reset_interval", "reset_interval", False, "GuardrailResetIntervalKnown | None | str"),
        ("allowed_models", "allowed_models", False, "list[str] | None"),
        ("ignored_models", "ignored_models", False, "list[str] | None"),
        ("allowed_providers", "allowed_providers", False, "list[str] | None"),
        ("ignored_providers", "ignored_providers", False, "list[str] | None"),
        (
            "allowed_data_regions",
            "allowed_data_regions",
            False,
            "list[GuardrailDataRegionKnown | str] | None",
        ),
        ("content_filters", "content_filters", False, "list[GuardrailCustomFilter] | None"),
        (
            "content_filter_builtins",
            "content_filter_builtins",
            False,
            "list[GuardrailBuiltinFilter] | None",
        ),
        ("enforce_zdr", "enforce_zdr", False, "bool | None"),
        ("enforce_zdr_anthropic", "enforce_zdr_anthropic", False, "bool | None"),
        ("enforce_zdr_openai", "enforce_zdr_openai", False, "bool | None"),
        ("enforce_zdr_google", "enforce_zdr_google", False, "bool | None"),
        ("enforce_zdr_xai", "enforce_zdr_xai", False, "bool | None"),
        ("enforce_zdr_other", "enforce_zdr_other", False, "bool | None"),
        ("allow_safety_retention_google", "allow_safety_retention_google", False, "bool | None"),
        ("allow_safety_retention_other", "allow_safety_retention_other", False, "bool | None"),
        ("enable_free_model_publication", "enable_free_model_publication", False, "bool | None"),
        ("enable_free_model_training", "enable_free_model_training", False, "bool | None"),
        ("enable_paid_model_training", "enable_paid_model_training", False, "bool | None"),
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
        _new_model_.workspace_id = _json_get_("workspace_id")
        _new_model_.created_at = _json_get_("created_at")
        _new_model_.include_byok_in_budgets = _json_get_("include_byok_in_budgets")
        _new_model_.updated_at = _json_get_("updated_at")
        _new_model_.description = _json_get_("description")
        _new_model_.limit_usd = _json_get_("limit_usd")
        _reset_interval = _json_get_("reset_interval")
        reset_interval: Any = (
            GuardrailResetIntervalKnown._value2member_map_.get(_reset_interval, _reset_interval)
            if isinstance(_reset_interval, str)
            else _reset_interval
        )
        _new_model_.reset_interval = reset_interval
        _new_model_.allowed_models = _json_get_("allowed_models")
        _new_model_.ignored_models = _json_get_("ignored_models")
        _new_model_.allowed_providers = _json_get_("allowed_providers")
        _new_model_.ignored_providers = _json_get_("ignored_providers")
        _allowed_data_regions = _json_get_("allowed_data_regions")
        allowed_data_regions: Any = _read_allowed_data_regions(_allowed_data_regions)
        _new_model_.allowed_data_regions = allowed_data_regions
        _content_filters = _json_get_("content_filters")
        content_filters: Any = _read_content_filters(_content_filters)
        _new_model_.content_filters = content_filters
        _content_filter_builtins = _json_get_("content_filter_builtins")
        content_filter_builtins: Any = _read_content_filter_builtins(_content_filter_builtins)
        _new_model_.content_filter_builtins = content_filter_builtins
        _new_model_.enforce_zdr = _json_get_("enforce_zdr")
        _new_model_.enforce_zdr_anthropic = _json_get_("enforce_zdr_anthropic")
        _new_model_.enforce_zdr_openai = _json_get_("enforce_zdr_openai")
        _new_model_.enforce_zdr_google = _json_get_("enforce_zdr_google")
        _new_model_.enforce_zdr_xai = _json_get_("enforce_zdr_xai")
        _new_model_.enforce_zdr_other = _json_get_("enforce_zdr_other")
        _new_model_.allow_safety_retention_google = _json_get_("allow_safety_retention_google")
        _new_model_.allow_safety_retention_other = _json_get_("allow_safety_retention_other")
        _new_model_.enable_free_model_publication = _json_get_("enable_free_model_publication")
        _new_model_.enable_free_model_training = _json_get_("enable_free_model_training")
        _new_model_.enable_paid_model_training = _json_get_("enable_paid_model_training")
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
        "workspace_id",
        "created_at",
        "include_byok_in_budgets",
        "updated_at",
        "description",
        "limit_usd",
        "reset_interval",
        "allowed_models",
        "ignored_models",
        "allowed_providers",
        "ignored_providers",
        "allowed_data_regions",
        "content_filters",
        "content_filter_builtins",
        "enforce_zdr",
        "enforce_zdr_anthropic",
        "enforce_zdr_openai",
        "enforce_zdr_google",
        "enforce_zdr_xai",
        "enforce_zdr_other",
        "allow_safety_retention_google",
        "allow_safety_retention_other",
        "enable_free_model_publication",
        "enable_free_model_training",
        "enable_paid_model_training",
    )
)


def _read_allowed_data_regions(data: Any) -> Any:
    if isinstance(data, list):
        return read_enum_list(GuardrailDataRegionKnown._value2member_map_, data)
    return data


def _read_content_filters(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [GuardrailCustomFilter.from_dict(i0) if isinstance(i0, dict) else i0 for i0 in data]
            if isinstance(data, list)
            else data
        )
    return data


def _read_content_filter_builtins(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [GuardrailBuiltinFilter.from_dict(i0) if isinstance(i0, dict) else i0 for i0 in data]
            if isinstance(data, list)
            else data
        )
    return data


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.guardrail_builtin_filter import GuardrailBuiltinFilter  # noqa: E402
    from ..models.guardrail_custom_filter import GuardrailCustomFilter  # noqa: E402
else:
    GuardrailBuiltinFilter = _Deferred_(
        globals(), "..models.guardrail_builtin_filter", "GuardrailBuiltinFilter"
    )
    GuardrailCustomFilter = _Deferred_(
        globals(), "..models.guardrail_custom_filter", "GuardrailCustomFilter"
    )
