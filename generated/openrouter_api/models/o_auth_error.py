from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.o_auth_error_code_known import OAuthErrorCodeKnown
from ..types import ReadModel as _ReadModel


class OAuthError(_ReadModel):
    """RFC 6749 error body, used only by the token endpoint.

    Attributes:
        error (OAuthErrorCodeKnown | str):
        error_description (str):
    """

    __slots__ = (
        "error",
        "error_description",
        "additional_properties",
    )

    error: OAuthErrorCodeKnown | str
    error_description: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        error: OAuthErrorCodeKnown | str,
        error_description: str,
    ) -> None:
        self.error = error
        self.error_description = error_description
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("error", "error", True, "OAuthErrorCodeKnown | str"),
        ("error_description", "error_description", True, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        _error = d.pop("error", None)
        error: Any = _read_error(_error)
        error_description = d.pop("error_description", None)
        o_auth_error = cls(
            error=error,
            error_description=error_description,
        )
        o_auth_error.additional_properties = d
        return o_auth_error

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


def _read_error(data: Any) -> Any:
    if isinstance(data, str):
        if data in OAuthErrorCodeKnown._value2member_map_:
            return OAuthErrorCodeKnown._value2member_map_[data]
    return data
