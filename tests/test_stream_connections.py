"""Streams over real loopback sockets: pooled connections, closing from elsewhere, cancellation."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time

import httpx

import openrouter
from openrouter.params import ChatMessage
from tests.loopback import base_url, serve, slow
from tests.streams import chat_body, split

HELLO: list[ChatMessage] = [{"role": "user", "content": "Hi"}]
BODY = chat_body("one", "two", "three")


def test_many_streams_reuse_one_connection() -> None:
    with serve(lambda: iter(split(BODY, "event"))) as server:
        client = openrouter.OpenRouter(api_key="k", base_url=base_url(server))
        for _ in range(20):
            with client.chat.completions.create(model="m", messages=HELLO, stream=True) as stream:
                assert "".join(stream.text_stream) == "onetwothree"
        client.close()
    assert server.connections == 1


def test_many_async_streams_reuse_one_connection() -> None:
    async def main() -> None:
        async with openrouter.AsyncOpenRouter(api_key="k", base_url=base_url(server)) as client:
            for _ in range(20):
                stream = await client.chat.completions.create(
                    model="m", messages=HELLO, stream=True
                )
                async with stream:
                    assert "".join([t async for t in stream.text_stream]) == "onetwothree"

    with serve(lambda: iter(split(BODY, "event"))) as server:
        asyncio.run(main())
    assert server.connections == 1


def test_close_from_another_thread_stops_a_stream_promptly() -> None:
    parts = split(chat_body(*["word "] * 200), "event")
    with serve(slow(parts, 0.05)) as server:
        client = openrouter.OpenRouter(api_key="k", base_url=base_url(server))
        stream = client.chat.completions.create(model="m", messages=HELLO, stream=True)
        received: list[object] = []
        errors: list[BaseException] = []

        def consume() -> None:
            try:
                for chunk in stream:
                    received.append(chunk)
            except BaseException as exc:
                errors.append(exc)

        worker = threading.Thread(target=consume)
        worker.start()
        time.sleep(0.3)
        stream.close()
        worker.join(timeout=10)  # a bound so a broken close cannot hang the suite
        assert not worker.is_alive()
        assert stream.closed
        assert 0 < len(received) < 150
        assert errors == []
        client.close()


def test_cancelling_an_async_stream_releases_the_connection() -> None:
    parts = split(chat_body(*["word "] * 200), "event")

    async def main() -> openrouter.AsyncStream:  # type: ignore[type-arg]
        client = openrouter.AsyncOpenRouter(api_key="k", base_url=base_url(server))
        stream = await client.chat.completions.create(model="m", messages=HELLO, stream=True)

        async def consume() -> None:
            async for _ in stream:
                pass

        task = asyncio.create_task(consume())
        await asyncio.sleep(0.3)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await client.close()
        return stream

    with serve(slow(parts, 0.05)) as server:
        stream = asyncio.run(main())
    assert stream.closed
    assert stream.response.is_closed


def test_a_stream_left_after_done_still_frees_the_connection_for_the_next_call() -> None:
    with serve(lambda: iter(split(BODY, "event"))) as server:
        client = openrouter.OpenRouter(api_key="k", base_url=base_url(server))
        first = client.chat.completions.create(model="m", messages=HELLO, stream=True)
        first.get_final_completion()  # read to [DONE]: drained and closed without `with`
        assert first.closed
        with client.chat.completions.create(model="m", messages=HELLO, stream=True) as second:
            second.get_final_completion()
        client.close()
    assert server.connections == 1


def test_loopback_http_client_is_plain_httpx() -> None:
    # The server really speaks HTTP/1.1 chunked: raw httpx reads the same body.
    with serve(lambda: iter(split(BODY, "event"))) as server, httpx.Client() as http:
        response = http.post(base_url(server) + "/chat/completions", json={})
        assert response.content == BODY
