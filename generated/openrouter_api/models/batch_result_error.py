from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class BatchResultError(_ReadModel):
    """
    Attributes:
        type (str):
        message (str):
        param (None | str):
        error_type (str | None): Typed error code such as `context_length_exceeded` (open set).
    """

    __slots__ = (
        "type",
        "message",
        "param",
        "error_type",
        "additional_properties",
    )

    type: str
    message: str
    param: None | str
    error_type: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: str,
        message: str,
        param: None | str,
        error_type: str | None = None,
    ) -> None:
        self.type = type
        self.message = message
        self.param = param
        self.error_type = error_type
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "str"),
        ("message", "message", True, "str"),
        ("param", "param", True, "None | str"),
        ("error_type", "error_type", False, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        message = d.pop("message", None)
        param = d.pop("param", None)
        error_type = d.pop("error_type", None)
        batch_result_error = cls(
            type=type_,
            message=message,
            param=param,
            error_type=error_type,
        )
        batch_result_error.additional_properties = d
        return batch_result_error

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
