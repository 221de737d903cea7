from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class GenerationContentError(_ReadModel):
    """The failure stored for a generation.

    Attributes:
        status (int | None): HTTP status returned to the caller.
        message (None | str): Error message returned to the caller.
        provider_name (None | str): Provider whose error was returned, when known.
        raw (None | str): Raw error body, when stored.
        previous_errors (list[GenerationContentErrorAttempt]): Earlier failed attempts, in order.
    """

    __slots__ = (
        "status",
        "message",
        "provider_name",
        "raw",
        "previous_errors",
        "additional_properties",
    )

    status: int | None
    message: None | str
    provider_name: None | str
    raw: None | str
    previous_errors: list[GenerationContentErrorAttempt]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        status: int | None,
        message: None | str,
        provider_name: None | str,
        raw: None | str,
        previous_errors: list[GenerationContentErrorAttempt],
    ) -> None:
        self.status = status
        self.message = message
        self.provider_name = provider_name
        self.raw = raw
        self.previous_errors = previous_errors
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("status", "status", True, "int | None"),
        ("message", "message", True, "None | str"),
        ("provider_name", "provider_name", True, "None | str"),
        ("raw", "raw", True, "None | str"),
        ("previous_errors", "previous_errors", True, "list[GenerationContentErrorAttempt]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        status = d.pop("status", None)
        message = d.pop("message", None)
        provider_name = d.pop("provider_name", None)
        raw = d.pop("raw", None)
        _previous_errors = d.pop("previous_errors", None)
        previous_errors: Any = (
            [
                GenerationContentErrorAttempt.from_dict(i0) if isinstance(i0, dict) else i0
                for i0 in _previous_errors
            ]
            if isinstance(_previous_errors, list)
            else _previous_errors
        )
        generation_content_error = cls(
            status=status,
            message=message,
            provider_name=provider_name,
            raw=raw,
            previous_errors=previous_errors,
        )
        generation_content_error.additional_properties = d
        return generation_content_error

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
from ..models.generation_content_error_attempt import GenerationContentErrorAttempt  # noqa: E402
