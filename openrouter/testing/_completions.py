"""`POST /completions` (legacy text completions) and `POST /embeddings`.

Text completions answer like chat (same planner) in the `text_completion` shape, streamed with
`text` deltas. Embeddings are deterministic unit vectors derived from a hash of each input.
"""

from __future__ import annotations

import base64
import struct
from typing import Any

from ._answer import Question, limit_of, native_reason, stops_of
from ._billing import Usage
from ._context import Call
from ._text import count_tokens, embedding_for, split_words
from ._wire import DONE, Chunk, Reply, error_reply, json_reply, sse_data, stream_reply

__all__ = ["EMBEDDING_DIMENSIONS", "create_embeddings", "text_completion"]

#: The length of emulated embedding vectors unless the request asks for `dimensions`.
EMBEDDING_DIMENSIONS = 16


def _prompt(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = [v if isinstance(v, str) else str(v) for v in value]
        return " ".join(parts)
    return None


def _choice(text: str, finish: str | None, native: str | None) -> dict[str, Any]:
    return {
        "text": text,
        "index": 0,
        "logprobs": None,
        "finish_reason": finish,
        "native_finish_reason": native,
    }


def text_completion(call: Call) -> Reply:
    """Handle `POST /completions`."""
    body = call.json_body()
    prompt = _prompt(body.get("prompt"))
    if prompt is None:
        return error_reply(400, "prompt: Required (a string or an array of strings)")
    model = call.model()
    if isinstance(model, Reply):
        return model
    stream = body.get("stream") is True
    question = Question(
        messages=[{"role": "user", "content": prompt}],
        max_tokens=limit_of(body, "max_tokens", "max_completion_tokens"),
        stop=stops_of(body.get("stop")),
    )
    generation_id, answer, usage = call.answer(model, question, stream=stream)
    head = {
        "id": generation_id,
        "provider": model.provider,
        "model": model.id,
        "object": "text_completion",
        "created": call.created,
        "system_fingerprint": None,
    }
    native = native_reason(model.provider, answer.finish_reason)
    header = ("x-generation-id", generation_id)
    if not stream:
        result = {**head, "choices": [_choice(answer.content, answer.finish_reason, native)]}
        result["usage"] = usage.chat_json()
        return json_reply(200, result, header)
    chunks = call.keepalives()
    for piece in split_words(answer.content, call.settings.words_per_chunk):
        data = sse_data({**head, "choices": [_choice(piece, None, None)]})
        chunks.append(Chunk(data, kind="content"))
    finish = sse_data({**head, "choices": [_choice("", answer.finish_reason, native)]})
    chunks.append(Chunk(finish, kind="finish"))
    usage_data = sse_data({**head, "choices": [], "usage": usage.chat_json()})
    chunks.append(Chunk(usage_data, kind="usage"))
    chunks.append(Chunk(DONE, kind="done"))
    return stream_reply(tuple(chunks), header, meta=head)


def _inputs(value: Any) -> list[Any] | None:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and value:
        if all(isinstance(v, int) and not isinstance(v, bool) for v in value):
            return [value]  # one input given as token ids
        return list(value)
    return None


def _tokens(value: Any) -> int:
    if isinstance(value, str):
        return count_tokens(value)
    if isinstance(value, list):
        return len(value) if all(isinstance(v, int) for v in value) else sum(map(_tokens, value))
    if isinstance(value, dict):
        return sum(_tokens(v) for v in value.values() if isinstance(v, str | list | dict))
    return 1


def create_embeddings(call: Call) -> Reply:
    """Handle `POST /embeddings`: one vector per input, usage priced by prompt tokens."""
    body = call.json_body()
    inputs = _inputs(body.get("input"))
    if inputs is None:
        return error_reply(400, "input: Required (a string, an array of strings or token ids)")
    model = call.model(default="openai/text-embedding-3-small")
    if isinstance(model, Reply):
        return model
    dimensions = body.get("dimensions")
    size = dimensions if isinstance(dimensions, int) and 0 < dimensions <= 4096 else None
    size = size or EMBEDDING_DIMENSIONS
    as_base64 = body.get("encoding_format") == "base64"
    data = []
    for index, item in enumerate(inputs):
        vector = embedding_for(item, size)
        embedding: list[float] | str = vector
        if as_base64:
            packed = struct.pack(f"<{len(vector)}f", *vector)
            embedding = base64.b64encode(packed).decode("ascii")
        data.append({"object": "embedding", "embedding": embedding, "index": index})
    generation_id = call.new_generation_id()
    tokens = max(1, sum(_tokens(item) for item in inputs))
    usage = Usage.priced(model, tokens, 0)
    call.bill(
        generation_id, model, usage, streamed=False, finish_reason=None, api_type="embeddings"
    )
    result = {
        "id": generation_id,
        "object": "list",
        "data": data,
        "model": model.id,
        "provider": model.provider,
        "usage": usage.embeddings_json(),
    }
    return json_reply(200, result, ("x-generation-id", generation_id))
