from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class PromptCacheOptions(_Model):
    """With `mode` explicit only parts marked with `prompt_cache_breakpoint` are cached.

    Attributes:
        mode (Literal['explicit']):
        ttl (None | str | Unset): Minimum lifetime of every written breakpoint, `30m` (server default) or `12h` (billed
            higher).
    """

    __slots__ = (
        "mode",
        "ttl",
        "additional_properties",
    )

    mode: Literal["explicit"]
    ttl: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        mode: Literal["explicit"],
        ttl: None | str | Unset = UNSET,
    ) -> None:
        self.mode = mode
        self.ttl = ttl
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        ttl: None | str | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        else:
            ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mode = cast('Literal["explicit"]', d.pop("mode"))
        if mode != "explicit":
            raise ValueError(f"mode must match const 'explicit', got '{mode}'")

        ttl = cast("None | str | Unset", d.pop("ttl", UNSET))

        prompt_cache_options = cls(
            mode=mode,
            ttl=ttl,
        )

        prompt_cache_options.additional_properties = d
        return prompt_cache_options

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
