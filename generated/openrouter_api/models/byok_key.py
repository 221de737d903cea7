from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.byok_provider_known import ByokProviderKnown
from ..models.byok_region_known import ByokRegionKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="ByokKey")


@_attrs_define
class ByokKey:
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
        name (None | str | Unset): Optional display name.
    """

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
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        provider: str
        if isinstance(self.provider, ByokProviderKnown):
            provider = self.provider.value
        else:
            provider = self.provider

        label = self.label

        disabled = self.disabled

        is_fallback = self.is_fallback

        is_required = self.is_required

        is_byok_only = self.is_byok_only

        sort_order = self.sort_order

        allowed_models: list[str] | None
        if isinstance(self.allowed_models, list):
            allowed_models = self.allowed_models

        else:
            allowed_models = self.allowed_models

        allowed_api_key_hashes: list[str] | None
        if isinstance(self.allowed_api_key_hashes, list):
            allowed_api_key_hashes = self.allowed_api_key_hashes

        else:
            allowed_api_key_hashes = self.allowed_api_key_hashes

        allowed_user_ids: list[str] | None
        if isinstance(self.allowed_user_ids, list):
            allowed_user_ids = self.allowed_user_ids

        else:
            allowed_user_ids = self.allowed_user_ids

        declared_region: None | str
        if isinstance(self.declared_region, ByokRegionKnown):
            declared_region = self.declared_region.value
        else:
            declared_region = self.declared_region

        declared_zdr: bool | None
        declared_zdr = self.declared_zdr

        workspace_id: None | str
        workspace_id = self.workspace_id

        created_at = self.created_at

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "provider": provider,
                "label": label,
                "disabled": disabled,
                "is_fallback": is_fallback,
                "is_required": is_required,
                "is_byok_only": is_byok_only,
                "sort_order": sort_order,
                "allowed_models": allowed_models,
                "allowed_api_key_hashes": allowed_api_key_hashes,
                "allowed_user_ids": allowed_user_ids,
                "declared_region": declared_region,
                "declared_zdr": declared_zdr,
                "workspace_id": workspace_id,
                "created_at": created_at,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_provider(data: object) -> ByokProviderKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                provider_type_0 = ByokProviderKnown._parse(data)

                return provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ByokProviderKnown | str", data)

        provider = _parse_provider(d.pop("provider"))

        label = d.pop("label")

        disabled = d.pop("disabled")

        is_fallback = d.pop("is_fallback")

        is_required = d.pop("is_required")

        is_byok_only = d.pop("is_byok_only")

        sort_order = d.pop("sort_order")

        def _parse_allowed_models(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_models_type_0 = cast("list[str]", data)

                return allowed_models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None", data)

        allowed_models = _parse_allowed_models(d.pop("allowed_models"))

        def _parse_allowed_api_key_hashes(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_api_key_hashes_type_0 = cast("list[str]", data)

                return allowed_api_key_hashes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None", data)

        allowed_api_key_hashes = _parse_allowed_api_key_hashes(d.pop("allowed_api_key_hashes"))

        def _parse_allowed_user_ids(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_user_ids_type_0 = cast("list[str]", data)

                return allowed_user_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None", data)

        allowed_user_ids = _parse_allowed_user_ids(d.pop("allowed_user_ids"))

        def _parse_declared_region(data: object) -> ByokRegionKnown | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                declared_region_type_0 = ByokRegionKnown._parse(data)

                return declared_region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ByokRegionKnown | None | str", data)

        declared_region = _parse_declared_region(d.pop("declared_region"))

        declared_zdr = cast("bool | None", d.pop("declared_zdr"))

        workspace_id = cast("None | str", d.pop("workspace_id"))

        created_at = d.pop("created_at")

        name = cast("None | str | Unset", d.pop("name", UNSET))

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
