from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..models.server_tool_api_format import ServerToolApiFormat
from ..models.server_tool_status_known import ServerToolStatusKnown
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_
from ..types import read_enum_list


class ServerTool(_ReadModel):
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

    __slots__ = (
        "id",
        "name",
        "summary",
        "tool_description",
        "status",
        "docs_url",
        "supported_api_formats",
        "aliases",
        "default_engine",
        "fallback_engine",
        "engines",
        "input_schema",
        "output_schema",
        "parameters_schema",
        "native_support",
        "additional_properties",
    )

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
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        name: str,
        summary: str,
        tool_description: str,
        status: ServerToolStatusKnown | str,
        docs_url: str,
        supported_api_formats: list[ServerToolApiFormat | str],
        aliases: list[ServerToolAlias],
        default_engine: None | str,
        fallback_engine: None | str,
        engines: list[ServerToolEngine],
        input_schema: ServerToolJsonSchema,
        output_schema: None | ServerToolJsonSchema,
        parameters_schema: ServerToolJsonSchema,
        native_support: ServerToolNativeSupport,
    ) -> None:
        self.id = id
        self.name = name
        self.summary = summary
        self.tool_description = tool_description
        self.status = status
        self.docs_url = docs_url
        self.supported_api_formats = supported_api_formats
        self.aliases = aliases
        self.default_engine = default_engine
        self.fallback_engine = fallback_engine
        self.engines = engines
        self.input_schema = input_schema
        self.output_schema = output_schema
        self.parameters_schema = parameters_schema
        self.native_support = native_support
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("name", "name", True, "str"),
        ("summary", "summary", True, "str"),
        ("tool_description", "tool_description", True, "str"),
        ("status", "status", True, "ServerToolStatusKnown | str"),
        ("docs_url", "docs_url", True, "str"),
        ("supported_api_formats", "supported_api_formats", True, "list[ServerToolApiFormat | str]"),
        ("aliases", "aliases", True, "list[ServerToolAlias]"),
        ("default_engine", "default_engine", True, "None | str"),
        ("fallback_engine", "fallback_engine", True, "None | str"),
        ("engines", "engines", True, "list[ServerToolEngine]"),
        ("input_schema", "input_schema", True, "ServerToolJsonSchema"),
        ("output_schema", "output_schema", True, "None | ServerToolJsonSchema"),
        ("parameters_schema", "parameters_schema", True, "ServerToolJsonSchema"),
        ("native_support", "native_support", True, "ServerToolNativeSupport"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.id = _json_get_("id")
        _new_model_.name = _json_get_("name")
        _new_model_.summary = _json_get_("summary")
        _new_model_.tool_description = _json_get_("tool_description")
        _status = _json_get_("status")
        status: Any = (
            ServerToolStatusKnown._value2member_map_.get(_status, _status)
            if isinstance(_status, str)
            else _status
        )
        _new_model_.status = status
        _new_model_.docs_url = _json_get_("docs_url")
        _supported_api_formats = _json_get_("supported_api_formats")
        supported_api_formats: Any = read_enum_list(
            ServerToolApiFormat._value2member_map_, _supported_api_formats
        )
        _new_model_.supported_api_formats = supported_api_formats
        _aliases = _json_get_("aliases")
        if isinstance(_aliases, list):
            aliases: Any = []
            for _list_item_ in _aliases:
                aliases.append(
                    ServerToolAlias.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            aliases = _aliases
        _new_model_.aliases = aliases
        _new_model_.default_engine = _json_get_("default_engine")
        _new_model_.fallback_engine = _json_get_("fallback_engine")
        _engines = _json_get_("engines")
        if isinstance(_engines, list):
            engines: Any = []
            for _list_item_ in _engines:
                engines.append(
                    ServerToolEngine.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            engines = _engines
        _new_model_.engines = engines
        _input_schema = _json_get_("input_schema")
        input_schema: Any = (
            ServerToolJsonSchema.from_dict(_input_schema)
            if isinstance(_input_schema, dict)
            else _input_schema
        )
        _new_model_.input_schema = input_schema
        _output_schema = _json_get_("output_schema")
        output_schema: Any = (
            ServerToolJsonSchema.from_dict(_output_schema)
            if isinstance(_output_schema, dict)
            else _output_schema
        )
        _new_model_.output_schema = output_schema
        _parameters_schema = _json_get_("parameters_schema")
        parameters_schema: Any = (
            ServerToolJsonSchema.from_dict(_parameters_schema)
            if isinstance(_parameters_schema, dict)
            else _parameters_schema
        )
        _new_model_.parameters_schema = parameters_schema
        _native_support = _json_get_("native_support")
        native_support: Any = (
            ServerToolNativeSupport.from_dict(_native_support)
            if isinstance(_native_support, dict)
            else _native_support
        )
        _new_model_.native_support = native_support
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "summary",
        "tool_description",
        "status",
        "docs_url",
        "supported_api_formats",
        "aliases",
        "default_engine",
        "fallback_engine",
        "engines",
        "input_schema",
        "output_schema",
        "parameters_schema",
        "native_support",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.server_tool_alias import ServerToolAlias  # noqa: E402
    from ..models.server_tool_engine import ServerToolEngine  # noqa: E402
    from ..models.server_tool_json_schema import ServerToolJsonSchema  # noqa: E402
    from ..models.server_tool_native_support import ServerToolNativeSupport  # noqa: E402
else:
    ServerToolAlias = _Deferred_(globals(), "..models.server_tool_alias", "ServerToolAlias")
    ServerToolEngine = _Deferred_(globals(), "..models.server_tool_engine", "ServerToolEngine")
    ServerToolJsonSchema = _Deferred_(
        globals(), "..models.server_tool_json_schema", "ServerToolJsonSchema"
    )
    ServerToolNativeSupport = _Deferred_(
        globals(), "..models.server_tool_native_support", "ServerToolNativeSupport"
    )
