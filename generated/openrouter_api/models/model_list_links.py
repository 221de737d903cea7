from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ModelListLinks(_ReadModel):
    """
    Attributes:
        next (None | str): URL of the next page, null on the last page.
    """

    __slots__ = (
        "next",
        "additional_properties",
    )

    next: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        next: None | str = None,
    ) -> None:
        self.next = next
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("next", "next", False, "None | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        next_ = d.pop("next", None)
        model_list_links = cls(
            next=next_,
        )
        model_list_links.additional_properties = d
        return model_list_links

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
