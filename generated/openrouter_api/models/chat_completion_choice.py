from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.chat_finish_reason_known import ChatFinishReasonKnown
from ..types import ReadModel as _ReadModel


class ChatCompletionChoice(_ReadModel):
    """
    Attributes:
        index (int):
        message (ChatCompletionMessage): The assistant message of a choice.
        finish_reason (ChatFinishReasonKnown | None | str): Why generation stopped, normalised across providers.
        native_finish_reason (None | str): The finish reason exactly as the provider reported it.
        logprobs (ChatLogprobs | None):
        error (ChatCompletionError | None): A failure reported inside a 200 response (a failed choice, or a mid-stream
            error chunk).
    """

    __slots__ = (
        "index",
        "message",
        "finish_reason",
        "native_finish_reason",
        "logprobs",
        "error",
        "additional_properties",
    )

    index: int
    message: ChatCompletionMessage
    finish_reason: ChatFinishReasonKnown | None | str
    native_finish_reason: None | str
    logprobs: ChatLogprobs | None
    error: ChatCompletionError | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        index: int,
        message: ChatCompletionMessage,
        finish_reason: ChatFinishReasonKnown | None | str = None,
        native_finish_reason: None | str = None,
        logprobs: ChatLogprobs | None = None,
        error: ChatCompletionError | None = None,
    ) -> None:
        self.index = index
        self.message = message
        self.finish_reason = finish_reason
        self.native_finish_reason = native_finish_reason
        self.logprobs = logprobs
        self.error = error
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("index", "index", True, "int"),
        ("message", "message", True, "ChatCompletionMessage"),
        ("finish_reason", "finish_reason", False, "ChatFinishReasonKnown | None | str"),
        ("native_finish_reason", "native_finish_reason", False, "None | str"),
        ("logprobs", "logprobs", False, "ChatLogprobs | None"),
        ("error", "error", False, "ChatCompletionError"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        index = d.pop("index", None)
        _message = d.pop("message", None)
        message: Any = (
            ChatCompletionMessage.from_dict(_message) if isinstance(_message, dict) else _message
        )
        _finish_reason = d.pop("finish_reason", None)
        finish_reason: Any = _read_finish_reason(_finish_reason)
        native_finish_reason = d.pop("native_finish_reason", None)
        _logprobs = d.pop("logprobs", None)
        logprobs: Any = _read_logprobs(_logprobs)
        _error = d.pop("error", None)
        error: Any = ChatCompletionError.from_dict(_error) if isinstance(_error, dict) else _error
        chat_completion_choice = cls(
            index=index,
            message=message,
            finish_reason=finish_reason,
            native_finish_reason=native_finish_reason,
            logprobs=logprobs,
            error=error,
        )
        chat_completion_choice.additional_properties = d
        return chat_completion_choice

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


def _read_finish_reason(data: Any) -> Any:
    if isinstance(data, str):
        if data in ChatFinishReasonKnown._value2member_map_:
            return ChatFinishReasonKnown._value2member_map_[data]
    return data


def _read_logprobs(data: Any) -> Any:
    if isinstance(data, dict):
        return ChatLogprobs.from_dict(data)
    return data


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.chat_completion_error import ChatCompletionError  # noqa: E402
from ..models.chat_completion_message import ChatCompletionMessage  # noqa: E402
from ..models.chat_logprobs import ChatLogprobs  # noqa: E402
