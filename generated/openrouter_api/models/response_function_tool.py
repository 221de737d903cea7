from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_function_tool_allowed_callers_type_0_item import (
    ResponseFunctionToolAllowedCallersType0Item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseFunctionTool")


@_attrs_define
class ResponseFunctionTool:
    """A function the caller implements; the model answers with `function_call` items.

    Attributes:
        type_ (Literal['function']):
        name (str):
        description (None | str | Unset):
        parameters (None | ResponseFunctionToolParametersType0 | Unset): JSON Schema of the arguments.
        strict (bool | None | Unset): Enforce the schema exactly, where supported.
        allowed_callers (list[ResponseFunctionToolAllowedCallersType0Item] | None | Unset):
        async_ (bool | Unset): Let the model continue without waiting for the result.
        defer_loading (bool | Unset): Hide the tool until the tool-search server tool finds it.
        output_schema (None | ResponseFunctionToolOutputSchemaType0 | Unset):
    """

    type_: Literal["function"]
    name: str
    description: None | str | Unset = UNSET
    parameters: None | ResponseFunctionToolParametersType0 | Unset = UNSET
    strict: bool | None | Unset = UNSET
    allowed_callers: list[ResponseFunctionToolAllowedCallersType0Item] | None | Unset = UNSET
    async_: bool | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    output_schema: None | ResponseFunctionToolOutputSchemaType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, ResponseFunctionToolParametersType0):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        allowed_callers: list[str] | None | Unset
        if isinstance(self.allowed_callers, Unset):
            allowed_callers = UNSET
        elif isinstance(self.allowed_callers, list):
            allowed_callers = []
            for allowed_callers_type_0_item_data in self.allowed_callers:
                allowed_callers_type_0_item = allowed_callers_type_0_item_data.value
                allowed_callers.append(allowed_callers_type_0_item)

        else:
            allowed_callers = self.allowed_callers

        async_ = self.async_

        defer_loading = self.defer_loading

        output_schema: dict[str, Any] | None | Unset
        if isinstance(self.output_schema, Unset):
            output_schema = UNSET
        elif isinstance(self.output_schema, ResponseFunctionToolOutputSchemaType0):
            output_schema = self.output_schema.to_dict()
        else:
            output_schema = self.output_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if strict is not UNSET:
            field_dict["strict"] = strict
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if async_ is not UNSET:
            field_dict["async"] = async_
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if output_schema is not UNSET:
            field_dict["output_schema"] = output_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["function"]', d.pop("type"))
        if type_ != "function":
            raise ValueError(f"type must match const 'function', got '{type_}'")

        name = d.pop("name")

        description = cast("None | str | Unset", d.pop("description", UNSET))

        def _parse_parameters(data: object) -> None | ResponseFunctionToolParametersType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parameters_type_0 = ResponseFunctionToolParametersType0.from_dict(data)

                return parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ResponseFunctionToolParametersType0 | Unset", data)

        parameters = _parse_parameters(d.pop("parameters", UNSET))

        strict = cast("bool | None | Unset", d.pop("strict", UNSET))

        def _parse_allowed_callers(
            data: object,
        ) -> list[ResponseFunctionToolAllowedCallersType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_callers_type_0 = []
                _allowed_callers_type_0 = data
                for allowed_callers_type_0_item_data in _allowed_callers_type_0:
                    allowed_callers_type_0_item = (
                        ResponseFunctionToolAllowedCallersType0Item._parse(
                            allowed_callers_type_0_item_data
                        )
                    )

                    allowed_callers_type_0.append(allowed_callers_type_0_item)

                return allowed_callers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[ResponseFunctionToolAllowedCallersType0Item] | None | Unset", data)

        allowed_callers = _parse_allowed_callers(d.pop("allowed_callers", UNSET))

        async_ = d.pop("async", UNSET)

        defer_loading = d.pop("defer_loading", UNSET)

        def _parse_output_schema(
            data: object,
        ) -> None | ResponseFunctionToolOutputSchemaType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_schema_type_0 = ResponseFunctionToolOutputSchemaType0.from_dict(data)

                return output_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ResponseFunctionToolOutputSchemaType0 | Unset", data)

        output_schema = _parse_output_schema(d.pop("output_schema", UNSET))

        response_function_tool = cls(
            type_=type_,
            name=name,
            description=description,
            parameters=parameters,
            strict=strict,
            allowed_callers=allowed_callers,
            async_=async_,
            defer_loading=defer_loading,
            output_schema=output_schema,
        )

        response_function_tool.additional_properties = d
        return response_function_tool

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
from ..models.response_function_tool_output_schema_type_0 import (
    ResponseFunctionToolOutputSchemaType0,  # noqa: E402
)
from ..models.response_function_tool_parameters_type_0 import ResponseFunctionToolParametersType0  # noqa: E402
