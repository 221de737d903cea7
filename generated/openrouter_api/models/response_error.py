from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ResponseError(_ReadModel):
    """Why a response failed.

    Attributes:
        code (str): OpenAI-style code such as `server_error`, `rate_limit_exceeded` or `invalid_prompt` (open set).
        message (str):
        metadata (ResponseErrorMetadata | None):
    """

    __slots__ = (
        "code",
        "message",
        "metadata",
        "additional_properties",
    )

    code: str
    message: str
    metadata: ResponseErrorMetadata | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        code: str,
        message: str,
        metadata: ResponseErrorMetadata | None = None,
    ) -> None:
        self.code = code
        self.message = message
        self.metadata = metadata
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("code", "code", True, "str"),
        ("message", "message", True, "str"),
        ("metadata", "metadata", False, "ResponseErrorMetadata"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        code = d.pop("code", None)
        message = d.pop("message", None)
        _metadata = d.pop("metadata", None)
        metadata: Any = (
            ResponseErrorMetadata.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        )
        response_error = cls(
            code=code,
            message=message,
            metadata=metadata,
        )
        response_error.additional_properties = d
        return response_error

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
from ..models.response_error_metadata import ResponseErrorMetadata  # noqa: E402
