from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_function_call_output_input_status import (
    ResponseFunctionCallOutputInputStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseFunctionCallOutputInput")


@_attrs_define
class ResponseFunctionCallOutputInput:
    """The result of a function call, sent back to the model.

    Attributes:
        type_ (Literal['function_call_output']):
        call_id (str): The `call_id` of the function call this answers.
        output (list[ResponseInputFile | ResponseInputImage | ResponseInputText] | str): The result as text, or as
            text/image/file parts.
        id (None | str | Unset):
        status (ResponseFunctionCallOutputInputStatus | Unset):
    """

    type_: Literal["function_call_output"]
    call_id: str
    output: list[ResponseInputFile | ResponseInputImage | ResponseInputText] | str
    id: None | str | Unset = UNSET
    status: ResponseFunctionCallOutputInputStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        call_id = self.call_id

        output: list[dict[str, Any]] | str
        if isinstance(self.output, list):
            output = []
            for output_type_1_item_data in self.output:
                output_type_1_item: dict[str, Any]
                if isinstance(output_type_1_item_data, ResponseInputText):
                    output_type_1_item = output_type_1_item_data.to_dict()
                elif isinstance(output_type_1_item_data, ResponseInputImage):
                    output_type_1_item = output_type_1_item_data.to_dict()
                else:
                    output_type_1_item = output_type_1_item_data.to_dict()

                output.append(output_type_1_item)

        else:
            output = self.output

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "call_id": call_id,
                "output": output,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["function_call_output"]', d.pop("type"))
        if type_ != "function_call_output":
            raise ValueError(f"type must match const 'function_call_output', got '{type_}'")

        call_id = d.pop("call_id")

        def _parse_output(
            data: object,
        ) -> list[ResponseInputFile | ResponseInputImage | ResponseInputText] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()

                def _parse_output_type_1_item(
                    data: object,
                ) -> ResponseInputFile | ResponseInputImage | ResponseInputText:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_1_item_type_0 = ResponseInputText.from_dict(data)

                        return output_type_1_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_1_item_type_1 = ResponseInputImage.from_dict(data)

                        return output_type_1_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    output_type_1_item_type_2 = ResponseInputFile.from_dict(data)

                    return output_type_1_item_type_2

                output_type_1 = []
                _output_type_1 = data
                for output_type_1_item_data in _output_type_1:
                    output_type_1_item = _parse_output_type_1_item(output_type_1_item_data)
                    output_type_1.append(output_type_1_item)

                return output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[ResponseInputFile | ResponseInputImage | ResponseInputText] | str", data
            )

        output = _parse_output(d.pop("output"))

        id = cast("None | str | Unset", d.pop("id", UNSET))

        _status = d.pop("status", UNSET)
        status: ResponseFunctionCallOutputInputStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ResponseFunctionCallOutputInputStatus._parse(_status)

        response_function_call_output_input = cls(
            type_=type_,
            call_id=call_id,
            output=output,
            id=id,
            status=status,
        )

        response_function_call_output_input.additional_properties = d
        return response_function_call_output_input

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
from ..models.response_input_file import ResponseInputFile  # noqa: E402
from ..models.response_input_image import ResponseInputImage  # noqa: E402
from ..models.response_input_text import ResponseInputText  # noqa: E402
