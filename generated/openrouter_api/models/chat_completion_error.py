from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionError")


@_attrs_define
class ChatCompletionError:
    """A failure reported inside a 200 response (a failed choice, or a mid-stream error chunk).

    Attributes:
        message (str):
        code (int | str | Unset): Usually the HTTP-style status as an integer; sometimes a string such as
            `server_error`.
        metadata (ChatCompletionErrorMetadata | Unset):
    """

    message: str
    code: int | str | Unset = UNSET
    metadata: ChatCompletionErrorMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code: int | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        code = cast("int | str | Unset", d.pop("code", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: ChatCompletionErrorMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ChatCompletionErrorMetadata.from_dict(_metadata)

        chat_completion_error = cls(
            message=message,
            code=code,
            metadata=metadata,
        )

        chat_completion_error.additional_properties = d
        return chat_completion_error

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
from ..models.chat_completion_error_metadata import ChatCompletionErrorMetadata  # noqa: E402
