from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class FileAnnotationFile(_ReadModel):
    """
    Attributes:
        hash (str):
        name (str | None):
        content (list[FileAnnotationContent] | None): Extracted text and image parts.
    """

    __slots__ = (
        "hash",
        "name",
        "content",
        "additional_properties",
    )

    hash: str
    name: str | None
    content: list[FileAnnotationContent] | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        hash: str,
        name: str | None = None,
        content: list[FileAnnotationContent] | None = None,
    ) -> None:
        self.hash = hash
        self.name = name
        self.content = content
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("hash", "hash", True, "str"),
        ("name", "name", False, "str"),
        ("content", "content", False, "list[FileAnnotationContent]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        hash_ = d.pop("hash", None)
        name = d.pop("name", None)
        _content = d.pop("content", None)
        content: Any = (
            [FileAnnotationContent.from_dict(i0) if isinstance(i0, dict) else i0 for i0 in _content]
            if isinstance(_content, list)
            else _content
        )
        file_annotation_file = cls(
            hash=hash_,
            name=name,
            content=content,
        )
        file_annotation_file.additional_properties = d
        return file_annotation_file

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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.file_annotation_content import FileAnnotationContent  # noqa: E402
