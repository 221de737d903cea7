from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ResponseUnknownOutputItem(_ReadModel):
    """An output item of another type, for example `computer_call`, `shell_call`,
    `tool_search_call` or an OpenRouter server-tool item such as `openrouter:web_search`.

        Attributes:
            type (str):
            id (str | None):
            status (str | None):
    """

    __slots__ = (
        "type",
        "id",
        "status",
        "additional_properties",
    )

    type: str
    id: str | None
    status: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: str,
        id: str | None = None,
        status: str | None = None,
    ) -> None:
        self.type = type
        self.id = id
        self.status = status
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "str"),
        ("id", "id", False, "str"),
        ("status", "status", False, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        id = d.pop("id", None)
        status = d.pop("status", None)
        response_unknown_output_item = cls(
            type=type_,
            id=id,
            status=status,
        )
        response_unknown_output_item.additional_properties = d
        return response_unknown_output_item

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
