"""Account operations with state: credits, the current key, generation lookups and keys CRUD.

Records are laid over the spec's own example objects (read from routes.json), so fields the
emulator does not model still come back with the documented types.
"""

from __future__ import annotations

from typing import Any

from ._context import Call, iso
from ._routes import route_for
from ._state import KeyEntry
from ._wire import Reply, error_reply, json_reply

__all__ = [
    "create_key",
    "delete_key",
    "get_credits",
    "get_current_key",
    "get_generation",
    "get_key",
    "list_keys",
    "update_key",
]

_LIMIT_RESETS = ("daily", "weekly", "monthly")


def _template(operation_id: str) -> dict[str, Any]:
    example = route_for(operation_id).example()
    data = example.get("data") if isinstance(example, dict) else None
    return data if isinstance(data, dict) else {}


def get_credits(call: Call) -> Reply:
    """`GET /credits`: purchased credits and what the calls so far have cost."""
    state = call.state
    data = {"total_credits": float(state.credits), "total_usage": float(state.total_spent)}
    return json_reply(200, {"data": data})


def get_current_key(call: Call) -> Reply:
    """`GET /key`: the calling key's limit, usage and kind."""
    key = call.key
    assert key is not None  # the operation needs a key; the core checked it
    data = _template("get_current_key")
    data.update(
        {
            **key.usage_json(),
            "is_free_tier": False,
            "is_management_key": key.management,
            "is_provisioning_key": key.management,
        }
    )
    return json_reply(200, {"data": data})


def get_generation(call: Call) -> Reply:
    """`GET /generation?id=`: 404 for the first lookups of a new id, then the record."""
    generation_id = call.query.get("id")
    if not generation_id:
        return error_reply(400, "id: Required")
    found = call.state.lookup(generation_id, call.settings.generation_delay_polls)
    if found is None:
        return error_reply(404, f"Generation {generation_id} not found")
    return json_reply(200, {"data": found.to_json(_template("get_generation"))})


def _key_json(entry: KeyEntry) -> dict[str, Any]:
    return entry.to_json(_template("get_key"))


def _check_limit(value: Any) -> str | None:
    if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
        return None
    return "limit must be a number or null"


def list_keys(call: Call) -> Reply:
    """`GET /keys`: inference keys (not management keys), honouring offset, limit, disabled."""
    query = call.query
    include_disabled = query.get("include_disabled") == "true"
    keys = [
        entry
        for entry in call.state.keys.values()
        if not entry.management and (include_disabled or not entry.disabled)
    ]
    try:
        offset = max(0, int(query.get("offset") or 0))
        limit = max(1, min(100, int(query.get("limit") or 100)))
    except ValueError:
        return error_reply(400, "offset and limit must be integers")
    page = keys[offset : offset + limit]
    return json_reply(200, {"data": [_key_json(entry) for entry in page]})


def create_key(call: Call) -> Reply:
    """`POST /keys`: a new key (201) with its plaintext, shown only here."""
    body = call.json_body()
    name = body.get("name")
    if not isinstance(name, str) or not name.strip():
        return error_reply(400, "name: Required (a non-empty string)")
    problem = _check_limit(body.get("limit"))
    if problem:
        return error_reply(400, problem)
    reset = body.get("limit_reset")
    if reset is not None and reset not in _LIMIT_RESETS:
        return error_reply(400, f"limit_reset must be one of {', '.join(_LIMIT_RESETS)} or null")
    state = call.state
    entry = KeyEntry(
        secret=state.new_key_secret(name),
        name=name,
        management=False,
        created_at=iso(call.now),
        limit=body.get("limit"),
        limit_reset=reset,
        include_byok_in_limit=bool(body.get("include_byok_in_limit", False)),
        expires_at=body.get("expires_at") if isinstance(body.get("expires_at"), str) else None,
        creator_user_id=body.get("creator_user_id")
        if isinstance(body.get("creator_user_id"), str)
        else None,
    )
    workspace = body.get("workspace_id")
    if isinstance(workspace, str):
        entry.workspace_id = workspace
    state.add_key(entry)
    return json_reply(201, {"data": _key_json(entry), "key": entry.secret})


def _entry(call: Call) -> KeyEntry | Reply:
    key_hash = call.params.get("hash", "")
    entry = call.state.keys.get(key_hash)
    if entry is None or entry.management:
        return error_reply(404, f"No key with hash {key_hash}")
    return entry


def get_key(call: Call) -> Reply:
    """`GET /keys/{hash}`."""
    entry = _entry(call)
    return entry if isinstance(entry, Reply) else json_reply(200, {"data": _key_json(entry)})


def update_key(call: Call) -> Reply:
    """`PATCH /keys/{hash}`: rename, disable/enable, re-limit."""
    entry = _entry(call)
    if isinstance(entry, Reply):
        return entry
    body = call.json_body()
    if "name" in body:
        if not isinstance(body["name"], str) or not body["name"].strip():
            return error_reply(400, "name must be a non-empty string")
        entry.name = body["name"]
    if "disabled" in body:
        entry.disabled = bool(body["disabled"])
    if "limit" in body:
        problem = _check_limit(body["limit"])
        if problem:
            return error_reply(400, problem)
        entry.limit = body["limit"]
    if "limit_reset" in body:
        if body["limit_reset"] is not None and body["limit_reset"] not in _LIMIT_RESETS:
            return error_reply(400, "limit_reset must be daily, weekly, monthly or null")
        entry.limit_reset = body["limit_reset"]
    if "include_byok_in_limit" in body:
        entry.include_byok_in_limit = bool(body["include_byok_in_limit"])
    entry.updated_at = iso(call.now)
    return json_reply(200, {"data": _key_json(entry)})


def delete_key(call: Call) -> Reply:
    """`DELETE /keys/{hash}`: the key stops working at once."""
    entry = _entry(call)
    if isinstance(entry, Reply):
        return entry
    call.state.remove_key(entry.hash)
    return json_reply(200, {"deleted": True})
