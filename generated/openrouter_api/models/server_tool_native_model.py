from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ServerToolNativeModel(_ReadModel):
    """
    Attributes:
        slug (str):
        providers (list[str]):
    """

    __slots__ = (
        "slug",
        "providers",
        "additional_properties",
    )

    slug: str
    providers: list[str]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        slug: str,
        providers: list[str],
    ) -> None:
        self.slug = slug
        self.providers = providers
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("slug", "slug", True, "str"),
        ("providers", "providers", True, "list[str]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        slug = d.pop("slug", None)
        providers = d.pop("providers", None)
        server_tool_native_model = cls(
            slug=slug,
            providers=providers,
        )
        server_tool_native_model.additional_properties = d
        return server_tool_native_model

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
