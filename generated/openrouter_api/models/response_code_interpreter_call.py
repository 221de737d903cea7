from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.type = _json_get_("type")
        _new_model_.id = _json_get_("id")
        _new_model_.status = _json_get_("status")
        _new_model_.code = _json_get_("code")
        _new_model_.container_id = _json_get_("container_id")
        _outputs = _json_get_("outputs")
        outputs: Any = _read_outputs(_outputs)
        _new_model_.outputs = outputs
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "id",
        "status",
        "code",
        "container_id",
        "outputs",
    )
)


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


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.response_code_interpreter_call_outputs_type_0_item import (
        ResponseCodeInterpreterCallOutputsType0Item,  # noqa: E402
    )
else:
    ResponseCodeInterpreterCallOutputsType0Item = _Deferred_(
        globals(),
        "..models.response_code_interpreter_call_outputs_type_0_item",
        "ResponseCodeInterpreterCallOutputsType0Item",
    )
