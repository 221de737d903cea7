from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class ResponseFunctionCall(_ReadModel):
    """The model asks the caller to run a function.

    Attributes:
        type (Literal['function_call']):
        call_id (str): Echo this in the matching `function_call_output`.
        name (str):
        arguments (str): The arguments as a JSON string.
        id (None | str):
        namespace (None | str):
        async_ (bool | None):
        status (None | str):
    """

    __slots__ = (
        "type",
        "call_id",
        "name",
        "arguments",
        "id",
        "namespace",
        "async_",
        "status",
        "additional_properties",
    )

    type: Literal["function_call"]
    call_id: str
    name: str
    arguments: str
    id: None | str
    namespace: None | str
    async_: bool | None
    status: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["function_call"],
        call_id: str,
        name: str,
        arguments: str,
        id: None | str = None,
        namespace: None | str = None,
        async_: bool | None = None,
        status: None | str = None,
    ) -> None:
        self.type = type
        self.call_id = call_id
        self.name = name
        self.arguments = arguments
        self.id = id
        self.namespace = namespace
        self.async_ = async_
        self.status = status
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['function_call']"),
        ("call_id", "call_id", True, "str"),
        ("name", "name", True, "str"),
        ("arguments", "arguments", True, "str"),
        ("id", "id", False, "None | str"),
        ("namespace", "namespace", False, "None | str"),
        ("async_", "async", False, "bool | None"),
        ("status", "status", False, "None | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        call_id = d.pop("call_id", None)
        name = d.pop("name", None)
        arguments = d.pop("arguments", None)
        id = d.pop("id", None)
        namespace = d.pop("namespace", None)
        async_ = d.pop("async", None)
        status = d.pop("status", None)
        response_function_call = cls(
            type=type_,
            call_id=call_id,
            name=name,
            arguments=arguments,
            id=id,
            namespace=namespace,
            async_=async_,
            status=status,
        )
        response_function_call.additional_properties = d
        return response_function_call

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
