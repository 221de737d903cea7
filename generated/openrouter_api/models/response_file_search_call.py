from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class ResponseFileSearchCall(_ReadModel):
    """
    Attributes:
        type (Literal['file_search_call']):
        id (str):
        status (str):
        queries (list[str] | None):
    """

    __slots__ = (
        "type",
        "id",
        "status",
        "queries",
        "additional_properties",
    )

    type: Literal["file_search_call"]
    id: str
    status: str
    queries: list[str] | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["file_search_call"],
        id: str,
        status: str,
        queries: list[str] | None = None,
    ) -> None:
        self.type = type
        self.id = id
        self.status = status
        self.queries = queries
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['file_search_call']"),
        ("id", "id", True, "str"),
        ("status", "status", True, "str"),
        ("queries", "queries", False, "list[str]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        id = d.pop("id", None)
        status = d.pop("status", None)
        queries = d.pop("queries", None)
        response_file_search_call = cls(
            type=type_,
            id=id,
            status=status,
            queries=queries,
        )
        response_file_search_call.additional_properties = d
        return response_file_search_call

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
