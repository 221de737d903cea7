"""A tool round trip: the model asks for a function call, we run it, and send the result back."""

import json

from _setup import MODEL, connect, where

from openrouter import parts
from openrouter.params import ChatMessage

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}


def get_weather(city: str) -> dict[str, object]:
    return {"city": city, "temperature_c": 21, "sky": "clear"}


print(f"Talking to {where()}.")
with connect() as client:
    messages: list[ChatMessage] = [{"role": "user", "content": "What's the weather in Paris?"}]
    first = client.chat.completions.create(model=MODEL, messages=messages, tools=[WEATHER_TOOL])
    message = first.choices[0].message
    calls = message.tool_calls or []
    print(f"The model asked for {len(calls)} tool call(s).")
    messages.append(parts.assistant(message))  # the reply, with its tool calls, sent back
    for call in calls:
        arguments = json.loads(call.function.arguments or "{}")
        result = get_weather(arguments.get("city") or "Paris")
        messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(result)})
    final = client.chat.completions.create(model=MODEL, messages=messages, tools=[WEATHER_TOOL])
    print(final.choices[0].message.content)
