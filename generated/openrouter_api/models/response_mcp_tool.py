from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseMcpTool")


@_attrs_define
class ResponseMcpTool:
    """
    Attributes:
        type_ (Literal['mcp']):
        server_label (str):
        server_url (str | Unset):
        server_description (str | Unset):
        connector_id (str | Unset):
        authorization (str | Unset):
        headers (None | ResponseMcpToolHeadersType0 | Unset):
        allowed_tools (list[str] | None | ResponseMcpToolAllowedToolsType1 | Unset): Tool names, or `{tool_names,
            read_only}`.
        require_approval (None | ResponseMcpToolRequireApprovalType1 | str | Unset): `always`, `never`, or `{always:
            {tool_names}, never: {tool_names}}`.
    """

    type_: Literal["mcp"]
    server_label: str
    server_url: str | Unset = UNSET
    server_description: str | Unset = UNSET
    connector_id: str | Unset = UNSET
    authorization: str | Unset = UNSET
    headers: None | ResponseMcpToolHeadersType0 | Unset = UNSET
    allowed_tools: list[str] | None | ResponseMcpToolAllowedToolsType1 | Unset = UNSET
    require_approval: None | ResponseMcpToolRequireApprovalType1 | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        server_label = self.server_label

        server_url = self.server_url

        server_description = self.server_description

        connector_id = self.connector_id

        authorization = self.authorization

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, ResponseMcpToolHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        allowed_tools: dict[str, Any] | list[str] | None | Unset
        if isinstance(self.allowed_tools, Unset):
            allowed_tools = UNSET
        elif isinstance(self.allowed_tools, list):
            allowed_tools = self.allowed_tools

        elif isinstance(self.allowed_tools, ResponseMcpToolAllowedToolsType1):
            allowed_tools = self.allowed_tools.to_dict()
        else:
            allowed_tools = self.allowed_tools

        require_approval: dict[str, Any] | None | str | Unset
        if isinstance(self.require_approval, Unset):
            require_approval = UNSET
        elif isinstance(self.require_approval, ResponseMcpToolRequireApprovalType1):
            require_approval = self.require_approval.to_dict()
        else:
            require_approval = self.require_approval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "server_label": server_label,
            }
        )
        if server_url is not UNSET:
            field_dict["server_url"] = server_url
        if server_description is not UNSET:
            field_dict["server_description"] = server_description
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if headers is not UNSET:
            field_dict["headers"] = headers
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if require_approval is not UNSET:
            field_dict["require_approval"] = require_approval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["mcp"]', d.pop("type"))
        if type_ != "mcp":
            raise ValueError(f"type must match const 'mcp', got '{type_}'")

        server_label = d.pop("server_label")

        server_url = d.pop("server_url", UNSET)

        server_description = d.pop("server_description", UNSET)

        connector_id = d.pop("connector_id", UNSET)

        authorization = d.pop("authorization", UNSET)

        def _parse_headers(data: object) -> None | ResponseMcpToolHeadersType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = ResponseMcpToolHeadersType0.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ResponseMcpToolHeadersType0 | Unset", data)

        headers = _parse_headers(d.pop("headers", UNSET))

        def _parse_allowed_tools(
            data: object,
        ) -> list[str] | None | ResponseMcpToolAllowedToolsType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_tools_type_0 = cast("list[str]", data)

                return allowed_tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                allowed_tools_type_1 = ResponseMcpToolAllowedToolsType1.from_dict(data)

                return allowed_tools_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | ResponseMcpToolAllowedToolsType1 | Unset", data)

        allowed_tools = _parse_allowed_tools(d.pop("allowed_tools", UNSET))

        def _parse_require_approval(
            data: object,
        ) -> None | ResponseMcpToolRequireApprovalType1 | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                require_approval_type_1 = ResponseMcpToolRequireApprovalType1.from_dict(data)

                return require_approval_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ResponseMcpToolRequireApprovalType1 | str | Unset", data)

        require_approval = _parse_require_approval(d.pop("require_approval", UNSET))

        response_mcp_tool = cls(
            type_=type_,
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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.response_mcp_tool_allowed_tools_type_1 import ResponseMcpToolAllowedToolsType1  # noqa: E402
from ..models.response_mcp_tool_headers_type_0 import ResponseMcpToolHeadersType0  # noqa: E402
from ..models.response_mcp_tool_require_approval_type_1 import ResponseMcpToolRequireApprovalType1  # noqa: E402
