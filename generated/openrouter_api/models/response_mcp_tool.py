from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


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
        d = dict(src_dict)
        type_ = d.pop("type", None)
        server_label = d.pop("server_label", None)
        server_url = d.pop("server_url", None)
        server_description = d.pop("server_description", None)
        connector_id = d.pop("connector_id", None)
        authorization = d.pop("authorization", None)
        _headers = d.pop("headers", None)
        headers: Any = _read_headers(_headers)
        _allowed_tools = d.pop("allowed_tools", None)
        allowed_tools: Any = _read_allowed_tools(_allowed_tools)
        _require_approval = d.pop("require_approval", None)
        require_approval: Any = _read_require_approval(_require_approval)
        response_mcp_tool = cls(
            type=type_,
            server_label=server_label,
            server_url=server_url,
            server_description=server_description,
            connector_id=connector_id,
            authorization=authorization,
            headers=headers,
            allowed_tools=allowed_tools,
            require_approval=require_approval,
        )
        response_mcp_tool.additional_properties = d
        return response_mcp_tool

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


def _read_headers(data: Any) -> Any:
    if isinstance(data, dict):
        return ResponseMcpToolHeadersType0.from_dict(data)
    return data


def _read_allowed_tools(data: Any) -> Any:
    if isinstance(data, dict):
        return ResponseMcpToolAllowedToolsType1.from_dict(data)
    if isinstance(data, list):
        return data
    return data


def _read_require_approval(data: Any) -> Any:
    if isinstance(data, dict):
        return ResponseMcpToolRequireApprovalType1.from_dict(data)
    return data


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.response_mcp_tool_allowed_tools_type_1 import ResponseMcpToolAllowedToolsType1  # noqa: E402
from ..models.response_mcp_tool_headers_type_0 import ResponseMcpToolHeadersType0  # noqa: E402
from ..models.response_mcp_tool_require_approval_type_1 import ResponseMcpToolRequireApprovalType1  # noqa: E402
