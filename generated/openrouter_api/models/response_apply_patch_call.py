from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponseApplyPatchCall")


@_attrs_define
class ResponseApplyPatchCall:
    """
    Attributes:
        type_ (Literal['apply_patch_call']):
        id (str):
        call_id (str):
        status (str):
        operation (ResponseApplyPatchCallOperation): `create_file`, `update_file` or `delete_file` with its path and
            diff.
    """

    type_: Literal["apply_patch_call"]
    id: str
    call_id: str
    status: str
    operation: ResponseApplyPatchCallOperation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        call_id = self.call_id

        status = self.status

        operation = self.operation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "call_id": call_id,
                "status": status,
                "operation": operation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["apply_patch_call"]', d.pop("type"))
        if type_ != "apply_patch_call":
            raise ValueError(f"type must match const 'apply_patch_call', got '{type_}'")

        id = d.pop("id")

        call_id = d.pop("call_id")

        status = d.pop("status")

        operation = ResponseApplyPatchCallOperation.from_dict(d.pop("operation"))

        response_apply_patch_call = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            status=status,
            operation=operation,
        )

        response_apply_patch_call.additional_properties = d
        return response_apply_patch_call

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
from ..models.response_apply_patch_call_operation import ResponseApplyPatchCallOperation  # noqa: E402
