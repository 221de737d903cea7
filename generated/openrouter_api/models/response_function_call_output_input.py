from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..models.response_function_call_output_input_status_known import (
    ResponseFunctionCallOutputInputStatusKnown,
)
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ResponseFunctionCallOutputInput(_ReadModel):
    """The result of a function call, sent back to the model.

    Attributes:
        type (Literal['function_call_output']):
        call_id (str): The `call_id` of the function call this answers.
        output (list[ResponseInputFile | ResponseInputImage | ResponseInputText] | str): The result as text, or as
            text/image/file parts.
        id (None | str):
        status (ResponseFunctionCallOutputInputStatusKnown | str | None):
    """

    __slots__ = (
        "type",
        "call_id",
        "output",
        "id",
        "status",
        "additional_properties",
    )

    type: Literal["function_call_output"]
    call_id: str
    output: list[ResponseInputFile | ResponseInputImage | ResponseInputText] | str
    id: None | str
    status: ResponseFunctionCallOutputInputStatusKnown | str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["function_call_output"],
        call_id: str,
        output: list[ResponseInputFile | ResponseInputImage | ResponseInputText] | str,
        id: None | str = None,
        status: ResponseFunctionCallOutputInputStatusKnown | str | None = None,
    ) -> None:
        self.type = type
        self.call_id = call_id
        self.output = output
        self.id = id
        self.status = status
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['function_call_output']"),
        ("call_id", "call_id", True, "str"),
        (
            "output",
            "output",
            True,
            "list[ResponseInputFile | ResponseInputImage | ResponseInputText] | str",
        ),
        ("id", "id", False, "None | str"),
        ("status", "status", False, "ResponseFunctionCallOutputInputStatusKnown | str"),
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
        _new_model_.call_id = _json_get_("call_id")
        _output = _json_get_("output")
        output: Any = _read_output(_output)
        _new_model_.output = output
        _new_model_.id = _json_get_("id")
        _status = _json_get_("status")
        status: Any = (
            ResponseFunctionCallOutputInputStatusKnown._value2member_map_.get(_status, _status)
            if isinstance(_status, str)
            else _status
        )
        _new_model_.status = status
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
        "call_id",
        "output",
        "id",
        "status",
    )
)


def _read_output(data: Any) -> Any:
    if isinstance(data, list):
        return [_read_output_type_1_item(i0) for i0 in data] if isinstance(data, list) else data
    return data


def _read_output_type_1_item(data: Any) -> Any:
    if isinstance(data, dict):
        if data.get("type") == "input_text":
            return ResponseInputText.from_dict(data)
        if data.get("type") == "input_image":
            return ResponseInputImage.from_dict(data)
        if data.get("type") == "input_file":
            return ResponseInputFile.from_dict(data)
        return data
    return data


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.response_input_file import ResponseInputFile  # noqa: E402
    from ..models.response_input_image import ResponseInputImage  # noqa: E402
    from ..models.response_input_text import ResponseInputText  # noqa: E402
else:
    ResponseInputFile = _Deferred_(globals(), "..models.response_input_file", "ResponseInputFile")
    ResponseInputImage = _Deferred_(
        globals(), "..models.response_input_image", "ResponseInputImage"
    )
    ResponseInputText = _Deferred_(globals(), "..models.response_input_text", "ResponseInputText")
