"""Resources for the operations tagged "analytics" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.activity_group_by import ActivityGroupBy
    from ...models.activity_list_response import ActivityListResponse
    from ...models.analytics_meta_response import AnalyticsMetaResponse
    from ...models.analytics_query_request import AnalyticsQueryRequest
    from ...models.analytics_query_response import AnalyticsQueryResponse

__all__ = ["AnalyticsResource", "AsyncAnalyticsResource"]

_GET_ANALYTICS_META = Operation(
    id="get_analytics_meta",
    tag="analytics",
    method="GET",
    path="/analytics/meta",
    requires_auth=True,
)
_LIST_ANALYTICS_ACTIVITY = Operation(
    id="list_analytics_activity",
    tag="analytics",
    method="GET",
    path="/activity",
    requires_auth=True,
)
_QUERY_ANALYTICS = Operation(
    id="query_analytics",
    tag="analytics",
    method="POST",
    path="/analytics/query",
    requires_auth=True,
)


class AnalyticsResource:
    """Operations tagged "analytics"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def get_meta(
        self,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsMetaResponse:
        """Describe analytics metrics and dimensions (`GET /analytics/meta`, operation `get_analytics_meta`)."""
        from . import get_analytics_meta as _operation

        return self._transport.request(
            _GET_ANALYTICS_META,
            _operation._get_kwargs(),
            _operation._parse_ok,
            options,
        )

    def list_activity(
        self,
        *,
        date: str | Unset = UNSET,
        api_key_hash: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        group_by: ActivityGroupBy | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ActivityListResponse:
        """List daily activity (`GET /activity`, operation `list_analytics_activity`)."""
        from . import list_analytics_activity as _operation

        return self._transport.request(
            _LIST_ANALYTICS_ACTIVITY,
            _operation._get_kwargs(
                date=date,
                api_key_hash=api_key_hash,
                user_id=user_id,
                workspace_id=workspace_id,
                group_by=group_by,
            ),
            _operation._parse_ok,
            options,
        )

    def query(
        self,
        *,
        body: AnalyticsQueryRequest,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsQueryResponse:
        """Run an analytics query (`POST /analytics/query`, operation `query_analytics`)."""
        from . import query_analytics as _operation

        return self._transport.request(
            _QUERY_ANALYTICS,
            _operation._get_kwargs(
                body=body,
            ),
            _operation._parse_ok,
            options,
        )


class AsyncAnalyticsResource:
    """Awaitable operations tagged "analytics"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_meta(
        self,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsMetaResponse:
        """Describe analytics metrics and dimensions (`GET /analytics/meta`, operation `get_analytics_meta`)."""
        from . import get_analytics_meta as _operation

        return await self._transport.request(
            _GET_ANALYTICS_META,
            _operation._get_kwargs(),
            _operation._parse_ok,
            options,
        )

    async def list_activity(
        self,
        *,
        date: str | Unset = UNSET,
        api_key_hash: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        group_by: ActivityGroupBy | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ActivityListResponse:
        """List daily activity (`GET /activity`, operation `list_analytics_activity`)."""
        from . import list_analytics_activity as _operation

        return await self._transport.request(
            _LIST_ANALYTICS_ACTIVITY,
            _operation._get_kwargs(
                date=date,
                api_key_hash=api_key_hash,
                user_id=user_id,
                workspace_id=workspace_id,
                group_by=group_by,
            ),
            _operation._parse_ok,
            options,
        )

    async def query(
        self,
        *,
        body: AnalyticsQueryRequest,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsQueryResponse:
        """Run an analytics query (`POST /analytics/query`, operation `query_analytics`)."""
        from . import query_analytics as _operation

        return await self._transport.request(
            _QUERY_ANALYTICS,
            _operation._get_kwargs(
                body=body,
            ),
            _operation._parse_ok,
            options,
        )
