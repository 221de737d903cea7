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

__all__ = [
    "DatasetsResource",
    "AsyncDatasetsResource",
    "GET_DATASET_APP_RANKINGS",
    "GET_DATASET_RANKINGS_DAILY",
    "GET_DATASET_SESSION_COST",
]

GET_DATASET_APP_RANKINGS = Operation(
    id="get_dataset_app_rankings",
    tag="datasets",
    method="GET",
    path="/datasets/app-rankings",
    requires_auth=True,
)
GET_DATASET_RANKINGS_DAILY = Operation(
    id="get_dataset_rankings_daily",
    tag="datasets",
    method="GET",
    path="/datasets/rankings-daily",
    requires_auth=True,
)
GET_DATASET_SESSION_COST = Operation(
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
        """Rank public apps by token usage in a date window. (`GET /datasets/app-rankings`, operation `get_dataset_app_rankings`).

        The public app leaderboard (openrouter.ai/apps) as data. Tokens are prompt plus
        completion tokens; hidden and private apps are left out and aliases of an app are
        merged into it.

        Args:
            category (AppRankingCategory | Unset):
            subcategory (AppRankingSubcategory | Unset):
            sort (AppRankingSort | Unset):
            start_date (datetime.date | Unset):
            end_date (datetime.date | Unset):
            limit (int | Unset):
            offset (int | Unset):
        """
        from . import get_dataset_app_rankings as _operation

        return self._transport.request(
            GET_DATASET_APP_RANKINGS,
            _operation.build_request(
                category=category,
                subcategory=subcategory,
                sort=sort,
                start_date=start_date,
                end_date=end_date,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
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
        """Token totals of the top 50 models per day, week or month. (`GET /datasets/rankings-daily`, operation `get_dataset_rankings_daily`).

        The data behind openrouter.ai/rankings: for each period the top 50 public models by
        prompt plus completion tokens, and one `other` row that adds up the rest. `modality` and
        `context_bucket` select exact datasets; `category` and `language_type` select sampled,
        weekly-aggregated estimates and cannot be combined with the first two.

        Args:
            start_date (datetime.date | Unset):
            end_date (datetime.date | Unset):
            period (RankingsPeriod | Unset):
            modality (RankingsModality | Unset):
            context_bucket (RankingsContextBucket | Unset):
            category (RankingsCategory | Unset):
            language_type (RankingsLanguageType | Unset):
        """
        from . import get_dataset_rankings_daily as _operation

        return self._transport.request(
            GET_DATASET_RANKINGS_DAILY,
            _operation.build_request(
                start_date=start_date,
                end_date=end_date,
                period=period,
                modality=modality,
                context_bucket=context_bucket,
                category=category,
                language_type=language_type,
            ),
            _operation.parse_response,
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
        """Median cost per session by coding harness and model. (`GET /datasets/session-cost`, operation `get_dataset_session_cost`).

        Aggregated, weekly refreshed cells of median USD spend per session for the published
        harnesses (apps). Sessions are never mixed across apps and no per-session data is exposed.

        Args:
            app_slug (str | Unset):
            model (str | Unset):
            turn_range (SessionTurnRange | Unset): Inclusive ranges of turns per session.
            limit (int | Unset):
            offset (int | Unset):
        """
        from . import get_dataset_session_cost as _operation

        return self._transport.request(
            GET_DATASET_SESSION_COST,
            _operation.build_request(
                app_slug=app_slug,
                model=model,
                turn_range=turn_range,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
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
        """Rank public apps by token usage in a date window. (`GET /datasets/app-rankings`, operation `get_dataset_app_rankings`).

        The public app leaderboard (openrouter.ai/apps) as data. Tokens are prompt plus
        completion tokens; hidden and private apps are left out and aliases of an app are
        merged into it.

        Args:
            category (AppRankingCategory | Unset):
            subcategory (AppRankingSubcategory | Unset):
            sort (AppRankingSort | Unset):
            start_date (datetime.date | Unset):
            end_date (datetime.date | Unset):
            limit (int | Unset):
            offset (int | Unset):
        """
        from . import get_dataset_app_rankings as _operation

        return await self._transport.request(
            GET_DATASET_APP_RANKINGS,
            _operation.build_request(
                category=category,
                subcategory=subcategory,
                sort=sort,
                start_date=start_date,
                end_date=end_date,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
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
        """Token totals of the top 50 models per day, week or month. (`GET /datasets/rankings-daily`, operation `get_dataset_rankings_daily`).

        The data behind openrouter.ai/rankings: for each period the top 50 public models by
        prompt plus completion tokens, and one `other` row that adds up the rest. `modality` and
        `context_bucket` select exact datasets; `category` and `language_type` select sampled,
        weekly-aggregated estimates and cannot be combined with the first two.

        Args:
            start_date (datetime.date | Unset):
            end_date (datetime.date | Unset):
            period (RankingsPeriod | Unset):
            modality (RankingsModality | Unset):
            context_bucket (RankingsContextBucket | Unset):
            category (RankingsCategory | Unset):
            language_type (RankingsLanguageType | Unset):
        """
        from . import get_dataset_rankings_daily as _operation

        return await self._transport.request(
            GET_DATASET_RANKINGS_DAILY,
            _operation.build_request(
                start_date=start_date,
                end_date=end_date,
                period=period,
                modality=modality,
                context_bucket=context_bucket,
                category=category,
                language_type=language_type,
            ),
            _operation.parse_response,
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
        """Median cost per session by coding harness and model. (`GET /datasets/session-cost`, operation `get_dataset_session_cost`).

        Aggregated, weekly refreshed cells of median USD spend per session for the published
        harnesses (apps). Sessions are never mixed across apps and no per-session data is exposed.

        Args:
            app_slug (str | Unset):
            model (str | Unset):
            turn_range (SessionTurnRange | Unset): Inclusive ranges of turns per session.
            limit (int | Unset):
            offset (int | Unset):
        """
        from . import get_dataset_session_cost as _operation

        return await self._transport.request(
            GET_DATASET_SESSION_COST,
            _operation.build_request(
                app_slug=app_slug,
                model=model,
                turn_range=turn_range,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            options,
        )
