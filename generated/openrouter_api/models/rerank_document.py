from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class RerankDocument(_ReadModel):
    """A document given as text, an image, or both.

    Attributes:
        text (str | None):
        image (str | None): Image URL or base64 data URL.
    """

    __slots__ = (
        "text",
        "image",
        "additional_properties",
    )

    text: str | None
    image: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        text: str | None = None,
        image: str | None = None,
    ) -> None:
        self.text = text
        self.image = image
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("text", "text", False, "str"),
        ("image", "image", False, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        text = d.pop("text", None)
        image = d.pop("image", None)
        rerank_document = cls(
            text=text,
            image=image,
        )
        rerank_document.additional_properties = d
        return rerank_document

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
