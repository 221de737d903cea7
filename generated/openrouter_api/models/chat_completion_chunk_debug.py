from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionChunkDebug")


@_attrs_define
class ChatCompletionChunkDebug:
    """Debug data of the first chunk when `debug.echo_upstream_body` is set.

    Attributes:
        echo_upstream_body (Any | Unset): The request bodies as sent to each attempted provider (an object).
    """

    echo_upstream_body: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        echo_upstream_body = self.echo_upstream_body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if echo_upstream_body is not UNSET:
            field_dict["echo_upstream_body"] = echo_upstream_body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        echo_upstream_body = d.pop("echo_upstream_body", UNSET)

        chat_completion_chunk_debug = cls(
            echo_upstream_body=echo_upstream_body,
        )

        chat_completion_chunk_debug.additional_properties = d
        return chat_completion_chunk_debug

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
