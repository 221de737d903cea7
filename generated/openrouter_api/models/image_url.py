from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..models.image_url_detail import ImageUrlDetail
from ..types import UNSET, Unset
from ..types import Model as _Model


class ImageUrl(_Model):
    """
    Attributes:
        url (str): An http(s) URL or a `data:image/...;base64,` URL.
        detail (ImageUrlDetail | Unset): Resolution hint; `original` is an OpenRouter extension that falls back to
            `high` where unsupported.
    """

    __slots__ = (
        "url",
        "detail",
        "additional_properties",
    )

    url: str
    detail: ImageUrlDetail | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        url: str,
        detail: ImageUrlDetail | Unset = UNSET,
    ) -> None:
        self.url = url
        self.detail = detail
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        _detail = d.pop("detail", UNSET)
        detail: ImageUrlDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = ImageUrlDetail._parse(_detail)

        image_url = cls(
            url=url,
            detail=detail,
        )

        image_url.additional_properties = d
        return image_url

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
