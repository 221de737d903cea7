from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class ResponseApplyPatchCall(_ReadModel):
    """
    Attributes:
        type (Literal['apply_patch_call']):
        id (str):
        call_id (str):
        status (str):
        operation (ResponseApplyPatchCallOperation): `create_file`, `update_file` or `delete_file` with its path and
            diff.
    """

    __slots__ = (
        "type",
        "id",
        "call_id",
        "status",
        "operation",
        "additional_properties",
    )

    type: Literal["apply_patch_call"]
    id: str
    call_id: str
    status: str
    operation: ResponseApplyPatchCallOperation
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["apply_patch_call"],
        id: str,
        call_id: str,
        status: str,
        operation: ResponseApplyPatchCallOperation,
    ) -> None:
        self.type = type
        self.id = id
        self.call_id = call_id
        self.status = status
        self.operation = operation
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['apply_patch_call']"),
        ("id", "id", True, "str"),
        ("call_id", "call_id", True, "str"),
        ("status", "status", True, "str"),
        ("operation", "operation", True, "ResponseApplyPatchCallOperation"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        id = d.pop("id", None)
        call_id = d.pop("call_id", None)
        status = d.pop("status", None)
        _operation = d.pop("operation", None)
        operation: Any = (
            ResponseApplyPatchCallOperation.from_dict(_operation)
            if isinstance(_operation, dict)
            else _operation
        )
        response_apply_patch_call = cls(
            type=type_,
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
