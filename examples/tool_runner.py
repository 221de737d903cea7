"""The tool runner: plain Python functions as tools, the call-run-answer loop done for you."""

import asyncio
from typing import Literal

from _setup import MODEL, connect, connect_async, where

from openrouter import tool_from_function


def get_weather(city: str, unit: Literal["celsius", "fahrenheit"] = "celsius") -> dict[str, object]:
    """Current weather in a city.

    Args:
        city: the city name, in English.
        unit: the temperature unit.
    """
    return {"city": city, "temperature": 21 if unit == "celsius" else 70, "sky": "clear"}


async def get_forecast(city: str, days: int) -> list[str]:
    """The forecast for the next days.

    Args:
        city: the city name, in English.
        days: how many days ahead.
    """
    await asyncio.sleep(0.01)  # an async tool: on the async client, calls run concurrently
    return ["sunny"] * days


QUESTION = [{"role": "user", "content": "What's the weather in Paris?"}]

print(f"Talking to {where()}.")
print("The tool the model sees:", tool_from_function(get_weather)["function"]["name"])
with connect() as client:
    run = client.chat.completions.run_tools(
        model=MODEL, messages=QUESTION, tools=[get_weather], max_rounds=4
    )
    print(run.content)
    for call in run.tool_calls:
        print(f"  round {call.round}: {call.name}({call.arguments}) -> {call.output}")
    print(f"{run.rounds} rounds, ${run.cost} in total")

    print("Streamed:")
    for event in client.chat.completions.run_tools(
        model=MODEL, messages=QUESTION, tools=[get_weather], stream=True
    ):
        if event.type == "tool_call" and event.tool_call:
            print(f"  [ran {event.tool_call.name}]")
        elif event.type == "done" and event.result:
            print(f"  done after {event.result.rounds} rounds")


async def concurrent() -> None:
    async with connect_async() as aclient:
        run = await aclient.chat.completions.run_tools(
            model=MODEL,
            messages=QUESTION,
            tools=[get_weather, get_forecast],
            parallel_tool_calls=True,
        )
        print("Async, two tools at once:", [call.name for call in run.tool_calls])


asyncio.run(concurrent())
