from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.byok_provider_known import ByokProviderKnown
from ..models.byok_region_known import ByokRegionKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ByokKey(_ReadModel):
    """A provider credential you brought (BYOK). The secret itself is never returned.

    Attributes:
        id (str): Identifier of the credential.
        provider (ByokProviderKnown | str): Upstream provider slug, e.g. `openai`.
        label (str): Masked snippet of the secret for recognition.
        disabled (bool): Whether the credential is disabled.
        is_fallback (bool): Used only after the non-fallback credentials of the same provider were tried.
        is_required (bool): OpenRouter's shared capacity on this provider is not used for the models this credential
            covers.
        is_byok_only (bool): OpenRouter's shared capacity on this provider is never used, for any model.
        sort_order (int): Order within the provider; lower values are tried first.
        allowed_models (list[str] | None): Model slugs the credential may serve; null means any.
        allowed_api_key_hashes (list[str] | None): API key hashes that may use it; null means any.
        allowed_user_ids (list[str] | None): User ids that may use it; null means any.
        declared_region (ByokRegionKnown | None | str): Self-declared data region of the upstream account; null means
            undeclared.
        declared_zdr (bool | None): Self-declared zero data retention of the upstream account; null inherits the
            provider policy.
        workspace_id (None | str): Workspace the credential is limited to; null means usable in every workspace.
        created_at (str): When it was created (ISO 8601).
        name (None | str): Optional display name.
    """

    __slots__ = (
        "id",
        "provider",
        "label",
        "disabled",
        "is_fallback",
        "is_required",
        "is_byok_only",
        "sort_order",
        "allowed_models",
        "allowed_api_key_hashes",
        "allowed_user_ids",
        "declared_region",
        "declared_zdr",
        "workspace_id",
        "created_at",
        "name",
        "additional_properties",
    )

    id: str
    provider: ByokProviderKnown | str
    label: str
    disabled: bool
    is_fallback: bool
    is_required: bool
    is_byok_only: bool
    sort_order: int
    allowed_models: list[str] | None
    allowed_api_key_hashes: list[str] | None
    allowed_user_ids: list[str] | None
    declared_region: ByokRegionKnown | None | str
    declared_zdr: bool | None
    workspace_id: None | str
    created_at: str
    name: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        provider: ByokProviderKnown | str,
        label: str,
        disabled: bool,
        is_fallback: bool,
        is_required: bool,
        is_byok_only: bool,
        sort_order: int,
        allowed_models: list[str] | None,
        allowed_api_key_hashes: list[str] | None,
        allowed_user_ids: list[str] | None,
        declared_region: ByokRegionKnown | None | str,
        declared_zdr: bool | None,
        workspace_id: None | str,
        created_at: str,
        name: None | str = None,
    ) -> None:
        self.id = id
        self.provider = provider
        self.label = label
        self.disabled = disabled
        self.is_fallback = is_fallback
        self.is_required = is_required
        self.is_byok_only = is_byok_only
        self.sort_order = sort_order
        self.allowed_models = allowed_models
        self.allowed_api_key_hashes = allowed_api_key_hashes
        self.allowed_user_ids = allowed_user_ids
        self.declared_region = declared_region
        self.declared_zdr = declared_zdr
        self.workspace_id = workspace_id
        self.created_at = created_at
        self.name = name
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("provider", "provider", True, "ByokProviderKnown | str"),
        ("label", "label", True, "str"),
        ("disabled", "disabled", True, "bool"),
        ("is_fallback", "is_fallback", True, "bool"),
        ("is_required", "is_required", True, "bool"),
        ("is_byok_only", "is_byok_only", True, "bool"),
        ("sort_order", "sort_order", True, "int"),
        ("allowed_models", "allowed_models", True, "list[str] | None"),
        ("allowed_api_key_hashes", "allowed_api_key_hashes", True, "list[str] | None"),
        ("allowed_user_ids", "allowed_user_ids", True, "list[str] | None"),
        ("declared_region", "declared_region", True, "ByokRegionKnown | None | str"),
        ("declared_zdr", "declared_zdr", True, "bool | None"),
        ("workspace_id", "workspace_id", True, "None | str"),
        ("created_at", "created_at", True, "str"),
        ("name", "name", False, "None | str"),
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
        _provider = _json_get_("provider")
        provider: Any = (
            ByokProviderKnown._value2member_map_.get(_provider, _provider)
            if isinstance(_provider, str)
            else _provider
        )
        _new_model_.provider = provider
        _new_model_.label = _json_get_("label")
        _new_model_.disabled = _json_get_("disabled")
        _new_model_.is_fallback = _json_get_("is_fallback")
        _new_model_.is_required = _json_get_("is_required")
        _new_model_.is_byok_only = _json_get_("is_byok_only")
        _new_model_.sort_order = _json_get_("sort_order")
        _new_model_.allowed_models = _json_get_("allowed_models")
        _new_model_.allowed_api_key_hashes = _json_get_("allowed_api_key_hashes")
        _new_model_.allowed_user_ids = _json_get_("allowed_user_ids")
        _declared_region = _json_get_("declared_region")
        declared_region: Any = (
            ByokRegionKnown._value2member_map_.get(_declared_region, _declared_region)
            if isinstance(_declared_region, str)
            else _declared_region
        )
        _new_model_.declared_region = declared_region
        _new_model_.declared_zdr = _json_get_("declared_zdr")
        _new_model_.workspace_id = _json_get_("workspace_id")
        _new_model_.created_at = _json_get_("created_at")
        _new_model_.name = _json_get_("name")
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
        "provider",
        "label",
        "disabled",
        "is_fallback",
        "is_required",
        "is_byok_only",
        "sort_order",
        "allowed_models",
        "allowed_api_key_hashes",
        "allowed_user_ids",
        "declared_region",
        "declared_zdr",
        "workspace_id",
        "created_at",
        "name",
    )
)
