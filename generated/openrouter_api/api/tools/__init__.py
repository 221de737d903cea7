"""Resources for the operations tagged "tools" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.server_tool_api_format import ServerToolApiFormat
    from ...models.server_tool_list_response import ServerToolListResponse
    from ...models.server_tool_response import ServerToolResponse

__all__ = [
    "ToolsResource",
    "AsyncToolsResource",
    "GET_TOOL",
    "LIST_TOOLS",
]

GET_TOOL = Operation(
    id="get_tool",
    tag="tools",
    method="GET",
    path="/tools/{name}",
    requires_auth=True,
)
LIST_TOOLS = Operation(
    id="list_tools",
    tag="tools",
    method="GET",
    path="/tools",
    requires_auth=True,
)


class ToolsResource:
    """Operations tagged "tools"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def get(
        self,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ServerToolResponse:
        """Fetch one server tool, with the models that run it natively. (`GET /tools/{name}`, operation `get_tool`).

        Accepts the canonical `openrouter:*` name or any accepted alias. Asking by an alias
        answers 308 with the canonical URL in `Location`.

        Args:
            name (str):
        """
        from . import get_tool as _operation

        return self._transport.request(
            GET_TOOL,
            _operation.build_request(
                name=name,
            ),
            _operation.parse_response,
            options,
        )

    def list(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        api_format: ServerToolApiFormat | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ServerToolListResponse:
        """List the server tools OpenRouter can run for a model. (`GET /tools`, operation `list_tools`).

        Every server tool with the `tools[].type` spellings each API format accepts, the engines
        behind it and their prices, and how many endpoints run it natively.

        Args:
            offset (int | Unset):
            limit (int | Unset):
            api_format (ServerToolApiFormat | Unset):
        """
        from . import list_tools as _operation

        return self._transport.request(
            LIST_TOOLS,
            _operation.build_request(
                offset=offset,
                limit=limit,
                api_format=api_format,
            ),
            _operation.parse_response,
            options,
        )


class AsyncToolsResource:
    """Awaitable operations tagged "tools"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get(
        self,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ServerToolResponse:
        """Fetch one server tool, with the models that run it natively. (`GET /tools/{name}`, operation `get_tool`).

        Accepts the canonical `openrouter:*` name or any accepted alias. Asking by an alias
        answers 308 with the canonical URL in `Location`.

        Args:
            name (str):
        """
        from . import get_tool as _operation

        return await self._transport.request(
            GET_TOOL,
            _operation.build_request(
                name=name,
            ),
            _operation.parse_response,
            options,
        )

    async def list(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        api_format: ServerToolApiFormat | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ServerToolListResponse:
        """List the server tools OpenRouter can run for a model. (`GET /tools`, operation `list_tools`).

        Every server tool with the `tools[].type` spellings each API format accepts, the engines
        behind it and their prices, and how many endpoints run it natively.

        Args:
            offset (int | Unset):
            limit (int | Unset):
            api_format (ServerToolApiFormat | Unset):
        """
        from . import list_tools as _operation

        return await self._transport.request(
            LIST_TOOLS,
            _operation.build_request(
                offset=offset,
                limit=limit,
                api_format=api_format,
            ),
            _operation.parse_response,
            options,
        )
