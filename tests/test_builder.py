"""The fluent chat builder: immutable, complete, validated, and sends through the client."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from openrouter import parts
from tests import payloads
from tests.conftest import Twin
from tests.fakes import Script

COMPLETION = httpx.Response(200, json=payloads.CHAT_COMPLETION)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def test_each_call_returns_a_new_builder(twin: Twin) -> None:
    client = twin.client(Script([]))
    base = client.chat.builder().model("openai/gpt-4o-mini").system("Be brief")
    one = base.user("first")
    two = base.user("second")
    assert [m["content"] for m in one.build()["messages"]] == ["Be brief", "first"]
    assert [m["content"] for m in two.build()["messages"]] == ["Be brief", "second"]
    assert len(base.build()["messages"]) == 1


def test_send_posts_what_was_built(twin: Twin) -> None:
    script = Script([COMPLETION])
    client = twin.client(script)
    request = (
        client.chat.builder()
        .model("openai/gpt-4o-mini")
        .fallbacks("anthropic/claude-3.5-haiku")
        .system("Be brief")
        .user("What is the capital of France?")
        .temperature(0.2)
        .top_p(0.9)
        .max_tokens(64)
        .stop("\n\n")
        .seed(7)
        .provider(sort="price")
        .provider(zdr=True)
        .reasoning(effort="low")
        .json_schema("answer", {"type": "object", "properties": {"city": {"type": "string"}}})
        .tool("get_weather", "Weather for a city", {"type": "object"})
        .tool_choice("get_weather")
        .web_search(max_results=3)
        .session_id("s-1")
        .end_user("u-9")
        .metadata(tenant="t42")
        .extra_body(transforms=["middle-out"])
        .extra_headers({"X-Trace": "1"})
    )
    completion = twin.call(client, lambda _: request.send())
    assert completion.choices[0].message.tool_calls
    sent = json.loads(script.requests[0].content)
    assert sent["model"] == "openai/gpt-4o-mini"
    assert sent["models"] == ["openai/gpt-4o-mini", "anthropic/claude-3.5-haiku"]
    assert sent["provider"] == {"sort": "price", "zdr": True}
    assert sent["reasoning"] == {"effort": "low"}
    assert sent["response_format"]["type"] == "json_schema"
    assert sent["response_format"]["json_schema"]["strict"] is True
    assert sent["tools"][0]["function"]["name"] == "get_weather"
    assert sent["tool_choice"] == {"type": "function", "function": {"name": "get_weather"}}
    assert sent["plugins"] == [{"id": "web", "max_results": 3}]
    assert sent["stop"] == ["\n\n"]
    assert sent["user"] == "u-9"
    assert sent["metadata"] == {"tenant": "t42"}
    assert sent["transforms"] == ["middle-out"]
    assert script.requests[0].headers["x-trace"] == "1"
    assert json.loads(request.to_json()) == sent  # to_json shows exactly the body sent


def test_bad_values_fail_at_the_builder_call() -> None:
    from openrouter._builder import ChatRequestBuilder

    builder = ChatRequestBuilder()
    with pytest.raises(ValueError, match="temperature"):
        builder.temperature(5)
    with pytest.raises(ValueError, match="unknown chat parameter"):
        builder.param("temprature", 1)
    with pytest.raises(ValueError, match="messages must contain at least 1 item"):
        builder.model("m").build()


def test_multimodal_parts_from_url_path_and_bytes(tmp_path: Path) -> None:
    from openrouter._builder import ChatRequestBuilder

    image_file = tmp_path / "cat.png"
    image_file.write_bytes(PNG)
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7 fake")
    wav = tmp_path / "clip.wav"
    wav.write_bytes(b"RIFF....WAVE")
    built = (
        ChatRequestBuilder()
        .model("m")
        .user("look", parts.image("https://example.org/cat.jpg", detail="high"))
        .user_image("and this", image_file)
        .user("bytes too", parts.image(PNG))
        .user_file("summarise", pdf)
        .user_audio("transcribe", wav)
        .user("watch", parts.video("https://example.org/v.mp4"))
        .build()
    )
    contents = [m["content"] for m in built["messages"]]
    assert contents[0][1] == {
        "type": "image_url",
        "image_url": {"url": "https://example.org/cat.jpg", "detail": "high"},
    }
    assert contents[1][1]["image_url"]["url"].startswith("data:image/png;base64,")
    assert contents[2][1]["image_url"]["url"].startswith("data:image/png;base64,")
    assert contents[3][1]["file"]["filename"] == "report.pdf"
    assert contents[3][1]["file"]["file_data"].startswith("data:application/pdf;base64,")
    assert contents[4][1]["input_audio"]["format"] == "wav"
    assert contents[5][1] == {
        "type": "video_url",
        "video_url": {"url": "https://example.org/v.mp4"},
    }


def test_parts_reject_what_they_cannot_send(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no such file"):
        parts.image(str(tmp_path / "missing.png"))
    with pytest.raises(ValueError, match="image type"):
        parts.image(b"not an image")
    with pytest.raises(ValueError, match="URLs are not accepted"):
        parts.audio("https://example.org/a.mp3")
    with pytest.raises(ValueError, match="format"):
        parts.audio(b"raw")


def test_tool_round_trip_messages() -> None:
    from openrouter._builder import ChatRequestBuilder

    built = (
        ChatRequestBuilder()
        .model("m")
        .user("weather?")
        .assistant(
            None,
            tool_calls=[
                {"id": "c1", "type": "function", "function": {"name": "w", "arguments": "{}"}}
            ],
        )
        .tool_result("c1", {"temp": 21})
        .build()
    )
    assert built["messages"][2] == {"role": "tool", "tool_call_id": "c1", "content": '{"temp": 21}'}
