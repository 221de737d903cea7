from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class Workspace(_ReadModel):
    """A workspace groups API keys, budgets, guardrails and logging settings.

    Attributes:
        id (str): Workspace UUID.
        name (str):
        slug (str): URL-friendly name, usable instead of the id in paths.
        description (None | str):
        created_at (str): ISO 8601 creation time.
        created_by (None | str): User id of the creator.
        updated_at (None | str): ISO 8601 time of the last change.
        default_guardrail_id (str): Id derived from the workspace id; the guardrail itself exists once it is first
            configured.
        default_text_model (None | str): Default model for text requests.
        default_image_model (None | str): Default model for image requests.
        default_provider_sort (None | str): Default provider ordering, such as `price`, `throughput`, `latency` or
            `exacto`.
        io_logging_api_key_ids (list[int] | None): API key ids whose traffic is logged; null logs every key.
        io_logging_sampling_rate (float): Fraction of requests logged, 0.0001 to 1.
        is_data_discount_logging_enabled (bool):
        is_observability_broadcast_enabled (bool): Whether broadcast to observability destinations is on.
        is_observability_io_logging_enabled (bool): Whether private prompt/completion logging is on.
        disabled_server_tools (list[str] | None): OpenRouter server tools (such as `openrouter:web_search`) requests
            here may not use; null when none.
        include_byok_in_budgets (bool | None): Whether BYOK spend counts toward the workspace budgets (set through the
            budget operations).
    """

    __slots__ = (
        "id",
        "name",
        "slug",
        "description",
        "created_at",
        "created_by",
        "updated_at",
        "default_guardrail_id",
        "default_text_model",
        "default_image_model",
        "default_provider_sort",
        "io_logging_api_key_ids",
        "io_logging_sampling_rate",
        "is_data_discount_logging_enabled",
        "is_observability_broadcast_enabled",
        "is_observability_io_logging_enabled",
        "disabled_server_tools",
        "include_byok_in_budgets",
        "additional_properties",
    )

    id: str
    name: str
    slug: str
    description: None | str
    created_at: str
    created_by: None | str
    updated_at: None | str
    default_guardrail_id: str
    default_text_model: None | str
    default_image_model: None | str
    default_provider_sort: None | str
    io_logging_api_key_ids: list[int] | None
    io_logging_sampling_rate: float
    is_data_discount_logging_enabled: bool
    is_observability_broadcast_enabled: bool
    is_observability_io_logging_enabled: bool
    disabled_server_tools: list[str] | None
    include_byok_in_budgets: bool | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        name: str,
        slug: str,
        description: None | str,
        created_at: str,
        created_by: None | str,
        updated_at: None | str,
        default_guardrail_id: str,
        default_text_model: None | str,
        default_image_model: None | str,
        default_provider_sort: None | str,
        io_logging_api_key_ids: list[int] | None,
        io_logging_sampling_rate: float,
        is_data_discount_logging_enabled: bool,
        is_observability_broadcast_enabled: bool,
        is_observability_io_logging_enabled: bool,
        disabled_server_tools: list[str] | None = None,
        include_byok_in_budgets: bool | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.slug = slug
        self.description = description
        self.created_at = created_at
        self.created_by = created_by
        self.updated_at = updated_at
        self.default_guardrail_id = default_guardrail_id
        self.default_text_model = default_text_model
        self.default_image_model = default_image_model
        self.default_provider_sort = default_provider_sort
        self.io_logging_api_key_ids = io_logging_api_key_ids
        self.io_logging_sampling_rate = io_logging_sampling_rate
        self.is_data_discount_logging_enabled = is_data_discount_logging_enabled
        self.is_observability_broadcast_enabled = is_observability_broadcast_enabled
        self.is_observability_io_logging_enabled = is_observability_io_logging_enabled
        self.disabled_server_tools = disabled_server_tools
        self.include_byok_in_budgets = include_byok_in_budgets
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("name", "name", True, "str"),
        ("slug", "slug", True, "str"),
        ("description", "description", True, "None | str"),
        ("created_at", "created_at", True, "str"),
        ("created_by", "created_by", True, "None | str"),
        ("updated_at", "updated_at", True, "None | str"),
        ("default_guardrail_id", "default_guardrail_id", True, "str"),
        ("default_text_model", "default_text_model", True, "None | str"),
        ("default_image_model", "default_image_model", True, "None | str"),
        ("default_provider_sort", "default_provider_sort", True, "None | str"),
        ("io_logging_api_key_ids", "io_logging_api_key_ids", True, "list[int] | None"),
        ("io_logging_sampling_rate", "io_logging_sampling_rate", True, "float"),
        ("is_data_discount_logging_enabled", "is_data_discount_logging_enabled", True, "bool"),
        ("is_observability_broadcast_enabled", "is_observability_broadcast_enabled", True, "bool"),
        (
            "is_observability_io_logging_enabled",
            "is_observability_io_logging_enabled",
            True,
            "bool",
        ),
        ("disabled_server_tools", "disabled_server_tools", False, "list[str] | None"),
        ("include_byok_in_budgets", "include_byok_in_budgets", False, "bool"),
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
        _new_model_.slug = _json_get_("slug")
        _new_model_.description = _json_get_("description")
        _new_model_.created_at = _json_get_("created_at")
        _new_model_.created_by = _json_get_("created_by")
        _new_model_.updated_at = _json_get_("updated_at")
        _new_model_.default_guardrail_id = _json_get_("default_guardrail_id")
        _new_model_.default_text_model = _json_get_("default_text_model")
        _new_model_.default_image_model = _json_get_("default_image_model")
        _new_model_.default_provider_sort = _json_get_("default_provider_sort")
        _new_model_.io_logging_api_key_ids = _json_get_("io_logging_api_key_ids")
        _new_model_.io_logging_sampling_rate = _json_get_("io_logging_sampling_rate")
        _new_model_.is_data_discount_logging_enabled = _json_get_(
            "is_data_discount_logging_enabled"
        )
        _new_model_.is_observability_broadcast_enabled = _json_get_(
            "is_observability_broadcast_enabled"
        )
        _new_model_.is_observability_io_logging_enabled = _json_get_(
            "is_observability_io_logging_enabled"
        )
        _new_model_.disabled_server_tools = _json_get_("disabled_server_tools")
        _new_model_.include_byok_in_budgets = _json_get_("include_byok_in_budgets")
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
        "slug",
        "description",
        "created_at",
        "created_by",
        "updated_at",
        "default_guardrail_id",
        "default_text_model",
        "default_image_model",
        "default_provider_sort",
        "io_logging_api_key_ids",
        "io_logging_sampling_rate",
        "is_data_discount_logging_enabled",
        "is_observability_broadcast_enabled",
        "is_observability_io_logging_enabled",
        "disabled_server_tools",
        "include_byok_in_budgets",
    )
)
