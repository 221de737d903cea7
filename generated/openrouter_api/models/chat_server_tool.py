from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatServerTool")


@_attrs_define
class ChatServerTool:
    """A tool OpenRouter runs itself, named by `type`: canonical `openrouter:*` names such as
    `openrouter:web_search`, `openrouter:web_fetch`, `openrouter:datetime`, `openrouter:bash`,
    `openrouter:files`, `openrouter:fusion`, `openrouter:image_generation`,
    `openrouter:advisor`, `openrouter:subagent`, or shorthands such as `web_search`,
    `web_search_preview`, `web_search_preview_2025_03_11` and `web_search_2025_08_26`.
    `GET /tools` lists them. Tool settings go in `parameters`; shorthands also accept them at
    the top level.

        Attributes:
            type_ (str):
            parameters (Any | Unset): Tool-specific settings (an object).
    """

    type_: str
    parameters: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        parameters = self.parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        parameters = d.pop("parameters", UNSET)

        chat_server_tool = cls(
            type_=type_,
            parameters=parameters,
        )

        chat_server_tool.additional_properties = d
        return chat_server_tool

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
