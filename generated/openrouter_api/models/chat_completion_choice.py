from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..models.chat_finish_reason_known import ChatFinishReasonKnown
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.index = _json_get_("index")
        _message = _json_get_("message")
        message: Any = (
            ChatCompletionMessage.from_dict(_message) if isinstance(_message, dict) else _message
        )
        _new_model_.message = message
        _finish_reason = _json_get_("finish_reason")
        finish_reason: Any = (
            ChatFinishReasonKnown._value2member_map_.get(_finish_reason, _finish_reason)
            if isinstance(_finish_reason, str)
            else _finish_reason
        )
        _new_model_.finish_reason = finish_reason
        _new_model_.native_finish_reason = _json_get_("native_finish_reason")
        _logprobs = _json_get_("logprobs")
        logprobs: Any = (
            ChatLogprobs.from_dict(_logprobs) if isinstance(_logprobs, dict) else _logprobs
        )
        _new_model_.logprobs = logprobs
        _error = _json_get_("error")
        error: Any = ChatCompletionError.from_dict(_error) if isinstance(_error, dict) else _error
        _new_model_.error = error
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "index",
        "message",
        "finish_reason",
        "native_finish_reason",
        "logprobs",
        "error",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.chat_completion_error import ChatCompletionError  # noqa: E402
    from ..models.chat_completion_message import ChatCompletionMessage  # noqa: E402
    from ..models.chat_logprobs import ChatLogprobs  # noqa: E402
else:
    ChatCompletionError = _Deferred_(
        globals(), "..models.chat_completion_error", "ChatCompletionError"
    )
    ChatCompletionMessage = _Deferred_(
        globals(), "..models.chat_completion_message", "ChatCompletionMessage"
    )
    ChatLogprobs = _Deferred_(globals(), "..models.chat_logprobs", "ChatLogprobs")
