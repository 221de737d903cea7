from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ModelAliasTarget(_ReadModel):
    """The concrete model a `~author/family-latest` alias currently points to.

    Attributes:
        slug (str):
        name (str | None):
    """

    __slots__ = (
        "slug",
        "name",
        "additional_properties",
    )

    slug: str
    name: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        slug: str,
        name: str | None = None,
    ) -> None:
        self.slug = slug
        self.name = name
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("slug", "slug", True, "str"),
        ("name", "name", False, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        slug = d.pop("slug", None)
        name = d.pop("name", None)
        model_alias_target = cls(
            slug=slug,
            name=name,
        )
        model_alias_target.additional_properties = d
        return model_alias_target

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
