from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ChatGeneratedImageUrl(_ReadModel):
    """
    Attributes:
        url (str): Usually a `data:image/png;base64,` URL.
    """

    __slots__ = (
        "url",
        "additional_properties",
    )

    url: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        url: str,
    ) -> None:
        self.url = url
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("url", "url", True, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        url = d.pop("url", None)
        chat_generated_image_url = cls(
            url=url,
        )
        chat_generated_image_url.additional_properties = d
        return chat_generated_image_url

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
