"""Catalogue operations: `/models`, `/models/count`, `/model/{author}/{slug}`, endpoints, providers.

They answer from the emulator's catalogue, so the prices a test reads from `/models` are the
prices the emulator bills with.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ._catalogue import PROVIDERS, CatalogueModel, find_model
from ._context import Call
from ._wire import Reply, error_reply, json_reply

__all__ = [
    "count_models",
    "filter_models",
    "get_model",
    "list_embeddings_models",
    "list_model_endpoints",
    "list_models",
    "list_providers",
]


def _wanted(raw: str | None, default: str | None) -> set[str] | None:
    value = raw if raw is not None else default
    if value is None or value.strip() in ("", "all"):
        return None
    return {part.strip() for part in value.split(",") if part.strip()}


def filter_models(
    models: Sequence[CatalogueModel], query: Mapping[str, str]
) -> list[CatalogueModel]:
    """Apply the `/models` filters the emulator understands.

    `output_modalities` (default `text`; `all` for everything), `input_modalities`,
    `supported_parameters` (each listed value must be present) and `q` (case-insensitive text in
    the id, name or description).
    """
    outputs = _wanted(query.get("output_modalities"), "text")
    inputs = _wanted(query.get("input_modalities"), None)
    parameters = _wanted(query.get("supported_parameters"), None)
    text = (query.get("q") or "").strip().lower()
    chosen = []
    for model in models:
        if outputs is not None and not outputs <= set(model.output_modalities):
            continue
        if inputs is not None and not inputs <= set(model.input_modalities):
            continue
        if parameters is not None and not parameters <= set(model.parameters()):
            continue
        haystack = f"{model.id} {model.name} {model.description}".lower()
        if text and text not in haystack:
            continue
        chosen.append(model)
    return chosen


def _page(call: Call, query: dict[str, str]) -> Reply:
    chosen = filter_models(call.models, query)
    try:
        offset = max(0, int(query.get("offset", "0") or 0))
        limit = int(query["limit"]) if query.get("limit") else None
    except ValueError:
        return error_reply(400, "offset and limit must be integers")
    if limit is not None and not 1 <= limit <= 1000:
        return error_reply(400, "limit must be between 1 and 1000")
    end = len(chosen) if limit is None else offset + limit
    page = chosen[offset:end]
    next_link = None
    if end < len(chosen):
        next_link = f"/api/v1/models?offset={end}&limit={limit}"
    body = {
        "data": [model.to_json() for model in page],
        "total_count": len(chosen),
        "links": {"next": next_link},
    }
    return json_reply(200, body)


def list_models(call: Call) -> Reply:
    """`GET /models` (and `/models/user`): filters, text search and offset/limit paging."""
    if call.query.get("use_rss") == "true":
        return _rss(call)
    return _page(call, call.query)


def _rss(call: Call) -> Reply:
    items = "".join(
        f"<item><title>{m.name}</title><link>https://openrouter.ai/{m.id}</link></item>"
        for m in filter_models(call.models, call.query)
    )
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'
    data = feed.encode("utf-8")
    headers = (("content-type", "application/rss+xml"), ("content-length", str(len(data))))
    return Reply(200, headers, data)


def list_embeddings_models(call: Call) -> Reply:
    """`GET /embeddings/models`: the embedding models."""
    return _page(call, {**call.query, "output_modalities": "embeddings"})


def count_models(call: Call) -> Reply:
    """`GET /models/count` (honours `output_modalities`, default `text`)."""
    return json_reply(200, {"data": {"count": len(filter_models(call.models, call.query))}})


def _named(call: Call) -> str:
    return f"{call.params.get('author', '')}/{call.params.get('slug', '')}"


def get_model(call: Call) -> Reply:
    """`GET /model/{author}/{slug}`."""
    model = find_model(call.models, _named(call))
    if model is None:
        return error_reply(404, f"Model {_named(call)} not found")
    return json_reply(200, {"data": model.to_json()})


def list_model_endpoints(call: Call) -> Reply:
    """`GET /models/{author}/{slug}/endpoints`: the one provider that serves the model."""
    model = find_model(call.models, _named(call))
    if model is None:
        return error_reply(404, f"Model {_named(call)} not found")
    return json_reply(200, model.endpoints_json())


def list_providers(call: Call) -> Reply:
    """`GET /providers`."""
    return json_reply(200, {"data": [provider.to_json() for provider in PROVIDERS]})
