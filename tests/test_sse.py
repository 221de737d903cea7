"""The SSE decoder: line ends, fields, comments, UTF-8 and U+2028, fed in any split."""

from __future__ import annotations

import json
import tracemalloc

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from openrouter._sse import ServerSentEvent, SSEDecoder

STREAM = (
    b": OPENROUTER PROCESSING\n\n"
    b'data: {"a": "caf\xc3\xa9 \xe2\x80\xa8 line sep", "n": 1}\n\n'
    b"event: content_block_delta\r\n"
    b'data: {"b": 2}\r\n\r\n'
    b"id: 7\rretry: 1500\rdata: first\rdata: second\r\r"
    b": another keep-alive\n\n"
    b"data: [DONE]\n\n"
)


def decode(chunks: list[bytes]) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    events.extend(decoder.flush())
    return events


EXPECTED = decode([STREAM])


def test_whole_stream_decodes_every_kind_of_line() -> None:
    assert EXPECTED[0] == ServerSentEvent(comment="OPENROUTER PROCESSING")
    assert EXPECTED[0].is_keepalive
    assert json.loads(EXPECTED[1].data) == {"a": "café \u2028 line sep", "n": 1}
    assert EXPECTED[2] == ServerSentEvent(data='{"b": 2}', event="content_block_delta")
    assert EXPECTED[3] == ServerSentEvent(data="first\nsecond", id="7", retry=1500)
    assert EXPECTED[4].comment == "another keep-alive"
    assert EXPECTED[5].data == "[DONE]"
    assert len(EXPECTED) == 6


def test_byte_by_byte_gives_the_same_events() -> None:
    assert decode([STREAM[i : i + 1] for i in range(len(STREAM))]) == EXPECTED


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=len(STREAM)), max_size=40))
def test_any_split_gives_the_same_events(cuts: list[int]) -> None:
    points = sorted(set(cuts))
    chunks = [STREAM[a:b] for a, b in zip([0, *points], [*points, len(STREAM)], strict=True)]
    assert decode(chunks) == EXPECTED


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=30), max_size=8),
    st.sampled_from([b"\n", b"\r", b"\r\n"]),
    st.integers(min_value=1, max_value=7),
)
def test_arbitrary_json_payloads_survive_any_line_end_and_chunk_size(
    texts: list[str], newline: bytes, size: int
) -> None:
    body = b"".join(
        b"data: " + json.dumps({"t": t}, ensure_ascii=False).encode() + newline + newline
        for t in texts
    )
    chunks = [body[i : i + size] for i in range(0, len(body), size)]
    assert [json.loads(e.data)["t"] for e in decode(chunks)] == texts


def test_a_crlf_split_between_reads_is_one_line_end() -> None:
    events = decode([b"data: x\r", b"\n\r", b"\ndata: y\r\n\r\n"])
    assert [e.data for e in events] == ["x", "y"]


def test_fields_without_space_and_unknown_fields() -> None:
    events = decode([b"data:tight\nfoo: ignored\n\n"])
    assert events == [ServerSentEvent(data="tight")]


def test_an_unterminated_event_at_eof_is_not_dispatched() -> None:
    assert decode([b"data: complete\n\ndata: cut off"]) == [ServerSentEvent(data="complete")]


def _bytes_allocated_while_decoding(payload: int, line_end: bytes, read_size: int) -> int:
    """The sum, over every read, of the memory one `feed` call allocated at its peak.

    Copying the pending part of a line on every read (buffer + chunk, then a re-scan) makes this
    grow with the square of the event size; a linear decoder allocates about the read size.
    """
    event = b"data: " + b"x" * payload + line_end + line_end
    decoder = SSEDecoder()
    total = 0
    events: list[ServerSentEvent] = []
    tracemalloc.start()
    try:
        for start in range(0, len(event), read_size):
            chunk = event[start : start + read_size]
            before = tracemalloc.get_traced_memory()[0]
            tracemalloc.reset_peak()
            events.extend(decoder.feed(chunk))
            total += tracemalloc.get_traced_memory()[1] - before
            del chunk
    finally:
        tracemalloc.stop()
    assert [len(e.data) for e in events] == [payload]
    return total


@pytest.mark.parametrize("line_end", [b"\n", b"\r", b"\r\n"])
def test_decoding_one_large_event_is_linear_in_its_size(line_end: bytes) -> None:
    # 1 MiB in 4 KiB reads: a decoder that re-copies what is pending allocates ~128 MiB here.
    size, read_size = 1024 * 1024, 4096
    allocated = _bytes_allocated_while_decoding(size, line_end, read_size)
    # Joining the pieces, decoding them and the event itself: a few copies of the event at most.
    assert allocated < 6 * size


def test_an_empty_read_between_cr_and_lf_keeps_them_one_line_end() -> None:
    events = decode([b"data: x\r", b"", b"\ndata: y\r", b"", b"\n\r\n"])
    assert [e.data for e in events] == ["x\ny"]


_LINES = st.sampled_from(
    [
        b"data: {}",
        b'data: {"n": 1}',
        b"data:tight",
        b"data: [DONE]",
        b"event: message_delta",
        b"id: 9",
        b"retry: 250",
        b": keep-alive",
        b"",
    ]
)


@settings(max_examples=300, deadline=None)
@example([([b"event: message_delta", b"id: 9", b"retry: 250"], False), ([b"data: {}"], True)])
@example([([b'data: {"n": 1}'], False), ([b"data: {}"], True)])
@example([([b"event: ping"], False), ([b"data: {}"], True), ([b"data: {}"], True)])
@given(st.lists(st.tuples(st.lists(_LINES, min_size=1, max_size=4), st.booleans()), max_size=12))
def test_reads_of_whole_lines_decode_as_the_same_bytes_one_by_one(
    blocks: list[tuple[list[bytes], bool]],
) -> None:
    # A server usually writes one whole event per read: the decoder takes a shortcut for a read
    # that is one `data:` line and its blank line, which must agree with the line-by-line path
    # (fed a byte at a time here), whatever came before (an `event:` or `id:` line, a `data:`
    # line whose event is not over).
    reads = [b"\n".join(lines) + (b"\n\n" if ends else b"\n") for lines, ends in blocks]
    stream = b"".join(reads)
    assert decode(reads) == decode([stream[i : i + 1] for i in range(len(stream))])
