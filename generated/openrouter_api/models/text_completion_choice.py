from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_completion_finish_reason_known import TextCompletionFinishReasonKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextCompletionChoice")


@_attrs_define
class TextCompletionChoice:
    """
    Attributes:
        text (str):
        index (int):
        logprobs (None | TextCompletionLogprobs | Unset):
        finish_reason (None | str | TextCompletionFinishReasonKnown | Unset): Why generation stopped (`stop`, `length`,
            `content_filter`, `error`, ...); null while streaming.
        native_finish_reason (None | str | Unset): The provider's own finish reason.
    """

    text: str
    index: int
    logprobs: None | TextCompletionLogprobs | Unset = UNSET
    finish_reason: None | str | TextCompletionFinishReasonKnown | Unset = UNSET
    native_finish_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        index = self.index

        logprobs: dict[str, Any] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, TextCompletionLogprobs):
            logprobs = self.logprobs.to_dict()
        else:
            logprobs = self.logprobs

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        elif isinstance(self.finish_reason, TextCompletionFinishReasonKnown):
            finish_reason = self.finish_reason.value
        else:
            finish_reason = self.finish_reason

        native_finish_reason: None | str | Unset
        if isinstance(self.native_finish_reason, Unset):
            native_finish_reason = UNSET
        else:
            native_finish_reason = self.native_finish_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "index": index,
            }
        )
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if native_finish_reason is not UNSET:
            field_dict["native_finish_reason"] = native_finish_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        index = d.pop("index")

        def _parse_logprobs(data: object) -> None | TextCompletionLogprobs | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logprobs_type_0 = TextCompletionLogprobs.from_dict(data)

                return logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | TextCompletionLogprobs | Unset", data)

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))

        def _parse_finish_reason(
            data: object,
        ) -> None | str | TextCompletionFinishReasonKnown | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finish_reason_type_0 = TextCompletionFinishReasonKnown._parse(data)

                return finish_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | str | TextCompletionFinishReasonKnown | Unset", data)

        finish_reason = _parse_finish_reason(d.pop("finish_reason", UNSET))

        native_finish_reason = cast("None | str | Unset", d.pop("native_finish_reason", UNSET))

        text_completion_choice = cls(
            text=text,
            index=index,
            logprobs=logprobs,
            finish_reason=finish_reason,
            native_finish_reason=native_finish_reason,
        )

        text_completion_choice.additional_properties = d
        return text_completion_choice

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
from ..models.text_completion_logprobs import TextCompletionLogprobs  # noqa: E402
