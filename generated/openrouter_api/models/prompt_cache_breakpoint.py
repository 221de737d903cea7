from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class PromptCacheBreakpoint(_ReadModel):
    """
    Attributes:
        mode (Literal['explicit']):
        ttl (None | str): Lifetime for this boundary, `30m` or `12h`; overrides `prompt_cache_options.ttl`.
    """

    __slots__ = (
        "mode",
        "ttl",
        "additional_properties",
    )

    mode: Literal["explicit"]
    ttl: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        mode: Literal["explicit"],
        ttl: None | str = None,
    ) -> None:
        self.mode = mode
        self.ttl = ttl
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("mode", "mode", True, "Literal['explicit']"),
        ("ttl", "ttl", False, "None | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        mode = d.pop("mode", None)
        ttl = d.pop("ttl", None)
        prompt_cache_breakpoint = cls(
            mode=mode,
            ttl=ttl,
        )
        prompt_cache_breakpoint.additional_properties = d
        return prompt_cache_breakpoint

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
