from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ChatCompletionError(_ReadModel):
    """A failure reported inside a 200 response (a failed choice, or a mid-stream error chunk).

    Attributes:
        message (str):
        code (int | str | None): Usually the HTTP-style status as an integer; sometimes a string such as `server_error`.
        metadata (ChatCompletionErrorMetadata | None):
    """

    __slots__ = (
        "message",
        "code",
        "metadata",
        "additional_properties",
    )

    message: str
    code: int | str | None
    metadata: ChatCompletionErrorMetadata | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        message: str,
        code: int | str | None = None,
        metadata: ChatCompletionErrorMetadata | None = None,
    ) -> None:
        self.message = message
        self.code = code
        self.metadata = metadata
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("message", "message", True, "str"),
        ("code", "code", False, "int | str"),
        ("metadata", "metadata", False, "ChatCompletionErrorMetadata"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        message = d.pop("message", None)
        code = d.pop("code", None)
        _metadata = d.pop("metadata", None)
        metadata: Any = (
            ChatCompletionErrorMetadata.from_dict(_metadata)
            if isinstance(_metadata, dict)
            else _metadata
        )
        chat_completion_error = cls(
            message=message,
            code=code,
            metadata=metadata,
        )
        chat_completion_error.additional_properties = d
        return chat_completion_error

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
from ..models.chat_completion_error_metadata import ChatCompletionErrorMetadata  # noqa: E402
