from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseReasoningItem")


@_attrs_define
class ResponseReasoningItem:
    """The model's reasoning; send it back in later turns to keep the chain of thought.

    Attributes:
        type_ (Literal['reasoning']):
        id (str):
        summary (list[ResponseReasoningSummaryText]):
        content (list[ResponseReasoningText] | None | Unset):
        encrypted_content (None | str | Unset): Opaque reasoning to pass back unchanged.
        status (str | Unset):
        format_ (None | str | Unset): Provider format of the reasoning, such as `openai-responses-v1` or `anthropic-
            claude-v1` (open set).
        signature (None | str | Unset):
    """

    type_: Literal["reasoning"]
    id: str
    summary: list[ResponseReasoningSummaryText]
    content: list[ResponseReasoningText] | None | Unset = UNSET
    encrypted_content: None | str | Unset = UNSET
    status: str | Unset = UNSET
    format_: None | str | Unset = UNSET
    signature: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        summary = []
        for summary_item_data in self.summary:
            summary_item = summary_item_data.to_dict()
            summary.append(summary_item)

        content: list[dict[str, Any]] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_0_item_data in self.content:
                content_type_0_item = content_type_0_item_data.to_dict()
                content.append(content_type_0_item)

        else:
            content = self.content

        encrypted_content: None | str | Unset
        if isinstance(self.encrypted_content, Unset):
            encrypted_content = UNSET
        else:
            encrypted_content = self.encrypted_content

        status = self.status

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        else:
            format_ = self.format_

        signature: None | str | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "summary": summary,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if status is not UNSET:
            field_dict["status"] = status
        if format_ is not UNSET:
            field_dict["format"] = format_
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["reasoning"]', d.pop("type"))
        if type_ != "reasoning":
            raise ValueError(f"type must match const 'reasoning', got '{type_}'")

        id = d.pop("id")

        summary = []
        _summary = d.pop("summary")
        for summary_item_data in _summary:
            summary_item = ResponseReasoningSummaryText.from_dict(summary_item_data)

            summary.append(summary_item)

        def _parse_content(data: object) -> list[ResponseReasoningText] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_0 = []
                _content_type_0 = data
                for content_type_0_item_data in _content_type_0:
                    content_type_0_item = ResponseReasoningText.from_dict(content_type_0_item_data)

                    content_type_0.append(content_type_0_item)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[ResponseReasoningText] | None | Unset", data)

        content = _parse_content(d.pop("content", UNSET))

        encrypted_content = cast("None | str | Unset", d.pop("encrypted_content", UNSET))

        status = d.pop("status", UNSET)

        format_ = cast("None | str | Unset", d.pop("format", UNSET))

        signature = cast("None | str | Unset", d.pop("signature", UNSET))

        response_reasoning_item = cls(
            type_=type_,
            id=id,
            summary=summary,
            content=content,
            encrypted_content=encrypted_content,
            status=status,
            format_=format_,
            signature=signature,
        )

        response_reasoning_item.additional_properties = d
        return response_reasoning_item

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
from ..models.response_reasoning_summary_text import ResponseReasoningSummaryText  # noqa: E402
from ..models.response_reasoning_text import ResponseReasoningText  # noqa: E402
