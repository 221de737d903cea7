from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ResponseMcpTool(_ReadModel):
    """
    Attributes:
        type (Literal['mcp']):
        server_label (str):
        server_url (str | None):
        server_description (str | None):
        connector_id (str | None):
        authorization (str | None):
        headers (None | ResponseMcpToolHeadersType0):
        allowed_tools (list[str] | None | ResponseMcpToolAllowedToolsType1): Tool names, or `{tool_names, read_only}`.
        require_approval (None | ResponseMcpToolRequireApprovalType1 | str): `always`, `never`, or `{always:
            {tool_names}, never: {tool_names}}`.
    """

    __slots__ = (
        "type",
        "server_label",
        "server_url",
        "server_description",
        "connector_id",
        "authorization",
        "headers",
        "allowed_tools",
        "require_approval",
        "additional_properties",
    )

    type: Literal["mcp"]
    server_label: str
    server_url: str | None
    server_description: str | None
    connector_id: str | None
    authorization: str | None
    headers: None | ResponseMcpToolHeadersType0
    allowed_tools: list[str] | None | ResponseMcpToolAllowedToolsType1
    require_approval: None | ResponseMcpToolRequireApprovalType1 | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["mcp"],
        server_label: str,
        server_url: str | None = None,
        server_description: str | None = None,
        connector_id: str | None = None,
        authorization: str | None = None,
        headers: None | ResponseMcpToolHeadersType0 = None,
        allowed_tools: list[str] | None | ResponseMcpToolAllowedToolsType1 = None,
        require_approval: None | ResponseMcpToolRequireApprovalType1 | str = None,
    ) -> None:
        self.type = type
        self.server_label = server_label
        self.server_url = server_url
        self.server_description = server_description
        self.connector_id = connector_id
        self.authorization = authorization
        self.headers = headers
        self.allowed_tools = allowed_tools
        self.require_approval = require_approval
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['mcp']"),
        ("server_label", "server_label", True, "str"),
        ("server_url", "server_url", False, "str"),
        ("server_description", "server_description", False, "str"),
        ("connector_id", "connector_id", False, "str"),
        ("authorization", "authorization", False, "str"),
        ("headers", "headers", False, "None | ResponseMcpToolHeadersType0"),
        (
            "allowed_tools",
            "allowed_tools",
            False,
            "list[str] | None | ResponseMcpToolAllowedToolsType1",
        ),
        (
            "require_approval",
            "require_approval",
            False,
            "None | ResponseMcpToolRequireApprovalType1 | str",
        ),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.type = _json_get_("type")
        _new_model_.server_label = _json_get_("server_label")
        _new_model_.server_url = _json_get_("server_url")
        _new_model_.server_description = _json_get_("server_description")
        _new_model_.connector_id = _json_get_("connector_id")
        _new_model_.authorization = _json_get_("authorization")
        _headers = _json_get_("headers")
        headers: Any = (
            ResponseMcpToolHeadersType0.from_dict(_headers)
            if isinstance(_headers, dict)
            else _headers
        )
        _new_model_.headers = headers
        _allowed_tools = _json_get_("allowed_tools")
        allowed_tools: Any = (
            ResponseMcpToolAllowedToolsType1.from_dict(_allowed_tools)
            if isinstance(_allowed_tools, dict)
            else _allowed_tools
        )
        _new_model_.allowed_tools = allowed_tools
        _require_approval = _json_get_("require_approval")
        require_approval: Any = (
            ResponseMcpToolRequireApprovalType1.from_dict(_require_approval)
            if isinstance(_require_approval, dict)
            else _require_approval
        )
        _new_model_.require_approval = require_approval
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
        "type",
        "server_label",
        "server_url",
        "server_description",
        "connector_id",
        "authorization",
        "headers",
        "allowed_tools",
        "require_approval",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.response_mcp_tool_allowed_tools_type_1 import ResponseMcpToolAllowedToolsType1  # noqa: E402
    from ..models.response_mcp_tool_headers_type_0 import ResponseMcpToolHeadersType0  # noqa: E402
    from ..models.response_mcp_tool_require_approval_type_1 import (
        ResponseMcpToolRequireApprovalType1,  # noqa: E402
    )
else:
    ResponseMcpToolAllowedToolsType1 = _Deferred_(
        globals(),
        "..models.response_mcp_tool_allowed_tools_type_1",
        "ResponseMcpToolAllowedToolsType1",
    )
    ResponseMcpToolHeadersType0 = _Deferred_(
        globals(), "..models.response_mcp_tool_headers_type_0", "ResponseMcpToolHeadersType0"
    )
    ResponseMcpToolRequireApprovalType1 = _Deferred_(
        globals(),
        "..models.response_mcp_tool_require_approval_type_1",
        "ResponseMcpToolRequireApprovalType1",
    )
