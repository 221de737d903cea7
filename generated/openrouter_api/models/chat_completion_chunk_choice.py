from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_finish_reason_known import ChatFinishReasonKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionChunkChoice")


@_attrs_define
class ChatCompletionChunkChoice:
    """
    Attributes:
        index (int):
        delta (ChatCompletionDelta): The part of the assistant message added by this chunk.
        finish_reason (ChatFinishReasonKnown | None | str | Unset): Null until the last content chunk of the choice.
        native_finish_reason (None | str | Unset):
        logprobs (ChatLogprobs | None | Unset):
    """

    index: int
    delta: ChatCompletionDelta
    finish_reason: ChatFinishReasonKnown | None | str | Unset = UNSET
    native_finish_reason: None | str | Unset = UNSET
    logprobs: ChatLogprobs | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        delta = self.delta.to_dict()

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        elif isinstance(self.finish_reason, ChatFinishReasonKnown):
            finish_reason = self.finish_reason.value
        else:
            finish_reason = self.finish_reason

        native_finish_reason: None | str | Unset
        if isinstance(self.native_finish_reason, Unset):
            native_finish_reason = UNSET
        else:
            native_finish_reason = self.native_finish_reason

        logprobs: dict[str, Any] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, ChatLogprobs):
            logprobs = self.logprobs.to_dict()
        else:
            logprobs = self.logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "delta": delta,
            }
        )
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if native_finish_reason is not UNSET:
            field_dict["native_finish_reason"] = native_finish_reason
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        delta = ChatCompletionDelta.from_dict(d.pop("delta"))

        def _parse_finish_reason(data: object) -> ChatFinishReasonKnown | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finish_reason_type_0 = ChatFinishReasonKnown._parse(data)

                return finish_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ChatFinishReasonKnown | None | str | Unset", data)

        finish_reason = _parse_finish_reason(d.pop("finish_reason", UNSET))

        native_finish_reason = cast("None | str | Unset", d.pop("native_finish_reason", UNSET))

        def _parse_logprobs(data: object) -> ChatLogprobs | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logprobs_type_0 = ChatLogprobs.from_dict(data)

                return logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ChatLogprobs | None | Unset", data)

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))

        chat_completion_chunk_choice = cls(
            index=index,
            delta=delta,
            finish_reason=finish_reason,
            native_finish_reason=native_finish_reason,
            logprobs=logprobs,
        )

        chat_completion_chunk_choice.additional_properties = d
        return chat_completion_chunk_choice

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
from ..models.chat_completion_delta import ChatCompletionDelta  # noqa: E402
from ..models.chat_logprobs import ChatLogprobs  # noqa: E402
