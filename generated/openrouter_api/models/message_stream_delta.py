from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageStreamDelta")


@_attrs_define
class MessageStreamDelta:
    """The change carried by a delta event: `text_delta` (text), `input_json_delta`
    (partial_json), `thinking_delta` (thinking), `signature_delta` (signature),
    `citations_delta` (citation), or on `message_delta` the final `stop_reason`.

        Attributes:
            type_ (str | Unset):
            text (str | Unset):
            partial_json (str | Unset):
            thinking (str | Unset):
            signature (str | Unset):
            citation (MessageStreamDeltaCitation | Unset):
            stop_reason (None | str | Unset):
            stop_sequence (None | str | Unset):
    """

    type_: str | Unset = UNSET
    text: str | Unset = UNSET
    partial_json: str | Unset = UNSET
    thinking: str | Unset = UNSET
    signature: str | Unset = UNSET
    citation: MessageStreamDeltaCitation | Unset = UNSET
    stop_reason: None | str | Unset = UNSET
    stop_sequence: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        partial_json = self.partial_json

        thinking = self.thinking

        signature = self.signature

        citation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.citation, Unset):
            citation = self.citation.to_dict()

        stop_reason: None | str | Unset
        if isinstance(self.stop_reason, Unset):
            stop_reason = UNSET
        else:
            stop_reason = self.stop_reason

        stop_sequence: None | str | Unset
        if isinstance(self.stop_sequence, Unset):
            stop_sequence = UNSET
        else:
            stop_sequence = self.stop_sequence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if partial_json is not UNSET:
            field_dict["partial_json"] = partial_json
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if signature is not UNSET:
            field_dict["signature"] = signature
        if citation is not UNSET:
            field_dict["citation"] = citation
        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason
        if stop_sequence is not UNSET:
            field_dict["stop_sequence"] = stop_sequence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        text = d.pop("text", UNSET)

        partial_json = d.pop("partial_json", UNSET)

        thinking = d.pop("thinking", UNSET)

        signature = d.pop("signature", UNSET)

        _citation = d.pop("citation", UNSET)
        citation: MessageStreamDeltaCitation | Unset
        if isinstance(_citation, Unset):
            citation = UNSET
        else:
            citation = MessageStreamDeltaCitation.from_dict(_citation)

        stop_reason = cast("None | str | Unset", d.pop("stop_reason", UNSET))

        stop_sequence = cast("None | str | Unset", d.pop("stop_sequence", UNSET))

        message_stream_delta = cls(
            type_=type_,
            text=text,
            partial_json=partial_json,
            thinking=thinking,
            signature=signature,
            citation=citation,
            stop_reason=stop_reason,
            stop_sequence=stop_sequence,
        )

        message_stream_delta.additional_properties = d
        return message_stream_delta

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
from ..models.message_stream_delta_citation import MessageStreamDeltaCitation  # noqa: E402
