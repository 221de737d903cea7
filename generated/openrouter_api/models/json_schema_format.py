from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class JsonSchemaFormat(_Model):
    """
    Attributes:
        name (str): Schema name (letters, digits, `_` and `-`).
        description (str | Unset):
        schema (Any | Unset): The JSON Schema (an object) the answer must satisfy.
        strict (bool | None | Unset): Enforce the schema exactly where the provider supports it.
    """

    __slots__ = (
        "name",
        "description",
        "schema",
        "strict",
        "additional_properties",
    )

    name: str
    description: str | Unset
    schema: Any | Unset
    strict: bool | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        description: str | Unset = UNSET,
        schema: Any | Unset = UNSET,
        strict: bool | None | Unset = UNSET,
    ) -> None:
        self.name = name
        self.description = description
        self.schema = schema
        self.strict = strict
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        schema = self.schema

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        schema = d.pop("schema", UNSET)

        strict = cast("bool | None | Unset", d.pop("strict", UNSET))

        json_schema_format = cls(
            name=name,
            description=description,
            schema=schema,
            strict=strict,
        )

        json_schema_format.additional_properties = d
        return json_schema_format

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
