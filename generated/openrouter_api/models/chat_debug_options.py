from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import UNSET, Unset
from ..types import Model as _Model


class ChatDebugOptions(_Model):
    """Debugging aids (streaming only).

    Attributes:
        echo_upstream_body (bool | Unset): Send the request body as transformed for each provider in a first chunk.
    """

    __slots__ = (
        "echo_upstream_body",
        "additional_properties",
    )

    echo_upstream_body: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        echo_upstream_body: bool | Unset = UNSET,
    ) -> None:
        self.echo_upstream_body = echo_upstream_body
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        echo_upstream_body = self.echo_upstream_body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if echo_upstream_body is not UNSET:
            field_dict["echo_upstream_body"] = echo_upstream_body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        echo_upstream_body = d.pop("echo_upstream_body", UNSET)

        chat_debug_options = cls(
            echo_upstream_body=echo_upstream_body,
        )

        chat_debug_options.additional_properties = d
        return chat_debug_options

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
