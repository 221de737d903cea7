"""Accumulators rebuild the final object from stream events, field by field."""

from __future__ import annotations

import json
import tracemalloc
from typing import Any

import pytest

from openrouter._accumulate import ChatAccumulator, MessagesAccumulator, ResponsesAccumulator


def chunk(delta: dict[str, Any] | None = None, **choice: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"index": 0, "delta": delta or {}}
    body.update(choice)
    return {
        "id": "gen-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "provider": "P",
        "choices": [body],
    }


def run(chunks: list[dict[str, Any]]) -> dict[str, Any]:
    acc = ChatAccumulator()
    for c in chunks:
        acc.add(c, None)
    return acc.snapshot()


def test_content_refusal_reasoning_and_finish_reasons() -> None:
    result = run(
        [
            chunk({"role": "assistant", "content": ""}),
            chunk({"content": "Hel", "reasoning": "think "}),
            chunk({"content": "lo", "reasoning": "more", "refusal": "no"}),
            chunk({}, finish_reason="stop", native_finish_reason="end_turn"),
        ]
    )
    choice = result["choices"][0]
    assert choice["message"]["content"] == "Hello"
    assert choice["message"]["reasoning"] == "think more"
    assert choice["message"]["refusal"] == "no"
    assert choice["finish_reason"] == "stop"
    assert choice["native_finish_reason"] == "end_turn"
    assert result["provider"] == "P"
    assert result["object"] == "chat.completion"


def test_parallel_tool_calls_are_assembled_by_index() -> None:
    result = run(
        [
            chunk(
                {
                    "tool_calls": [
                        {
                            "index": 0,
                            "id": "c0",
                            "type": "function",
                            "function": {"name": "weather", "arguments": ""},
                        }
                    ]
                }
            ),
            chunk(
                {
                    "tool_calls": [
                        {
                            "index": 1,
                            "id": "c1",
                            "type": "function",
                            "function": {"name": "time", "arguments": '{"tz"'},
                        }
                    ]
                }
            ),
            chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"city": '}}]}),
            chunk(
                {
                    "tool_calls": [
                        {"index": 0, "function": {"arguments": '"Paris"}'}},
                        {"index": 1, "function": {"arguments": ': "UTC"}'}},
                    ]
                }
            ),
            chunk({}, finish_reason="tool_calls"),
        ]
    )
    message = result["choices"][0]["message"]
    assert message["content"] is None
    assert message["tool_calls"] == [
        {
            "id": "c0",
            "type": "function",
            "function": {"name": "weather", "arguments": '{"city": "Paris"}'},
        },
        {
            "id": "c1",
            "type": "function",
            "function": {"name": "time", "arguments": '{"tz": "UTC"}'},
        },
    ]


def test_reasoning_details_merge_by_index_and_append_without_one() -> None:
    result = run(
        [
            chunk({"reasoning_details": [{"type": "reasoning.text", "text": "a", "index": 0}]}),
            chunk(
                {
                    "reasoning_details": [
                        {"type": "reasoning.text", "text": "b", "index": 0, "signature": "sig"}
                    ]
                }
            ),
            chunk({"reasoning_details": [{"type": "reasoning.encrypted", "data": "xx"}]}),
            chunk({"reasoning_details": [{"type": "reasoning.encrypted", "data": "yy"}]}),
            chunk({}, finish_reason="stop"),
        ]
    )
    details = result["choices"][0]["message"]["reasoning_details"]
    assert details == [
        {"type": "reasoning.text", "text": "ab", "index": 0, "signature": "sig"},
        {"type": "reasoning.encrypted", "data": "xx"},
        {"type": "reasoning.encrypted", "data": "yy"},
    ]


def test_annotations_images_logprobs_usage_and_unknown_fields() -> None:
    usage = {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3, "cost": 0.5}
    result = run(
        [
            chunk(
                {
                    "content": "x",
                    "annotations": [{"type": "url_citation", "url_citation": {"url": "u"}}],
                    "images": [
                        {"type": "image_url", "image_url": {"url": "data:image/png;base64,AA"}}
                    ],
                    "brand_new": 1,
                },
                logprobs={"content": [{"token": "x", "logprob": -0.1}]},
            ),
            chunk(
                {}, finish_reason="stop", logprobs={"content": [{"token": "y", "logprob": -0.2}]}
            ),
            {**chunk(), "choices": [], "usage": usage, "system_fingerprint": "fp", "future": True},
        ]
    )
    choice = result["choices"][0]
    assert choice["message"]["annotations"][0]["url_citation"]["url"] == "u"
    assert choice["message"]["images"][0]["image_url"]["url"].startswith("data:")
    assert choice["message"]["brand_new"] == 1
    assert [t["token"] for t in choice["logprobs"]["content"]] == ["x", "y"]
    assert result["usage"] == usage
    assert result["system_fingerprint"] == "fp"
    assert result["future"] is True


def test_tool_calls_without_index_are_told_apart_by_id() -> None:
    result = run(
        [
            chunk({"tool_calls": [{"id": "a", "function": {"name": "f", "arguments": "{}"}}]}),
            chunk({"tool_calls": [{"id": "b", "function": {"name": "g", "arguments": "{}"}}]}),
            chunk({}, finish_reason="tool_calls"),
        ]
    )
    names = [c["function"]["name"] for c in result["choices"][0]["message"]["tool_calls"]]
    assert names == ["f", "g"]


def test_text_completion_chunks() -> None:
    acc = ChatAccumulator(text_completion=True)
    for text, finish in (("Once", None), (" upon", "length")):
        acc.add(
            {
                "id": "g",
                "object": "text_completion",
                "created": 1,
                "model": "m",
                "choices": [{"index": 0, "text": text, "finish_reason": finish}],
            },
            None,
        )
    result = acc.snapshot()
    assert result["choices"][0]["text"] == "Once upon"
    assert result["object"] == "text_completion"
    assert acc.finished


def test_responses_events() -> None:
    acc = ResponsesAccumulator()
    final = {
        "id": "resp_1",
        "object": "response",
        "status": "completed",
        "output": [],
        "usage": {"input_tokens": 1, "output_tokens": 2, "total_tokens": 3, "cost": 0.1},
    }
    acc.add(
        {"type": "response.created", "response": {"id": "resp_1", "status": "in_progress"}}, None
    )
    acc.add({"type": "response.output_text.delta", "delta": "Hi"}, None)
    assert acc.text({"type": "response.output_text.delta", "delta": "Hi"}, None) == "Hi"
    acc.add({"type": "response.completed", "response": final}, None)
    assert acc.finished
    assert acc.snapshot()["usage"]["cost"] == 0.1
    assert acc.error(
        {
            "type": "response.failed",
            "response": {"error": {"code": "server_error", "message": "x"}},
        },
        None,
    )


def test_messages_events() -> None:
    acc = MessagesAccumulator()
    events: list[tuple[str, dict[str, Any]]] = [
        (
            "message_start",
            {
                "message": {
                    "id": "msg_1",
                    "type": "message",
                    "role": "assistant",
                    "content": [],
                    "usage": {"input_tokens": 5},
                }
            },
        ),
        ("content_block_start", {"index": 0, "content_block": {"type": "text", "text": ""}}),
        ("content_block_delta", {"index": 0, "delta": {"type": "text_delta", "text": "Hi"}}),
        (
            "content_block_start",
            {
                "index": 1,
                "content_block": {"type": "tool_use", "id": "t", "name": "f", "input": {}},
            },
        ),
        (
            "content_block_delta",
            {"index": 1, "delta": {"type": "input_json_delta", "partial_json": '{"a": 1}'}},
        ),
        ("message_delta", {"delta": {"stop_reason": "tool_use"}, "usage": {"output_tokens": 7}}),
        ("message_stop", {}),
    ]
    for name, data in events:
        acc.add({"type": name, **data}, name)
    result = acc.snapshot()
    assert result["content"][0]["text"] == "Hi"
    assert result["content"][1]["input"] == {"a": 1}
    assert result["stop_reason"] == "tool_use"
    assert result["usage"] == {"input_tokens": 5, "output_tokens": 7}
    assert acc.finished


def test_a_null_at_the_top_of_a_later_chunk_keeps_the_earlier_value() -> None:
    result = run(
        [
            {**chunk({"content": "a"}), "system_fingerprint": "fp", "usage": "n/a", "error": None},
            {**chunk({}, finish_reason="stop"), "system_fingerprint": None, "provider": "Q"},
        ]
    )
    assert result["system_fingerprint"] == "fp"
    assert result["provider"] == "Q"  # a later non-null value wins
    # per-chunk fields are not the result's: a usage that is not an object is not its usage
    assert "error" not in result and "usage" not in result
    assert result["object"] == "chat.completion"


def test_a_snapshot_is_not_changed_by_later_chunks() -> None:
    acc = ChatAccumulator()
    detail = {"type": "reasoning.text", "text": "a", "index": 0}
    call = {"index": 0, "id": "c", "function": {"name": "f", "arguments": "{"}}
    acc.add(chunk({"reasoning_details": [detail], "tool_calls": [call]}), None)
    before = acc.snapshot()
    acc.add(chunk({"reasoning_details": [{**detail, "text": "b"}]}), None)
    acc.add(chunk({"tool_calls": [{"index": 0, "function": {"arguments": "}"}}]}), None)
    message = before["choices"][0]["message"]
    assert message["reasoning_details"] == [detail]
    assert message["tool_calls"][0]["function"]["arguments"] == "{"
    after = acc.snapshot()["choices"][0]["message"]
    assert after["reasoning_details"][0]["text"] == "ab"
    assert after["tool_calls"][0]["function"]["arguments"] == "{}"


def test_null_text_is_no_text_and_a_tool_call_of_another_shape_does_not_fit() -> None:
    result = run(
        [
            chunk({"reasoning_details": [{"type": "reasoning.text", "text": None, "index": 0}]}),
            chunk({"reasoning_details": [{"type": "reasoning.text", "text": "x", "index": 0}]}),
            chunk({"tool_calls": [{"index": 0, "id": "c", "function": {"name": None}}]}),
            chunk({"tool_calls": [{"index": 0, "function": {"name": "f", "arguments": "{}"}}]}),
            chunk({}, finish_reason="tool_calls"),
        ]
    )
    message = result["choices"][0]["message"]
    assert message["reasoning_details"][0]["text"] == "x"
    assert message["tool_calls"][0]["function"] == {"name": "f", "arguments": "{}"}
    # A tool call is the one place where a wrong type cannot be kept aside: the stream reports
    # the event as not fitting (the caller gets it whole in the error) instead of guessing.
    for function in (5, {"name": 7}, {"arguments": ["a"]}):
        with pytest.raises(TypeError, match="tool call"):
            run([chunk({"tool_calls": [{"index": 0, "function": function}]})])


def _bytes_allocated_while_adding(chunks: list[dict[str, Any]]) -> int:
    """The sum, over every chunk, of the memory one `add` allocated at its peak."""
    acc = ChatAccumulator()
    total = 0
    tracemalloc.start()
    try:
        for c in chunks:
            before = tracemalloc.get_traced_memory()[0]
            tracemalloc.reset_peak()
            acc.add(c, None)
            total += tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    return total


@pytest.mark.parametrize("kind", ["reasoning_details", "tool_calls"])
def test_a_long_reasoning_block_or_tool_call_accumulates_in_linear_memory(kind: str) -> None:
    # 20,000 pieces of 10 characters: extending one growing string per piece copies it every
    # time (about 2 GB in all here); keeping the pieces allocates a few hundred bytes each.
    piece, count = "x" * 10, 20_000
    if kind == "reasoning_details":
        delta = {kind: [{"type": "reasoning.text", "text": piece, "index": 0}]}
    else:
        delta = {kind: [{"index": 0, "function": {"arguments": piece}}]}
    chunks = [chunk(delta) for _ in range(count)]
    assert _bytes_allocated_while_adding(chunks) < 1000 * count


def test_a_long_stream_keeps_its_text_not_one_object_per_piece() -> None:
    # One short word per chunk, as models stream, each its own string as JSON decoding makes it:
    # kept one string per piece, 20,000 pieces hold about 60 bytes each beyond their characters.
    words = [f" w{i % 97}" for i in range(20_000)]
    acc = ChatAccumulator()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for word in words:
            acc.add(json.loads(json.dumps(chunk({"content": word, "reasoning": word}))), None)
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    chars = sum(map(len, words))
    assert kept < 2 * (2 * chars) + 64 * 1024  # content and reasoning: their characters
    message = acc.snapshot()["choices"][0]["message"]
    assert message["content"] == message["reasoning"] == "".join(words)
