"""Iterating paged lists to the end, and moving files in and out without buffering downloads."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path
from typing import Any

import httpx
import pytest

import openrouter
from tests.conftest import KEY
from tests.fakes import Script
from tests.minimal import minimal


def _item(schema: str, **fields: Any) -> dict[str, Any]:
    return {**minimal({"$ref": f"#/components/schemas/{schema}"}), **fields}


def _guardrail(n: int) -> dict[str, Any]:
    return _item("Guardrail", id=f"g-{n}")


def _page(ids: range, total: int) -> httpx.Response:
    return httpx.Response(200, json={"data": [_guardrail(i) for i in ids], "total_count": total})


def test_offset_pages_are_followed_until_total_count() -> None:
    script = Script([_page(range(0, 2), 5), _page(range(2, 4), 5), _page(range(4, 5), 5)])
    client = openrouter.OpenRouter(api_key=KEY, http_client=script.sync_client())
    ids = [g.id for g in openrouter.paginate(client.guardrails.list, limit=2)]
    assert ids == ["g-0", "g-1", "g-2", "g-3", "g-4"]
    assert [r.url.params["offset"] for r in script.requests] == ["0", "2", "4"]
    assert {r.url.params["limit"] for r in script.requests} == {"2"}


def test_offset_paging_stops_on_an_empty_page() -> None:
    empty = httpx.Response(200, json={"data": [], "total_count": 9})
    page = httpx.Response(200, json={"data": [_guardrail(1)], "total_count": 9})
    script = Script([page, empty])
    client = openrouter.OpenRouter(api_key=KEY, http_client=script.sync_client())
    assert len(list(openrouter.paginate(client.guardrails.list))) == 1
    assert len(script.requests) == 2


def _batch(n: int) -> dict[str, Any]:
    return _item("BatchSummary", id=f"batch_{n}")


def test_cursor_pages_follow_after_and_has_more() -> None:
    first = httpx.Response(
        200,
        json={
            "object": "list",
            "data": [_batch(1), _batch(2)],
            "first_id": "batch_1",
            "last_id": "batch_2",
            "has_more": True,
        },
    )
    second = httpx.Response(
        200,
        json={
            "object": "list",
            "data": [_batch(3)],
            "first_id": "batch_3",
            "last_id": "batch_3",
            "has_more": False,
        },
    )
    script = Script([first, second])

    async def collect() -> list[str]:
        client = openrouter.AsyncOpenRouter(api_key=KEY, http_client=script.async_client())
        return [b.id async for b in openrouter.apaginate(client.batch.list, limit=2)]

    ids = asyncio.run(collect())
    assert ids == ["batch_1", "batch_2", "batch_3"]
    assert "after" not in script.requests[0].url.params
    assert script.requests[1].url.params["after"] == "batch_2"


def test_paginate_refuses_a_method_that_does_not_page() -> None:
    client = openrouter.OpenRouter(api_key=KEY)
    with pytest.raises(TypeError, match="not a paged list operation"):
        list(openrouter.paginate(client.credits.get))
    client.close()


def test_download_to_streams_in_chunks_to_a_path(tmp_path: Path) -> None:
    body = bytes(range(256)) * 1000
    chunks_served: list[int] = []

    class Chunked(httpx.SyncByteStream):
        def __iter__(self):  # type: ignore[no-untyped-def]
            for i in range(0, len(body), 4096):
                chunks_served.append(i)
                yield body[i : i + 4096]

    script = Script([lambda request: httpx.Response(200, stream=Chunked())])
    client = openrouter.OpenRouter(api_key=KEY, http_client=script.sync_client())
    target = tmp_path / "out.bin"
    written = client.download_to(client.files.download_content, "or_file_1", destination=target)
    assert written == len(body)
    assert target.read_bytes() == body
    assert len(chunks_served) > 1
    assert script.requests[0].url.path == "/api/v1/files/or_file_1/content"


def test_async_download_to_an_open_file() -> None:
    script = Script([httpx.Response(200, content=b"video-bytes")])

    async def run() -> bytes:
        client = openrouter.AsyncOpenRouter(api_key=KEY, http_client=script.async_client())
        sink = io.BytesIO()
        await client.download_to(
            client.video_generation.download_content, "job-1", destination=sink
        )
        return sink.getvalue()

    assert asyncio.run(run()) == b"video-bytes"
    assert script.requests[0].url.path == "/api/v1/videos/job-1/content"


def test_download_errors_are_typed_and_nothing_is_written(tmp_path: Path) -> None:
    script = Script([httpx.Response(404, json={"error": {"code": 404, "message": "no such file"}})])
    client = openrouter.OpenRouter(api_key=KEY, http_client=script.sync_client())
    target = tmp_path / "never.bin"
    with pytest.raises(openrouter.NotFoundError):
        client.download_to(client.files.download_content, "missing", destination=target)
    assert not target.exists()


@pytest.mark.parametrize("kind", ["path", "bytes", "file"])
def test_upload_from_a_path_bytes_or_open_file(tmp_path: Path, kind: str) -> None:
    stored = _item("StoredFileOpenRouter")
    script = Script([httpx.Response(200, json=stored)])
    client = openrouter.OpenRouter(api_key=KEY, http_client=script.sync_client())
    path = tmp_path / "notes.txt"
    path.write_bytes(b"hello")
    source: Any = {"path": path, "bytes": b"hello", "file": io.BytesIO(b"hello")}[kind]
    client.files.upload_from(source, filename="notes.txt")
    request = script.requests[0]
    assert request.headers["content-type"].startswith("multipart/form-data")
    assert b'filename="notes.txt"' in request.content
    assert b"hello" in request.content
