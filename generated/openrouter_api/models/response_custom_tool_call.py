from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class ResponseCustomToolCall(_ReadModel):
    """
    Attributes:
        type (Literal['custom_tool_call']):
        call_id (str):
        name (str):
        input (str):
        id (None | str):
        namespace (None | str):
        status (None | str):
    """

    __slots__ = (
        "type",
        "call_id",
        "name",
        "input",
        "id",
        "namespace",
        "status",
        "additional_properties",
    )

    type: Literal["custom_tool_call"]
    call_id: str
    name: str
    input: str
    id: None | str
    namespace: None | str
    status: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["custom_tool_call"],
        call_id: str,
        name: str,
        input: str,
        id: None | str = None,
        namespace: None | str = None,
        status: None | str = None,
    ) -> None:
        self.type = type
        self.call_id = call_id
        self.name = name
        self.input = input
        self.id = id
        self.namespace = namespace
        self.status = status
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['custom_tool_call']"),
        ("call_id", "call_id", True, "str"),
        ("name", "name", True, "str"),
        ("input", "input", True, "str"),
        ("id", "id", False, "None | str"),
        ("namespace", "namespace", False, "None | str"),
        ("status", "status", False, "None | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        call_id = d.pop("call_id", None)
        name = d.pop("name", None)
        input_ = d.pop("input", None)
        id = d.pop("id", None)
        namespace = d.pop("namespace", None)
        status = d.pop("status", None)
        response_custom_tool_call = cls(
            type=type_,
            call_id=call_id,
            name=name,
            input=input_,
            id=id,
            namespace=namespace,
            status=status,
        )
        response_custom_tool_call.additional_properties = d
        return response_custom_tool_call

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
