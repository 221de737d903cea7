from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.image_url_detail_known import ImageUrlDetailKnown
from ..types import UNSET, Unset
from ..types import Model as _Model


class ImageUrl(_Model):
    """
    Attributes:
        url (str): An http(s) URL or a `data:image/...;base64,` URL.
        detail (ImageUrlDetailKnown | str | Unset): Resolution hint; `original` is an OpenRouter extension that falls
            back to `high` where unsupported.
    """

    __slots__ = (
        "url",
        "detail",
        "additional_properties",
    )

    url: str
    detail: ImageUrlDetailKnown | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        url: str,
        detail: ImageUrlDetailKnown | str | Unset = UNSET,
    ) -> None:
        self.url = url
        self.detail = detail
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        detail: str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, ImageUrlDetailKnown):
            detail = self.detail.value
        else:
            detail = self.detail

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

        def _parse_detail(data: object) -> ImageUrlDetailKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                detail_detail_known = ImageUrlDetailKnown._parse(data)

                return detail_detail_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ImageUrlDetailKnown | str | Unset", data)

        detail = _parse_detail(d.pop("detail", UNSET))

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
