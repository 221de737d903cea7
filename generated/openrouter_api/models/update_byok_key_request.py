from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.byok_region_known import ByokRegionKnown
from ..types import UNSET, Unset
from ..types import Model as _Model


class UpdateByokKeyRequest(_Model):
    """Fields to change on a BYOK credential.

    Attributes:
        key (str | Unset): A replacement provider secret.
        name (None | str | Unset): Display name.
        disabled (bool | Unset): Whether the credential is disabled.
        is_fallback (bool | Unset): Use only after non-fallback credentials; cannot be combined with `is_byok_only`.
        is_required (bool | Unset): Stop using shared capacity on this provider for the covered models (false when
            omitted).
        is_byok_only (bool | Unset): Stop using shared capacity on this provider for every model (false when omitted;
            not for fallbacks).
        allowed_models (list[str] | None | Unset): Restrict to these model slugs; null removes the restriction.
        allowed_api_key_hashes (list[str] | None | Unset): Restrict to these API key hashes (at least one); null removes
            the restriction.
        allowed_user_ids (list[str] | None | Unset): Restrict to these user ids; null removes the restriction.
        declared_region (ByokRegionKnown | None | Unset): Self-declared data region of the upstream account; must match
            the key for OpenAI and Fireworks.
        declared_zdr (bool | None | Unset): Self-declared zero data retention; null inherits the provider policy.
    """

    __slots__ = (
        "key",
        "name",
        "disabled",
        "is_fallback",
        "is_required",
        "is_byok_only",
        "allowed_models",
        "allowed_api_key_hashes",
        "allowed_user_ids",
        "declared_region",
        "declared_zdr",
        "additional_properties",
    )

    key: str | Unset
    name: None | str | Unset
    disabled: bool | Unset
    is_fallback: bool | Unset
    is_required: bool | Unset
    is_byok_only: bool | Unset
    allowed_models: list[str] | None | Unset
    allowed_api_key_hashes: list[str] | None | Unset
    allowed_user_ids: list[str] | None | Unset
    declared_region: ByokRegionKnown | None | Unset
    declared_zdr: bool | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        key: str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        is_fallback: bool | Unset = UNSET,
        is_required: bool | Unset = UNSET,
        is_byok_only: bool | Unset = UNSET,
        allowed_models: list[str] | None | Unset = UNSET,
        allowed_api_key_hashes: list[str] | None | Unset = UNSET,
        allowed_user_ids: list[str] | None | Unset = UNSET,
        declared_region: ByokRegionKnown | None | Unset = UNSET,
        declared_zdr: bool | None | Unset = UNSET,
    ) -> None:
        self.key = key
        self.name = name
        self.disabled = disabled
        self.is_fallback = is_fallback
        self.is_required = is_required
        self.is_byok_only = is_byok_only
        self.allowed_models = allowed_models
        self.allowed_api_key_hashes = allowed_api_key_hashes
        self.allowed_user_ids = allowed_user_ids
        self.declared_region = declared_region
        self.declared_zdr = declared_zdr
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        disabled = self.disabled

        is_fallback = self.is_fallback

        is_required = self.is_required

        is_byok_only = self.is_byok_only

        allowed_models: list[str] | None | Unset
        if isinstance(self.allowed_models, Unset):
            allowed_models = UNSET
        elif isinstance(self.allowed_models, list):
            allowed_models = self.allowed_models

        else:
            allowed_models = self.allowed_models

        allowed_api_key_hashes: list[str] | None | Unset
        if isinstance(self.allowed_api_key_hashes, Unset):
            allowed_api_key_hashes = UNSET
        elif isinstance(self.allowed_api_key_hashes, list):
            allowed_api_key_hashes = self.allowed_api_key_hashes

        else:
            allowed_api_key_hashes = self.allowed_api_key_hashes

        allowed_user_ids: list[str] | None | Unset
        if isinstance(self.allowed_user_ids, Unset):
            allowed_user_ids = UNSET
        elif isinstance(self.allowed_user_ids, list):
            allowed_user_ids = self.allowed_user_ids

        else:
            allowed_user_ids = self.allowed_user_ids

        declared_region: None | str | Unset
        if isinstance(self.declared_region, Unset):
            declared_region = UNSET
        elif isinstance(self.declared_region, ByokRegionKnown):
            declared_region = self.declared_region.value
        else:
            declared_region = self.declared_region

        declared_zdr: bool | None | Unset
        if isinstance(self.declared_zdr, Unset):
            declared_zdr = UNSET
        else:
            declared_zdr = self.declared_zdr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if is_fallback is not UNSET:
            field_dict["is_fallback"] = is_fallback
        if is_required is not UNSET:
            field_dict["is_required"] = is_required
        if is_byok_only is not UNSET:
            field_dict["is_byok_only"] = is_byok_only
        if allowed_models is not UNSET:
            field_dict["allowed_models"] = allowed_models
        if allowed_api_key_hashes is not UNSET:
            field_dict["allowed_api_key_hashes"] = allowed_api_key_hashes
        if allowed_user_ids is not UNSET:
            field_dict["allowed_user_ids"] = allowed_user_ids
        if declared_region is not UNSET:
            field_dict["declared_region"] = declared_region
        if declared_zdr is not UNSET:
            field_dict["declared_zdr"] = declared_zdr

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        name = cast("None | str | Unset", d.pop("name", UNSET))

        disabled = d.pop("disabled", UNSET)

        is_fallback = d.pop("is_fallback", UNSET)

        is_required = d.pop("is_required", UNSET)

        is_byok_only = d.pop("is_byok_only", UNSET)

        def _parse_allowed_models(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_models_type_0 = cast("list[str]", data)

                return allowed_models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        allowed_models = _parse_allowed_models(d.pop("allowed_models", UNSET))

        def _parse_allowed_api_key_hashes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_api_key_hashes_type_0 = cast("list[str]", data)

                return allowed_api_key_hashes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        allowed_api_key_hashes = _parse_allowed_api_key_hashes(
            d.pop("allowed_api_key_hashes", UNSET)
        )

        def _parse_allowed_user_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_user_ids_type_0 = cast("list[str]", data)

                return allowed_user_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        allowed_user_ids = _parse_allowed_user_ids(d.pop("allowed_user_ids", UNSET))

        def _parse_declared_region(data: object) -> ByokRegionKnown | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                declared_region_type_0 = ByokRegionKnown._parse(data)

                return declared_region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ByokRegionKnown | None | Unset", data)

        declared_region = _parse_declared_region(d.pop("declared_region", UNSET))

        declared_zdr = cast("bool | None | Unset", d.pop("declared_zdr", UNSET))

        update_byok_key_request = cls(
            key=key,
            name=name,
            disabled=disabled,
            is_fallback=is_fallback,
            is_required=is_required,
            is_byok_only=is_byok_only,
            allowed_models=allowed_models,
            allowed_api_key_hashes=allowed_api_key_hashes,
            allowed_user_ids=allowed_user_ids,
            declared_region=declared_region,
            declared_zdr=declared_zdr,
        )

        update_byok_key_request.additional_properties = d
        return update_byok_key_request

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
