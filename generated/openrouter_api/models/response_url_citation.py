from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class ResponseUrlCitation(_ReadModel):
    """
    Attributes:
        type (Literal['url_citation']):
        url (str):
        title (str):
        start_index (int):
        end_index (int):
        content (str | None): Excerpt of the cited page.
    """

    __slots__ = (
        "type",
        "url",
        "title",
        "start_index",
        "end_index",
        "content",
        "additional_properties",
    )

    type: Literal["url_citation"]
    url: str
    title: str
    start_index: int
    end_index: int
    content: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["url_citation"],
        url: str,
        title: str,
        start_index: int,
        end_index: int,
        content: str | None = None,
    ) -> None:
        self.type = type
        self.url = url
        self.title = title
        self.start_index = start_index
        self.end_index = end_index
        self.content = content
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['url_citation']"),
        ("url", "url", True, "str"),
        ("title", "title", True, "str"),
        ("start_index", "start_index", True, "int"),
        ("end_index", "end_index", True, "int"),
        ("content", "content", False, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        url = d.pop("url", None)
        title = d.pop("title", None)
        start_index = d.pop("start_index", None)
        end_index = d.pop("end_index", None)
        content = d.pop("content", None)
        response_url_citation = cls(
            type=type_,
            url=url,
            title=title,
            start_index=start_index,
            end_index=end_index,
            content=content,
        )
        response_url_citation.additional_properties = d
        return response_url_citation

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
