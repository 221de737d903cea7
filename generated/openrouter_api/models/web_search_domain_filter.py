from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class WebSearchDomainFilter(_ReadModel):
    """
    Attributes:
        allowed_domains (list[str] | None):
        blocked_domains (list[str] | None):
        excluded_domains (list[str] | None):
    """

    __slots__ = (
        "allowed_domains",
        "blocked_domains",
        "excluded_domains",
        "additional_properties",
    )

    allowed_domains: list[str] | None
    blocked_domains: list[str] | None
    excluded_domains: list[str] | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        allowed_domains: list[str] | None = None,
        blocked_domains: list[str] | None = None,
        excluded_domains: list[str] | None = None,
    ) -> None:
        self.allowed_domains = allowed_domains
        self.blocked_domains = blocked_domains
        self.excluded_domains = excluded_domains
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("allowed_domains", "allowed_domains", False, "list[str] | None"),
        ("blocked_domains", "blocked_domains", False, "list[str] | None"),
        ("excluded_domains", "excluded_domains", False, "list[str] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        allowed_domains = d.pop("allowed_domains", None)
        blocked_domains = d.pop("blocked_domains", None)
        excluded_domains = d.pop("excluded_domains", None)
        web_search_domain_filter = cls(
            allowed_domains=allowed_domains,
            blocked_domains=blocked_domains,
            excluded_domains=excluded_domains,
        )
        web_search_domain_filter.additional_properties = d
        return web_search_domain_filter

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
