from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class MessageStreamDelta(_ReadModel):
    """The change carried by a delta event: `text_delta` (text), `input_json_delta`
    (partial_json), `thinking_delta` (thinking), `signature_delta` (signature),
    `citations_delta` (citation), or on `message_delta` the final `stop_reason`.

        Attributes:
            type (str | None):
            text (str | None):
            partial_json (str | None):
            thinking (str | None):
            signature (str | None):
            citation (MessageStreamDeltaCitation | None):
            stop_reason (None | str):
            stop_sequence (None | str):
    """

    __slots__ = (
        "type",
        "text",
        "partial_json",
        "thinking",
        "signature",
        "citation",
        "stop_reason",
        "stop_sequence",
        "additional_properties",
    )

    type: str | None
    text: str | None
    partial_json: str | None
    thinking: str | None
    signature: str | None
    citation: MessageStreamDeltaCitation | None
    stop_reason: None | str
    stop_sequence: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: str | None = None,
        text: str | None = None,
        partial_json: str | None = None,
        thinking: str | None = None,
        signature: str | None = None,
        citation: MessageStreamDeltaCitation | None = None,
        stop_reason: None | str = None,
        stop_sequence: None | str = None,
    ) -> None:
        self.type = type
        self.text = text
        self.partial_json = partial_json
        self.thinking = thinking
        self.signature = signature
        self.citation = citation
        self.stop_reason = stop_reason
        self.stop_sequence = stop_sequence
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", False, "str"),
        ("text", "text", False, "str"),
        ("partial_json", "partial_json", False, "str"),
        ("thinking", "thinking", False, "str"),
        ("signature", "signature", False, "str"),
        ("citation", "citation", False, "MessageStreamDeltaCitation"),
        ("stop_reason", "stop_reason", False, "None | str"),
        ("stop_sequence", "stop_sequence", False, "None | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.type = _json_get_("type")
        _new_model_.text = _json_get_("text")
        _new_model_.partial_json = _json_get_("partial_json")
        _new_model_.thinking = _json_get_("thinking")
        _new_model_.signature = _json_get_("signature")
        _citation = _json_get_("citation")
        citation: Any = (
            MessageStreamDeltaCitation.from_dict(_citation)
            if isinstance(_citation, dict)
            else _citation
        )
        _new_model_.citation = citation
        _new_model_.stop_reason = _json_get_("stop_reason")
        _new_model_.stop_sequence = _json_get_("stop_sequence")
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
        "type",
        "text",
        "partial_json",
        "thinking",
        "signature",
        "citation",
        "stop_reason",
        "stop_sequence",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.message_stream_delta_citation import MessageStreamDeltaCitation  # noqa: E402
else:
    MessageStreamDeltaCitation = _Deferred_(
        globals(), "..models.message_stream_delta_citation", "MessageStreamDeltaCitation"
    )
