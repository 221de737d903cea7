from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.server_tool_api_format import ServerToolApiFormat
from ..models.server_tool_status_known import ServerToolStatusKnown

T = TypeVar("T", bound="ServerTool")


@_attrs_define
class ServerTool:
    """A tool OpenRouter can run on a model's behalf.

    Attributes:
        id (str): Canonical `openrouter:*` name, usable as `tools[].type` on every supported format.
        name (str):
        summary (str): One-line description for listings; never sent to a model.
        tool_description (str): The description the model sees.
        status (ServerToolStatusKnown | str):
        docs_url (str):
        supported_api_formats (list[ServerToolApiFormat | str]):
        aliases (list[ServerToolAlias]):
        default_engine (None | str): Engine used when the request names none; `native` means the endpoint's own
            implementation.
        fallback_engine (None | str):
        engines (list[ServerToolEngine]):
        input_schema (ServerToolJsonSchema): A JSON Schema document.
        output_schema (None | ServerToolJsonSchema): JSON Schema of the result given back to the model; null when
            undeclared.
        parameters_schema (ServerToolJsonSchema): A JSON Schema document.
        native_support (ServerToolNativeSupport): Endpoints whose provider runs the tool itself (zero when none does).
    """

    id: str
    name: str
    summary: str
    tool_description: str
    status: ServerToolStatusKnown | str
    docs_url: str
    supported_api_formats: list[ServerToolApiFormat | str]
    aliases: list[ServerToolAlias]
    default_engine: None | str
    fallback_engine: None | str
    engines: list[ServerToolEngine]
    input_schema: ServerToolJsonSchema
    output_schema: None | ServerToolJsonSchema
    parameters_schema: ServerToolJsonSchema
    native_support: ServerToolNativeSupport
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        summary = self.summary

        tool_description = self.tool_description

        status: str
        if isinstance(self.status, ServerToolStatusKnown):
            status = self.status.value
        else:
            status = self.status

        docs_url = self.docs_url

        supported_api_formats = []
        for supported_api_formats_item_data in self.supported_api_formats:
            supported_api_formats_item: str
            if isinstance(supported_api_formats_item_data, ServerToolApiFormat):
                supported_api_formats_item = supported_api_formats_item_data.value
            else:
                supported_api_formats_item = supported_api_formats_item_data
            supported_api_formats.append(supported_api_formats_item)

        aliases = []
        for aliases_item_data in self.aliases:
            aliases_item = aliases_item_data.to_dict()
            aliases.append(aliases_item)

        default_engine: None | str
        default_engine = self.default_engine

        fallback_engine: None | str
        fallback_engine = self.fallback_engine

        engines = []
        for engines_item_data in self.engines:
            engines_item = engines_item_data.to_dict()
            engines.append(engines_item)

        input_schema = self.input_schema.to_dict()

        output_schema: dict[str, Any] | None
        if isinstance(self.output_schema, ServerToolJsonSchema):
            output_schema = self.output_schema.to_dict()
        else:
            output_schema = self.output_schema

        parameters_schema = self.parameters_schema.to_dict()

        native_support = self.native_support.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "summary": summary,
                "tool_description": tool_description,
                "status": status,
                "docs_url": docs_url,
                "supported_api_formats": supported_api_formats,
                "aliases": aliases,
                "default_engine": default_engine,
                "fallback_engine": fallback_engine,
                "engines": engines,
                "input_schema": input_schema,
                "output_schema": output_schema,
                "parameters_schema": parameters_schema,
                "native_support": native_support,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        summary = d.pop("summary")

        tool_description = d.pop("tool_description")

        def _parse_status(data: object) -> ServerToolStatusKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ServerToolStatusKnown._parse(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ServerToolStatusKnown | str", data)

        status = _parse_status(d.pop("status"))

        docs_url = d.pop("docs_url")

        def _parse_supported_api_formats_item(data: object) -> ServerToolApiFormat | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                supported_api_formats_item_type_0 = ServerToolApiFormat._parse(data)

                return supported_api_formats_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ServerToolApiFormat | str", data)

        supported_api_formats = []
        _supported_api_formats = d.pop("supported_api_formats")
        for supported_api_formats_item_data in _supported_api_formats:
            supported_api_formats_item = _parse_supported_api_formats_item(
                supported_api_formats_item_data
            )
            supported_api_formats.append(supported_api_formats_item)

        aliases = []
        _aliases = d.pop("aliases")
        for aliases_item_data in _aliases:
            aliases_item = ServerToolAlias.from_dict(aliases_item_data)

            aliases.append(aliases_item)

        default_engine = cast("None | str", d.pop("default_engine"))

        fallback_engine = cast("None | str", d.pop("fallback_engine"))

        engines = []
        _engines = d.pop("engines")
        for engines_item_data in _engines:
            engines_item = ServerToolEngine.from_dict(engines_item_data)

            engines.append(engines_item)

        input_schema = ServerToolJsonSchema.from_dict(d.pop("input_schema"))

        def _parse_output_schema(data: object) -> None | ServerToolJsonSchema:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_schema_type_0 = ServerToolJsonSchema.from_dict(data)

                return output_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ServerToolJsonSchema", data)

        output_schema = _parse_output_schema(d.pop("output_schema"))

        parameters_schema = ServerToolJsonSchema.from_dict(d.pop("parameters_schema"))

        native_support = ServerToolNativeSupport.from_dict(d.pop("native_support"))

        server_tool = cls(
            id=id,
            name=name,
            summary=summary,
            tool_description=tool_description,
            status=status,
            docs_url=docs_url,
            supported_api_formats=supported_api_formats,
            aliases=aliases,
            default_engine=default_engine,
            fallback_engine=fallback_engine,
            engines=engines,
            input_schema=input_schema,
            output_schema=output_schema,
            parameters_schema=parameters_schema,
            native_support=native_support,
        )

        server_tool.additional_properties = d
        return server_tool

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
from ..models.server_tool_alias import ServerToolAlias  # noqa: E402
from ..models.server_tool_engine import ServerToolEngine  # noqa: E402
from ..models.server_tool_json_schema import ServerToolJsonSchema  # noqa: E402
from ..models.server_tool_native_support import ServerToolNativeSupport  # noqa: E402
