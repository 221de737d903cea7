from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class ResponseFormatGrammar(_Model):
    """Output constrained by a custom grammar.

    Attributes:
        type (Literal['grammar']):
        grammar (str):
    """

    __slots__ = (
        "type",
        "grammar",
        "additional_properties",
    )

    type: Literal["grammar"]
    grammar: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["grammar"],
        grammar: str,
    ) -> None:
        self.type = type
        self.grammar = grammar
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        grammar = self.grammar

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "grammar": grammar,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["grammar"]', d.pop("type"))
        if type_ != "grammar":
            raise ValueError(f"type must match const 'grammar', got '{type_}'")

        grammar = d.pop("grammar")

        response_format_grammar = cls(
            type=type_,
            grammar=grammar,
        )

        response_format_grammar.additional_properties = d
        return response_format_grammar

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
