from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, Unset, response_json

__all__ = ["build_request", "parse_response"]

import datetime

from ...models.rankings_category import RankingsCategory
from ...models.rankings_context_bucket import RankingsContextBucket
from ...models.rankings_daily_response import RankingsDailyResponse
from ...models.rankings_language_type import RankingsLanguageType
from ...models.rankings_modality import RankingsModality
from ...models.rankings_period import RankingsPeriod
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx


def build_request(
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    period: RankingsPeriod | Unset = UNSET,
    modality: RankingsModality | Unset = UNSET,
    context_bucket: RankingsContextBucket | Unset = UNSET,
    category: RankingsCategory | Unset = UNSET,
    language_type: RankingsLanguageType | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""

    params: dict[str, Any] = {}

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period.value

    params["period"] = json_period

    json_modality: str | Unset = UNSET
    if not isinstance(modality, Unset):
        json_modality = modality.value

    params["modality"] = json_modality

    json_context_bucket: str | Unset = UNSET
    if not isinstance(context_bucket, Unset):
        json_context_bucket = context_bucket.value

    params["context_bucket"] = json_context_bucket

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    json_language_type: str | Unset = UNSET
    if not isinstance(language_type, Unset):
        json_language_type = language_type.value

    params["language_type"] = json_language_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/rankings-daily",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> RankingsDailyResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = RankingsDailyResponse.from_dict(response_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
