from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.byok_provider_known import ByokProviderKnown
from ..models.byok_region_known import ByokRegionKnown
from ..types import ReadModel as _ReadModel


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
        d = dict(src_dict)
        id = d.pop("id", None)
        _provider = d.pop("provider", None)
        provider: Any = _read_provider(_provider)
        label = d.pop("label", None)
        disabled = d.pop("disabled", None)
        is_fallback = d.pop("is_fallback", None)
        is_required = d.pop("is_required", None)
        is_byok_only = d.pop("is_byok_only", None)
        sort_order = d.pop("sort_order", None)
        allowed_models = d.pop("allowed_models", None)
        allowed_api_key_hashes = d.pop("allowed_api_key_hashes", None)
        allowed_user_ids = d.pop("allowed_user_ids", None)
        _declared_region = d.pop("declared_region", None)
        declared_region: Any = _read_declared_region(_declared_region)
        declared_zdr = d.pop("declared_zdr", None)
        workspace_id = d.pop("workspace_id", None)
        created_at = d.pop("created_at", None)
        name = d.pop("name", None)
        byok_key = cls(
            id=id,
            provider=provider,
            label=label,
            disabled=disabled,
            is_fallback=is_fallback,
            is_required=is_required,
            is_byok_only=is_byok_only,
            sort_order=sort_order,
            allowed_models=allowed_models,
            allowed_api_key_hashes=allowed_api_key_hashes,
            allowed_user_ids=allowed_user_ids,
            declared_region=declared_region,
            declared_zdr=declared_zdr,
            workspace_id=workspace_id,
            created_at=created_at,
            name=name,
        )
        byok_key.additional_properties = d
        return byok_key

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


def _read_provider(data: Any) -> Any:
    if isinstance(data, str):
        if data in ByokProviderKnown._value2member_map_:
            return ByokProviderKnown._value2member_map_[data]
    return data


def _read_declared_region(data: Any) -> Any:
    if isinstance(data, str):
        if data in ByokRegionKnown._value2member_map_:
            return ByokRegionKnown._value2member_map_[data]
    return data
