from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..models.cache_control_ttl_known import CacheControlTtlKnown
from ..types import UNSET, Unset
from ..types import Model as _Model


class CacheControl(_Model):
    """Anthropic-style prompt-cache marker. On a content part it marks a breakpoint; at the top
    level of the request it asks for automatic breakpoints.

        Attributes:
            type (Literal['ephemeral']):
            ttl (CacheControlTtlKnown | str | Unset): Cache lifetime (the provider uses 5 minutes when unset).
    """

    __slots__ = (
        "type",
        "ttl",
        "additional_properties",
    )

    type: Literal["ephemeral"]
    ttl: CacheControlTtlKnown | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["ephemeral"],
        ttl: CacheControlTtlKnown | str | Unset = UNSET,
    ) -> None:
        self.type = type
        self.ttl = ttl
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        ttl: str | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        elif isinstance(self.ttl, CacheControlTtlKnown):
            ttl = self.ttl.value
        else:
            ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["ephemeral"]', d.pop("type"))
        if type_ != "ephemeral":
            raise ValueError(f"type must match const 'ephemeral', got '{type_}'")

        def _parse_ttl(data: object) -> CacheControlTtlKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ttl_ttl_known = CacheControlTtlKnown._parse(data)

                return ttl_ttl_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CacheControlTtlKnown | str | Unset", data)

        ttl = _parse_ttl(d.pop("ttl", UNSET))

        cache_control = cls(
            type=type_,
            ttl=ttl,
        )

        cache_control.additional_properties = d
        return cache_control

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
