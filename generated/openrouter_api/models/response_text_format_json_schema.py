from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseTextFormatJsonSchema")


@_attrs_define
class ResponseTextFormatJsonSchema:
    """
    Attributes:
        type_ (Literal['json_schema']):
        name (str):
        schema (ResponseTextFormatJsonSchemaSchema): The JSON Schema the output must follow.
        description (str | Unset):
        strict (bool | None | Unset):
    """

    type_: Literal["json_schema"]
    name: str
    schema: ResponseTextFormatJsonSchemaSchema
    description: str | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        schema = self.schema.to_dict()

        description = self.description

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "schema": schema,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["json_schema"]', d.pop("type"))
        if type_ != "json_schema":
            raise ValueError(f"type must match const 'json_schema', got '{type_}'")

        name = d.pop("name")

        schema = ResponseTextFormatJsonSchemaSchema.from_dict(d.pop("schema"))

        description = d.pop("description", UNSET)

        strict = cast("bool | None | Unset", d.pop("strict", UNSET))

        response_text_format_json_schema = cls(
            type_=type_,
            name=name,
            schema=schema,
            description=description,
            strict=strict,
        )

        response_text_format_json_schema.additional_properties = d
        return response_text_format_json_schema

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
from ..models.response_text_format_json_schema_schema import ResponseTextFormatJsonSchemaSchema  # noqa: E402
