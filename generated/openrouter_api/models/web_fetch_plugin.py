from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class WebFetchPlugin(_Model):
    """Lets the model fetch web pages.

    Attributes:
        id (Literal['web-fetch']):
        allowed_domains (list[str] | Unset):
        blocked_domains (list[str] | Unset):
        max_content_tokens (int | Unset): Fetched content longer than this (approximate tokens) is cut.
        max_uses (int | Unset):
    """

    __slots__ = (
        "id",
        "allowed_domains",
        "blocked_domains",
        "max_content_tokens",
        "max_uses",
        "additional_properties",
    )

    id: Literal["web-fetch"]
    allowed_domains: list[str] | Unset
    blocked_domains: list[str] | Unset
    max_content_tokens: int | Unset
    max_uses: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: Literal["web-fetch"],
        allowed_domains: list[str] | Unset = UNSET,
        blocked_domains: list[str] | Unset = UNSET,
        max_content_tokens: int | Unset = UNSET,
        max_uses: int | Unset = UNSET,
    ) -> None:
        self.id = id
        self.allowed_domains = allowed_domains
        self.blocked_domains = blocked_domains
        self.max_content_tokens = max_content_tokens
        self.max_uses = max_uses
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        allowed_domains: list[str] | Unset = UNSET
        if not isinstance(self.allowed_domains, Unset):
            allowed_domains = self.allowed_domains

        blocked_domains: list[str] | Unset = UNSET
        if not isinstance(self.blocked_domains, Unset):
            blocked_domains = self.blocked_domains

        max_content_tokens = self.max_content_tokens

        max_uses = self.max_uses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if blocked_domains is not UNSET:
            field_dict["blocked_domains"] = blocked_domains
        if max_content_tokens is not UNSET:
            field_dict["max_content_tokens"] = max_content_tokens
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast('Literal["web-fetch"]', d.pop("id"))
        if id != "web-fetch":
            raise ValueError(f"id must match const 'web-fetch', got '{id}'")

        allowed_domains = cast("list[str]", d.pop("allowed_domains", UNSET))

        blocked_domains = cast("list[str]", d.pop("blocked_domains", UNSET))

        max_content_tokens = d.pop("max_content_tokens", UNSET)

        max_uses = d.pop("max_uses", UNSET)

        web_fetch_plugin = cls(
            id=id,
            allowed_domains=allowed_domains,
            blocked_domains=blocked_domains,
            max_content_tokens=max_content_tokens,
            max_uses=max_uses,
        )

        web_fetch_plugin.additional_properties = d
        return web_fetch_plugin

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
