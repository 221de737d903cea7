"""Calls that must NOT type-check: mypy reports an error on each line marked `# error`, and on
no other line (`python -m tests.typing.check`). Never run, only read by mypy."""

from __future__ import annotations

from openrouter import AsyncOpenRouter, OpenRouter
from openrouter.params import ChatMessage
from openrouter.types import ChatCompletion

HELLO: list[ChatMessage] = [{"role": "user", "content": "Hi"}]


def chat(client: OpenRouter) -> None:
    client.chat.completions.create(model="m", messages=HELLO, tools="x")  # error
    client.chat.completions.create(model="m", messages=HELLO, tools=["x"])  # error
    client.chat.completions.create(model="m", messages=HELLO, response_format="json")  # error
    client.chat.completions.create(model="m", messages=HELLO, response_format={"type": 1})  # error
    client.chat.completions.create(messages=[{"role": "wizard", "content": "x"}])  # error
    client.chat.completions.create(model="m", messages=[{"role": "user"}])  # error
    client.chat.completions.create(model="m", messages=[{"role": "tool", "content": "x"}])  # error
    client.chat.completions.create(model="m", messages="Hi")  # error
    client.chat.completions.create(model="m")  # error
    client.chat.completions.create(model="m", messages=HELLO, temperature="hot")  # error
    client.chat.completions.create(model="m", messages=HELLO, max_tokens=2.5)  # error
    client.chat.completions.create(model="m", messages=HELLO, temprature=1)  # error
    client.chat.completions.create(model="m", messages=HELLO, provider={"sort": 5})  # error
    client.chat.completions.create(model="m", messages=HELLO, provider="openai")  # error
    client.chat.completions.create(model="m", messages=HELLO, reasoning={"effort": 3})  # error
    client.chat.completions.create(model="m", messages=HELLO, tool_choice=5)  # error
    client.chat.completions.create(model="m", messages=HELLO, plugins="web")  # error
    client.chat.completions.create(model="m", messages=HELLO, metadata={"k": 1})  # error
    client.chat.completions.create(model="m", messages=HELLO, stop=5)  # error
    client.chat.completions.create(model="m", messages=HELLO, web_search_options="high")  # error
    client.chat.completions.create(model="m", messages=HELLO, n="2")  # error
    client.chat.completions.create(model="m", messages=HELLO, stream="yes")  # error
    # (a function tool with a numeric name still fits the open server-tool shape, which takes any
    # keys: mypy cannot refuse it; the runtime check does, see tests/test_params.py)
    streamed: ChatCompletion = client.chat.completions.create(messages=HELLO, stream=True)  # error
    print(streamed)


def others(client: OpenRouter) -> None:
    messages: list[ChatMessage] = []
    client.messages.create(model="m", max_tokens=5, messages=[], stop=["x"])  # error
    client.messages.create(model="m", max_tokens=5, messages=[], frequency_penalty=0.1)  # error
    client.messages.create(max_tokens=5, messages=[{"role": "user", "content": "x"}])  # error
    client.messages.create(model="m", messages=[{"role": "system", "content": "x"}])  # error
    client.completions.create(model="m", prompt=5)  # error
    client.responses.create(model="m", input=5)  # error
    client.responses.create(model="m", input="x", tools=["t"])  # error
    client.embeddings.create(model="m")  # error
    client.embeddings.create(model="m", input="x", dimensions="64")  # error
    print(messages)


def builder(client: OpenRouter) -> None:
    base = client.chat.builder().model("m").user("Hi")
    base.temperature("hot")  # error
    base.provider(sort=5)  # error
    base.provider(sortt="price")  # error
    base.max_tokens("10")  # error
    base.seed(1.5)  # error
    base.reasoning_effort(5)  # error
    base.modalities(5)  # error
    base.no_such_parameter(1)  # error


async def asynchronous(client: AsyncOpenRouter) -> None:
    await client.chat.completions.create(model="m", messages=HELLO, tools="x")  # error
    await client.chat.completions.create(model="m", messages=HELLO, response_format="json")  # error
