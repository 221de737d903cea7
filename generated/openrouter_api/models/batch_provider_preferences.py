from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class BatchProviderPreferences(_Model):
    """Routing for a batch; only these two settings apply.

    Attributes:
        only (list[str] | None | Unset): Only these providers may run the batch.
        allow_fallbacks (bool | None | Unset): Whether other providers may be used.
    """

    __slots__ = (
        "only",
        "allow_fallbacks",
        "additional_properties",
    )

    only: list[str] | None | Unset
    allow_fallbacks: bool | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        only: list[str] | None | Unset = UNSET,
        allow_fallbacks: bool | None | Unset = UNSET,
    ) -> None:
        self.only = only
        self.allow_fallbacks = allow_fallbacks
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        only: list[str] | None | Unset
        if isinstance(self.only, Unset):
            only = UNSET
        elif isinstance(self.only, list):
            only = self.only

        else:
            only = self.only

        allow_fallbacks: bool | None | Unset
        if isinstance(self.allow_fallbacks, Unset):
            allow_fallbacks = UNSET
        else:
            allow_fallbacks = self.allow_fallbacks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if only is not UNSET:
            field_dict["only"] = only
        if allow_fallbacks is not UNSET:
            field_dict["allow_fallbacks"] = allow_fallbacks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_only(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                only_type_0 = cast("list[str]", data)

                return only_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        only = _parse_only(d.pop("only", UNSET))

        allow_fallbacks = cast("bool | None | Unset", d.pop("allow_fallbacks", UNSET))

        batch_provider_preferences = cls(
            only=only,
            allow_fallbacks=allow_fallbacks,
        )

        batch_provider_preferences.additional_properties = d
        return batch_provider_preferences

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
