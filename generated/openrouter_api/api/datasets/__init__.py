"""Resources for the operations tagged "datasets" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    import datetime

    from ...models.app_ranking_category import AppRankingCategory
    from ...models.app_ranking_sort import AppRankingSort
    from ...models.app_ranking_subcategory import AppRankingSubcategory
    from ...models.app_rankings_response import AppRankingsResponse
    from ...models.rankings_category import RankingsCategory
    from ...models.rankings_context_bucket import RankingsContextBucket
    from ...models.rankings_daily_response import RankingsDailyResponse
    from ...models.rankings_language_type import RankingsLanguageType
    from ...models.rankings_modality import RankingsModality
    from ...models.rankings_period import RankingsPeriod
    from ...models.session_cost_response import SessionCostResponse
    from ...models.session_turn_range import SessionTurnRange

__all__ = ["DatasetsResource", "AsyncDatasetsResource"]

_GET_DATASET_APP_RANKINGS = Operation(
    id="get_dataset_app_rankings",
    tag="datasets",
    method="GET",
    path="/datasets/app-rankings",
    requires_auth=True,
)
_GET_DATASET_RANKINGS_DAILY = Operation(
    id="get_dataset_rankings_daily",
    tag="datasets",
    method="GET",
    path="/datasets/rankings-daily",
    requires_auth=True,
)
_GET_DATASET_SESSION_COST = Operation(
    id="get_dataset_session_cost",
    tag="datasets",
    method="GET",
    path="/datasets/session-cost",
    requires_auth=True,
)


class DatasetsResource:
    """Operations tagged "datasets"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def get_app_rankings(
        self,
        *,
        category: AppRankingCategory | Unset = UNSET,
        subcategory: AppRankingSubcategory | Unset = UNSET,
        sort: AppRankingSort | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AppRankingsResponse:
        """Rank public apps by token usage in a date window. (`GET /datasets/app-rankings`, operation `get_dataset_app_rankings`)."""
        from . import get_dataset_app_rankings as _operation

        return self._transport.request(
            _GET_DATASET_APP_RANKINGS,
            _operation._get_kwargs(
                category=category,
                subcategory=subcategory,
                sort=sort,
                start_date=start_date,
                end_date=end_date,
                limit=limit,
                offset=offset,
            ),
            _operation._parse_ok,
            options,
        )

    def get_rankings_daily(
        self,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        period: RankingsPeriod | Unset = UNSET,
        modality: RankingsModality | Unset = UNSET,
        context_bucket: RankingsContextBucket | Unset = UNSET,
        category: RankingsCategory | Unset = UNSET,
        language_type: RankingsLanguageType | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RankingsDailyResponse:
        """Token totals of the top 50 models per day, week or month. (`GET /datasets/rankings-daily`, operation `get_dataset_rankings_daily`)."""
        from . import get_dataset_rankings_daily as _operation

        return self._transport.request(
            _GET_DATASET_RANKINGS_DAILY,
            _operation._get_kwargs(
                start_date=start_date,
                end_date=end_date,
                period=period,
                modality=modality,
                context_bucket=context_bucket,
                category=category,
                language_type=language_type,
            ),
            _operation._parse_ok,
            options,
        )

    def get_session_cost(
        self,
        *,
        app_slug: str | Unset = UNSET,
        model: str | Unset = UNSET,
        turn_range: SessionTurnRange | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SessionCostResponse:
        """Median cost per session by coding harness and model. (`GET /datasets/session-cost`, operation `get_dataset_session_cost`)."""
        from . import get_dataset_session_cost as _operation

        return self._transport.request(
            _GET_DATASET_SESSION_COST,
            _operation._get_kwargs(
                app_slug=app_slug,
                model=model,
                turn_range=turn_range,
                limit=limit,
                offset=offset,
            ),
            _operation._parse_ok,
            options,
        )


class AsyncDatasetsResource:
    """Awaitable operations tagged "datasets"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_app_rankings(
        self,
        *,
        category: AppRankingCategory | Unset = UNSET,
        subcategory: AppRankingSubcategory | Unset = UNSET,
        sort: AppRankingSort | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AppRankingsResponse:
        """Rank public apps by token usage in a date window. (`GET /datasets/app-rankings`, operation `get_dataset_app_rankings`)."""
        from . import get_dataset_app_rankings as _operation

        return await self._transport.request(
            _GET_DATASET_APP_RANKINGS,
            _operation._get_kwargs(
                category=category,
                subcategory=subcategory,
                sort=sort,
                start_date=start_date,
                end_date=end_date,
                limit=limit,
                offset=offset,
            ),
            _operation._parse_ok,
            options,
        )

    async def get_rankings_daily(
        self,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        period: RankingsPeriod | Unset = UNSET,
        modality: RankingsModality | Unset = UNSET,
        context_bucket: RankingsContextBucket | Unset = UNSET,
        category: RankingsCategory | Unset = UNSET,
        language_type: RankingsLanguageType | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RankingsDailyResponse:
        """Token totals of the top 50 models per day, week or month. (`GET /datasets/rankings-daily`, operation `get_dataset_rankings_daily`)."""
        from . import get_dataset_rankings_daily as _operation

        return await self._transport.request(
            _GET_DATASET_RANKINGS_DAILY,
            _operation._get_kwargs(
                start_date=start_date,
                end_date=end_date,
                period=period,
                modality=modality,
                context_bucket=context_bucket,
                category=category,
                language_type=language_type,
            ),
            _operation._parse_ok,
            options,
        )

    async def get_session_cost(
        self,
        *,
        app_slug: str | Unset = UNSET,
        model: str | Unset = UNSET,
        turn_range: SessionTurnRange | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SessionCostResponse:
        """Median cost per session by coding harness and model. (`GET /datasets/session-cost`, operation `get_dataset_session_cost`)."""
        from . import get_dataset_session_cost as _operation

        return await self._transport.request(
            _GET_DATASET_SESSION_COST,
            _operation._get_kwargs(
                app_slug=app_slug,
                model=model,
                turn_range=turn_range,
                limit=limit,
                offset=offset,
            ),
            _operation._parse_ok,
            options,
        )
