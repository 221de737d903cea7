from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class ResponseCodeInterpreterCall(_ReadModel):
    """
    Attributes:
        type (Literal['code_interpreter_call']):
        id (str):
        status (str):
        code (None | str):
        container_id (str | None):
        outputs (list[ResponseCodeInterpreterCallOutputsType0Item] | None): Logs, images and files the code produced.
    """

    __slots__ = (
        "type",
        "id",
        "status",
        "code",
        "container_id",
        "outputs",
        "additional_properties",
    )

    type: Literal["code_interpreter_call"]
    id: str
    status: str
    code: None | str
    container_id: str | None
    outputs: list[ResponseCodeInterpreterCallOutputsType0Item] | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["code_interpreter_call"],
        id: str,
        status: str,
        code: None | str = None,
        container_id: str | None = None,
        outputs: list[ResponseCodeInterpreterCallOutputsType0Item] | None = None,
    ) -> None:
        self.type = type
        self.id = id
        self.status = status
        self.code = code
        self.container_id = container_id
        self.outputs = outputs
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['code_interpreter_call']"),
        ("id", "id", True, "str"),
        ("status", "status", True, "str"),
        ("code", "code", False, "None | str"),
        ("container_id", "container_id", False, "str"),
        ("outputs", "outputs", False, "list[ResponseCodeInterpreterCallOutputsType0Item] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        id = d.pop("id", None)
        status = d.pop("status", None)
        code = d.pop("code", None)
        container_id = d.pop("container_id", None)
        _outputs = d.pop("outputs", None)
        outputs: Any = _read_outputs(_outputs)
        response_code_interpreter_call = cls(
            type=type_,
            id=id,
            status=status,
            code=code,
            container_id=container_id,
            outputs=outputs,
        )
        response_code_interpreter_call.additional_properties = d
        return response_code_interpreter_call

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


def _read_outputs(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [
                ResponseCodeInterpreterCallOutputsType0Item.from_dict(i0)
                if isinstance(i0, dict)
                else i0
                for i0 in data
            ]
            if isinstance(data, list)
            else data
        )
    return data


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.response_code_interpreter_call_outputs_type_0_item import (
    ResponseCodeInterpreterCallOutputsType0Item,  # noqa: E402
)
