from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, Unset, response_json

__all__ = ["build_request", "parse_response"]

from ...models.list_models_distillable import ListModelsDistillable
from ...models.list_models_region import ListModelsRegion
from ...models.list_models_use_rss import ListModelsUseRss
from ...models.list_models_use_rss_chat_links import ListModelsUseRssChatLinks
from ...models.list_models_zdr import ListModelsZdr
from ...models.model_category import ModelCategory
from ...models.model_list_response import ModelListResponse
from ...models.model_list_sort import ModelListSort
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx


def build_request(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    category: ModelCategory | Unset = UNSET,
    supported_parameters: str | Unset = UNSET,
    output_modalities: str | Unset = UNSET,
    input_modalities: str | Unset = UNSET,
    sort: ModelListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    context: int | Unset = UNSET,
    min_price: float | Unset = UNSET,
    max_price: float | Unset = UNSET,
    min_output_price: float | Unset = UNSET,
    max_output_price: float | Unset = UNSET,
    arch: str | Unset = UNSET,
    model_authors: str | Unset = UNSET,
    providers: str | Unset = UNSET,
    distillable: ListModelsDistillable | Unset = UNSET,
    zdr: ListModelsZdr | Unset = UNSET,
    region: ListModelsRegion | Unset = UNSET,
    min_age_days: int | Unset = UNSET,
    max_age_days: int | Unset = UNSET,
    min_intelligence_index: float | Unset = UNSET,
    max_intelligence_index: float | Unset = UNSET,
    min_coding_index: float | Unset = UNSET,
    max_coding_index: float | Unset = UNSET,
    min_agentic_index: float | Unset = UNSET,
    max_agentic_index: float | Unset = UNSET,
    min_tool_success_rate: float | Unset = UNSET,
    max_tool_success_rate: float | Unset = UNSET,
    use_rss: ListModelsUseRss | Unset = UNSET,
    use_rss_chat_links: ListModelsUseRssChatLinks | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    params["supported_parameters"] = supported_parameters

    params["output_modalities"] = output_modalities

    params["input_modalities"] = input_modalities

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["q"] = q

    params["context"] = context

    params["min_price"] = min_price

    params["max_price"] = max_price

    params["min_output_price"] = min_output_price

    params["max_output_price"] = max_output_price

    params["arch"] = arch

    params["model_authors"] = model_authors

    params["providers"] = providers

    json_distillable: str | Unset = UNSET
    if not isinstance(distillable, Unset):
        json_distillable = distillable.value

    params["distillable"] = json_distillable

    json_zdr: str | Unset = UNSET
    if not isinstance(zdr, Unset):
        json_zdr = zdr.value

    params["zdr"] = json_zdr

    json_region: str | Unset = UNSET
    if not isinstance(region, Unset):
        json_region = region.value

    params["region"] = json_region

    params["min_age_days"] = min_age_days

    params["max_age_days"] = max_age_days

    params["min_intelligence_index"] = min_intelligence_index

    params["max_intelligence_index"] = max_intelligence_index

    params["min_coding_index"] = min_coding_index

    params["max_coding_index"] = max_coding_index

    params["min_agentic_index"] = min_agentic_index

    params["max_agentic_index"] = max_agentic_index

    params["min_tool_success_rate"] = min_tool_success_rate

    params["max_tool_success_rate"] = max_tool_success_rate

    json_use_rss: str | Unset = UNSET
    if not isinstance(use_rss, Unset):
        json_use_rss = use_rss.value

    params["use_rss"] = json_use_rss

    json_use_rss_chat_links: str | Unset = UNSET
    if not isinstance(use_rss_chat_links, Unset):
        json_use_rss_chat_links = use_rss_chat_links.value

    params["use_rss_chat_links"] = json_use_rss_chat_links

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ModelListResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = ModelListResponse.from_dict(response_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
