from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseCodeInterpreterCall")


@_attrs_define
class ResponseCodeInterpreterCall:
    """
    Attributes:
        type_ (Literal['code_interpreter_call']):
        id (str):
        status (str):
        code (None | str | Unset):
        container_id (str | Unset):
        outputs (list[ResponseCodeInterpreterCallOutputsType0Item] | None | Unset): Logs, images and files the code
            produced.
    """

    type_: Literal["code_interpreter_call"]
    id: str
    status: str
    code: None | str | Unset = UNSET
    container_id: str | Unset = UNSET
    outputs: list[ResponseCodeInterpreterCallOutputsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        status = self.status

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        container_id = self.container_id

        outputs: list[dict[str, Any]] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, list):
            outputs = []
            for outputs_type_0_item_data in self.outputs:
                outputs_type_0_item = outputs_type_0_item_data.to_dict()
                outputs.append(outputs_type_0_item)

        else:
            outputs = self.outputs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "status": status,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if container_id is not UNSET:
            field_dict["container_id"] = container_id
        if outputs is not UNSET:
            field_dict["outputs"] = outputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["code_interpreter_call"]', d.pop("type"))
        if type_ != "code_interpreter_call":
            raise ValueError(f"type must match const 'code_interpreter_call', got '{type_}'")

        id = d.pop("id")

        status = d.pop("status")

        code = cast("None | str | Unset", d.pop("code", UNSET))

        container_id = d.pop("container_id", UNSET)

        def _parse_outputs(
            data: object,
        ) -> list[ResponseCodeInterpreterCallOutputsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                outputs_type_0 = []
                _outputs_type_0 = data
                for outputs_type_0_item_data in _outputs_type_0:
                    outputs_type_0_item = ResponseCodeInterpreterCallOutputsType0Item.from_dict(
                        outputs_type_0_item_data
                    )

                    outputs_type_0.append(outputs_type_0_item)

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[ResponseCodeInterpreterCallOutputsType0Item] | None | Unset", data)

        outputs = _parse_outputs(d.pop("outputs", UNSET))

        response_code_interpreter_call = cls(
            type_=type_,
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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.response_code_interpreter_call_outputs_type_0_item import (
    ResponseCodeInterpreterCallOutputsType0Item,  # noqa: E402
)
