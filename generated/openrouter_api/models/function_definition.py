from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class FunctionDefinition(_Model):
    """
    Attributes:
        name (str):
        description (str | Unset): What the function does, for the model.
        parameters (Any | Unset): JSON Schema (an object) describing the arguments.
        strict (bool | None | Unset): Ask for exact schema adherence where supported.
        defer_loading (bool | Unset):
    """

    __slots__ = (
        "name",
        "description",
        "parameters",
        "strict",
        "defer_loading",
        "additional_properties",
    )

    name: str
    description: str | Unset
    parameters: Any | Unset
    strict: bool | None | Unset
    defer_loading: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        description: str | Unset = UNSET,
        parameters: Any | Unset = UNSET,
        strict: bool | None | Unset = UNSET,
        defer_loading: bool | Unset = UNSET,
    ) -> None:
        self.name = name
        self.description = description
        self.parameters = parameters
        self.strict = strict
        self.defer_loading = defer_loading
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        parameters = self.parameters

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        defer_loading = self.defer_loading

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if strict is not UNSET:
            field_dict["strict"] = strict
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        parameters = d.pop("parameters", UNSET)

        strict = cast("bool | None | Unset", d.pop("strict", UNSET))

        defer_loading = d.pop("defer_loading", UNSET)

        function_definition = cls(
            name=name,
            description=description,
            parameters=parameters,
            strict=strict,
            defer_loading=defer_loading,
        )

        function_definition.additional_properties = d
        return function_definition

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
