from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ImageStreamError(_ReadModel):
    """
    Attributes:
        message (str):
        code (None | str):
        type (None | str):
        param (None | str):
    """

    __slots__ = (
        "message",
        "code",
        "type",
        "param",
        "additional_properties",
    )

    message: str
    code: None | str
    type: None | str
    param: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        message: str,
        code: None | str = None,
        type: None | str = None,
        param: None | str = None,
    ) -> None:
        self.message = message
        self.code = code
        self.type = type
        self.param = param
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("message", "message", True, "str"),
        ("code", "code", False, "None | str"),
        ("type", "type", False, "None | str"),
        ("param", "param", False, "None | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        message = d.pop("message", None)
        code = d.pop("code", None)
        type_ = d.pop("type", None)
        param = d.pop("param", None)
        image_stream_error = cls(
            message=message,
            code=code,
            type=type_,
            param=param,
        )
        image_stream_error.additional_properties = d
        return image_stream_error

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
