from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class ResponseFileCitation(_ReadModel):
    """
    Attributes:
        type (Literal['file_citation']):
        file_id (str):
        filename (str):
        index (int):
    """

    __slots__ = (
        "type",
        "file_id",
        "filename",
        "index",
        "additional_properties",
    )

    type: Literal["file_citation"]
    file_id: str
    filename: str
    index: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["file_citation"],
        file_id: str,
        filename: str,
        index: int,
    ) -> None:
        self.type = type
        self.file_id = file_id
        self.filename = filename
        self.index = index
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['file_citation']"),
        ("file_id", "file_id", True, "str"),
        ("filename", "filename", True, "str"),
        ("index", "index", True, "int"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        file_id = d.pop("file_id", None)
        filename = d.pop("filename", None)
        index = d.pop("index", None)
        response_file_citation = cls(
            type=type_,
            file_id=file_id,
            filename=filename,
            index=index,
        )
        response_file_citation.additional_properties = d
        return response_file_citation

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
