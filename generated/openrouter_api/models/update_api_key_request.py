from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.api_key_limit_reset import ApiKeyLimitReset
from ..types import UNSET, Unset
from ..types import Model as _Model


class UpdateApiKeyRequest(_Model):
    """Fields to change on a key; omitted fields stay as they are.

    Attributes:
        name (str | Unset): New name.
        disabled (bool | Unset): Disable or re-enable the key.
        limit (float | None | Unset): New spending limit in USD; null removes it.
        limit_reset (ApiKeyLimitReset | None | Unset): New reset period; null for never.
        include_byok_in_limit (bool | Unset): Count BYOK spend against the limit.
        workspace_id (str | Unset): Move the key to this workspace. The key value is unchanged; guardrail selections
            move with it.
    """

    __slots__ = (
        "name",
        "disabled",
        "limit",
        "limit_reset",
        "include_byok_in_limit",
        "workspace_id",
        "additional_properties",
    )

    name: str | Unset
    disabled: bool | Unset
    limit: float | None | Unset
    limit_reset: ApiKeyLimitReset | None | Unset
    include_byok_in_limit: bool | Unset
    workspace_id: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        limit: float | None | Unset = UNSET,
        limit_reset: ApiKeyLimitReset | None | Unset = UNSET,
        include_byok_in_limit: bool | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> None:
        self.name = name
        self.disabled = disabled
        self.limit = limit
        self.limit_reset = limit_reset
        self.include_byok_in_limit = include_byok_in_limit
        self.workspace_id = workspace_id
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        disabled = self.disabled

        limit: float | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        limit_reset: None | str | Unset
        if isinstance(self.limit_reset, Unset):
            limit_reset = UNSET
        elif isinstance(self.limit_reset, ApiKeyLimitReset):
            limit_reset = self.limit_reset.value
        else:
            limit_reset = self.limit_reset

        include_byok_in_limit = self.include_byok_in_limit

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if limit is not UNSET:
            field_dict["limit"] = limit
        if limit_reset is not UNSET:
            field_dict["limit_reset"] = limit_reset
        if include_byok_in_limit is not UNSET:
            field_dict["include_byok_in_limit"] = include_byok_in_limit
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        disabled = d.pop("disabled", UNSET)

        limit = cast("float | None | Unset", d.pop("limit", UNSET))

        def _parse_limit_reset(data: object) -> ApiKeyLimitReset | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                limit_reset_type_0 = ApiKeyLimitReset._parse(data)

                return limit_reset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ApiKeyLimitReset | None | Unset", data)

        limit_reset = _parse_limit_reset(d.pop("limit_reset", UNSET))

        include_byok_in_limit = d.pop("include_byok_in_limit", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        update_api_key_request = cls(
            name=name,
            disabled=disabled,
            limit=limit,
            limit_reset=limit_reset,
            include_byok_in_limit=include_byok_in_limit,
            workspace_id=workspace_id,
        )

        update_api_key_request.additional_properties = d
        return update_api_key_request

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
