from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_detail_format_known import ReasoningDetailFormatKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReasoningDetailText")


@_attrs_define
class ReasoningDetailText:
    """
    Attributes:
        type_ (Literal['reasoning.text']):
        text (None | str | Unset):
        signature (None | str | Unset): Provider signature that must be returned with the text.
        id (None | str | Unset):
        index (int | Unset):
        format_ (None | ReasoningDetailFormatKnown | str | Unset): Which provider family produced the block.
    """

    type_: Literal["reasoning.text"]
    text: None | str | Unset = UNSET
    signature: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    index: int | Unset = UNSET
    format_: None | ReasoningDetailFormatKnown | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        signature: None | str | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        index = self.index

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, ReasoningDetailFormatKnown):
            format_ = self.format_.value
        else:
            format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if signature is not UNSET:
            field_dict["signature"] = signature
        if id is not UNSET:
            field_dict["id"] = id
        if index is not UNSET:
            field_dict["index"] = index
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["reasoning.text"]', d.pop("type"))
        if type_ != "reasoning.text":
            raise ValueError(f"type must match const 'reasoning.text', got '{type_}'")

        text = cast("None | str | Unset", d.pop("text", UNSET))

        signature = cast("None | str | Unset", d.pop("signature", UNSET))

        id = cast("None | str | Unset", d.pop("id", UNSET))

        index = d.pop("index", UNSET)

        def _parse_format_(data: object) -> None | ReasoningDetailFormatKnown | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_reasoning_detail_format_type_0 = (
                    ReasoningDetailFormatKnown._parse(data)
                )

                return componentsschemas_reasoning_detail_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ReasoningDetailFormatKnown | str | Unset", data)

        format_ = _parse_format_(d.pop("format", UNSET))

        reasoning_detail_text = cls(
            type_=type_,
            text=text,
            signature=signature,
            id=id,
            index=index,
            format_=format_,
        )

        reasoning_detail_text.additional_properties = d
        return reasoning_detail_text

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
