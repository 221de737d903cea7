from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class AnthropicOutputFormat(_Model):
    """Constrain the answer to a JSON Schema.

    Attributes:
        type (Literal['json_schema']):
        schema (AnthropicOutputFormatSchema):
    """

    __slots__ = (
        "type",
        "schema",
        "additional_properties",
    )

    type: Literal["json_schema"]
    schema: AnthropicOutputFormatSchema
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["json_schema"],
        schema: AnthropicOutputFormatSchema,
    ) -> None:
        self.type = type
        self.schema = schema
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        schema = self.schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "schema": schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["json_schema"]', d.pop("type"))
        if type_ != "json_schema":
            raise ValueError(f"type must match const 'json_schema', got '{type_}'")

        schema = AnthropicOutputFormatSchema.from_dict(d.pop("schema"))

        anthropic_output_format = cls(
            type=type_,
            schema=schema,
        )

        anthropic_output_format.additional_properties = d
        return anthropic_output_format

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
from ..models.anthropic_output_format_schema import AnthropicOutputFormatSchema  # noqa: E402
