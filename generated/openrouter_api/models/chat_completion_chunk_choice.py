from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..models.chat_finish_reason_known import ChatFinishReasonKnown
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ChatCompletionChunkChoice(_ReadModel):
    """
    Attributes:
        index (int):
        delta (ChatCompletionDelta): The part of the assistant message added by this chunk.
        finish_reason (ChatFinishReasonKnown | None | str): Null until the last content chunk of the choice.
        native_finish_reason (None | str):
        logprobs (ChatLogprobs | None):
    """

    __slots__ = (
        "index",
        "delta",
        "finish_reason",
        "native_finish_reason",
        "logprobs",
        "additional_properties",
    )

    index: int
    delta: ChatCompletionDelta
    finish_reason: ChatFinishReasonKnown | None | str
    native_finish_reason: None | str
    logprobs: ChatLogprobs | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        index: int,
        delta: ChatCompletionDelta,
        finish_reason: ChatFinishReasonKnown | None | str = None,
        native_finish_reason: None | str = None,
        logprobs: ChatLogprobs | None = None,
    ) -> None:
        self.index = index
        self.delta = delta
        self.finish_reason = finish_reason
        self.native_finish_reason = native_finish_reason
        self.logprobs = logprobs
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("index", "index", True, "int"),
        ("delta", "delta", True, "ChatCompletionDelta"),
        ("finish_reason", "finish_reason", False, "ChatFinishReasonKnown | None | str"),
        ("native_finish_reason", "native_finish_reason", False, "None | str"),
        ("logprobs", "logprobs", False, "ChatLogprobs | None"),
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
        _delta = _json_get_("delta")
        delta: Any = ChatCompletionDelta.from_dict(_delta) if isinstance(_delta, dict) else _delta
        _new_model_.delta = delta
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
        "delta",
        "finish_reason",
        "native_finish_reason",
        "logprobs",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.chat_completion_delta import ChatCompletionDelta  # noqa: E402
    from ..models.chat_logprobs import ChatLogprobs  # noqa: E402
else:
    ChatCompletionDelta = _Deferred_(
        globals(), "..models.chat_completion_delta", "ChatCompletionDelta"
    )
    ChatLogprobs = _Deferred_(globals(), "..models.chat_logprobs", "ChatLogprobs")
