from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class ResponseFormatJsonSchema(_Model):
    """JSON that follows the given schema (structured outputs).

    Attributes:
        type (Literal['json_schema']):
        json_schema (JsonSchemaFormat):
    """

    __slots__ = (
        "type",
        "json_schema",
        "additional_properties",
    )

    type: Literal["json_schema"]
    json_schema: JsonSchemaFormat
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["json_schema"],
        json_schema: JsonSchemaFormat,
    ) -> None:
        self.type = type
        self.json_schema = json_schema
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        json_schema = self.json_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "json_schema": json_schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["json_schema"]', d.pop("type"))
        if type_ != "json_schema":
            raise ValueError(f"type must match const 'json_schema', got '{type_}'")

        json_schema = JsonSchemaFormat.from_dict(d.pop("json_schema"))

        response_format_json_schema = cls(
            type=type_,
            json_schema=json_schema,
        )

        response_format_json_schema.additional_properties = d
        return response_format_json_schema

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
from ..models.json_schema_format import JsonSchemaFormat  # noqa: E402
