from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class GenerationContentErrorAttempt(_ReadModel):
    """One failed upstream attempt.

    Attributes:
        code (int): HTTP status of the attempt.
        message (str): Error message of the attempt.
        provider_name (None | str): Provider of the attempt, when known.
        raw (None | str): Raw provider error body, when stored.
    """

    __slots__ = (
        "code",
        "message",
        "provider_name",
        "raw",
        "additional_properties",
    )

    code: int
    message: str
    provider_name: None | str
    raw: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        code: int,
        message: str,
        provider_name: None | str,
        raw: None | str,
    ) -> None:
        self.code = code
        self.message = message
        self.provider_name = provider_name
        self.raw = raw
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("code", "code", True, "int"),
        ("message", "message", True, "str"),
        ("provider_name", "provider_name", True, "None | str"),
        ("raw", "raw", True, "None | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        code = d.pop("code", None)
        message = d.pop("message", None)
        provider_name = d.pop("provider_name", None)
        raw = d.pop("raw", None)
        generation_content_error_attempt = cls(
            code=code,
            message=message,
            provider_name=provider_name,
            raw=raw,
        )
        generation_content_error_attempt.additional_properties = d
        return generation_content_error_attempt

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
