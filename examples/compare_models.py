"""Compare models: the same question to several at once, with speed, cost and the answers."""

import asyncio

from _setup import connect, connect_async, where

MODELS = ["openai/gpt-4o-mini", "anthropic/claude-3.5-haiku", "google/gemini-2.5-flash"]
QUESTION = [{"role": "user", "content": "Explain CRDTs in one sentence."}]


def seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}s"


print(f"Talking to {where()}.")
with connect() as client:
    comparison = client.compare(
        [*MODELS, "nobody/no-such-model"], messages=QUESTION, max_tokens=100
    )
    for result in comparison:
        if result.ok:
            print(
                f"{result.model:28} first token {seconds(result.time_to_first_token)}, "
                f"total {seconds(result.latency)}, {result.completion_tokens} tokens, "
                f"${result.cost} via {result.provider}"
            )
        else:
            print(f"{result.model:28} failed: {type(result.error).__name__}")
    print(f"All answers cost ${comparison.cost}")
    cheapest = min(
        (r for r in comparison if r.ok and r.cost is not None), key=lambda r: r.cost or 0
    )
    print(f"Cheapest: {cheapest.model}: {cheapest.output}")


async def medians() -> None:
    async with connect_async() as aclient:
        comparison = await aclient.compare(MODELS[:2], messages=QUESTION, repeats=3)
        for result in comparison:
            print(
                f"{result.model}: median latency {seconds(result.latency)} over {result.runs} runs"
            )


asyncio.run(medians())
