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

__all__ = [
    "AnalyticsResource",
    "AsyncAnalyticsResource",
    "GET_ANALYTICS_META",
    "LIST_ANALYTICS_ACTIVITY",
    "QUERY_ANALYTICS",
]

GET_ANALYTICS_META = Operation(
    id="get_analytics_meta",
    tag="analytics",
    method="GET",
    path="/analytics/meta",
    requires_auth=True,
)
LIST_ANALYTICS_ACTIVITY = Operation(
    id="list_analytics_activity",
    tag="analytics",
    method="GET",
    path="/activity",
    requires_auth=True,
)
QUERY_ANALYTICS = Operation(
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
        """Describe analytics metrics and dimensions (`GET /analytics/meta`, operation `get_analytics_meta`).

        Lists the metrics, dimensions, filter operators and time granularities `POST
        /analytics/query` accepts.
        """
        from . import get_analytics_meta as _operation

        return self._transport.request(
            GET_ANALYTICS_META,
            _operation.build_request(),
            _operation.parse_response,
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
        """List daily activity (`GET /activity`, operation `list_analytics_activity`).

        Returns usage for the last 30 completed UTC days, one row per day and endpoint.

        Args:
            date (str | Unset):
            api_key_hash (str | Unset):
            user_id (str | Unset):
            workspace_id (str | Unset):
            group_by (ActivityGroupBy | Unset): How to split activity rows.
        """
        from . import list_analytics_activity as _operation

        return self._transport.request(
            LIST_ANALYTICS_ACTIVITY,
            _operation.build_request(
                date=date,
                api_key_hash=api_key_hash,
                user_id=user_id,
                workspace_id=workspace_id,
                group_by=group_by,
            ),
            _operation.parse_response,
            options,
        )

    def query(
        self,
        *,
        body: AnalyticsQueryRequest,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsQueryResponse:
        """Run an analytics query (`POST /analytics/query`, operation `query_analytics`).

        Computes metrics over a time range, optionally grouped by dimensions and filtered.

        Args:
            body (AnalyticsQueryRequest): An analytics query.
        """
        from . import query_analytics as _operation

        return self._transport.request(
            QUERY_ANALYTICS,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
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
        """Describe analytics metrics and dimensions (`GET /analytics/meta`, operation `get_analytics_meta`).

        Lists the metrics, dimensions, filter operators and time granularities `POST
        /analytics/query` accepts.
        """
        from . import get_analytics_meta as _operation

        return await self._transport.request(
            GET_ANALYTICS_META,
            _operation.build_request(),
            _operation.parse_response,
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
        """List daily activity (`GET /activity`, operation `list_analytics_activity`).

        Returns usage for the last 30 completed UTC days, one row per day and endpoint.

        Args:
            date (str | Unset):
            api_key_hash (str | Unset):
            user_id (str | Unset):
            workspace_id (str | Unset):
            group_by (ActivityGroupBy | Unset): How to split activity rows.
        """
        from . import list_analytics_activity as _operation

        return await self._transport.request(
            LIST_ANALYTICS_ACTIVITY,
            _operation.build_request(
                date=date,
                api_key_hash=api_key_hash,
                user_id=user_id,
                workspace_id=workspace_id,
                group_by=group_by,
            ),
            _operation.parse_response,
            options,
        )

    async def query(
        self,
        *,
        body: AnalyticsQueryRequest,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsQueryResponse:
        """Run an analytics query (`POST /analytics/query`, operation `query_analytics`).

        Computes metrics over a time range, optionally grouped by dimensions and filtered.

        Args:
            body (AnalyticsQueryRequest): An analytics query.
        """
        from . import query_analytics as _operation

        return await self._transport.request(
            QUERY_ANALYTICS,
            _operation.build_request(
                body=body,
            ),
            _operation.parse_response,
            options,
        )
