"""Calls that must type-check (`python -m tests.typing.check`): never run, only read by mypy."""

from __future__ import annotations

from openrouter import AsyncOpenRouter, OpenRouter
from openrouter.params import ChatMessage, FunctionTool
from openrouter.types import ChatCompletion

HELLO: list[ChatMessage] = [{"role": "user", "content": "Hi"}]
TOOL: FunctionTool = {
    "type": "function",
    "function": {"name": "get_weather", "parameters": {"type": "object"}},
}


def chat(client: OpenRouter) -> None:
    # the model may be left out: the account's default model answers
    client.chat.completions.create(messages=[{"role": "user", "content": "Hi"}])
    client.chat.completions.create(
        model="openai/gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Be brief"},
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "What is this?"},
                    {"type": "image_url", "image_url": {"url": "https://x/y.png", "detail": "low"}},
                ],
            },
            {"role": "assistant", "content": None, "tool_calls": []},
            {"role": "tool", "tool_call_id": "c1", "content": "{}"},
        ],
        temperature=0.2,
        max_tokens=50,
        stop=["\n"],
        tools=[TOOL, {"type": "openrouter:web_search", "parameters": {"max_results": 3}}],
        tool_choice={"type": "function", "function": {"name": "get_weather"}},
        response_format={
            "type": "json_schema",
            "json_schema": {"name": "answer", "schema": {"type": "object"}, "strict": True},
        },
        provider={"order": ["openai"], "sort": "price", "allow_fallbacks": False, "zdr": True},
        reasoning={"effort": "low", "exclude": False},
        plugins=[{"id": "web", "max_results": 3}],
        web_search_options={"search_context_size": "high"},
        metadata={"tenant": "t42"},
        verbosity="low",
        modalities=["text"],
        extra_body={"new_parameter": 1},
        timeout=30,
    )
    # what openai-python code passes: accepted (forwarded when OpenRouter does not document it)
    client.chat.completions.create(
        model="m",
        messages=HELLO,
        n=2,
        store=True,
        user="u-1",
        service_tier="auto",
        audio={"voice": "alloy", "format": "wav"},
        prediction={"type": "content", "content": "draft"},
        logprobs=True,
        top_logprobs=2,
        seed=7,
        functions=[{"name": "f"}],
        function_call="auto",
        safety_identifier="s",
        prompt_cache_key="k",
    )
    # enum values newer than this release are sendable; the known ones are still offered
    client.chat.completions.create(
        model="m",
        messages=HELLO,
        verbosity="future-level",
        reasoning={"effort": "extreme"},
        provider={"quantizations": ["fp2"], "sort": "carbon"},
    )
    completion: ChatCompletion = client.chat.completions.create(model="m", messages=HELLO)
    with client.chat.completions.create(model="m", messages=HELLO, stream=True) as stream:
        for chunk in stream:
            print(chunk.choices[0].delta.content)
    print(completion.id)


def others(client: OpenRouter) -> None:
    client.completions.create(model="m", prompt="Once upon a time", max_tokens=5)
    client.responses.create(model="m", input="Hi", reasoning={"effort": "high"})
    client.messages.create(
        model="anthropic/claude-sonnet-4",
        max_tokens=100,
        messages=[{"role": "user", "content": "Hi"}],
        thinking={"type": "enabled", "budget_tokens": 1024},
    )
    client.embeddings.create(model="m", input=["a", "b"], dimensions=64)


def builder(client: OpenRouter) -> None:
    base = client.chat.builder().model("m").system("Be brief")
    base.user("Hi").temperature(0.2).seed(3).max_tokens(10).verbosity("low").n(2).send()
    base.user("Hi").provider(sort="price", only=["openai"]).reasoning(effort="low").build()
    base.user("Hi").tool("get_weather", "Weather", {"type": "object"}).tool_choice("auto").build()
    base.user("Hi").param("temperature", 0.5).route(None).session_id("s").build()


async def asynchronous(client: AsyncOpenRouter) -> None:
    completion: ChatCompletion = await client.chat.completions.create(model="m", messages=HELLO)
    print(completion.id)
    await client.chat.builder().model("m").user("Hi").top_p(0.9).send()
