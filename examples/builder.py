"""The fluent builder: share a base request, then vary it; every call returns a new builder."""

from _setup import MODEL, connect, where

print(f"Talking to {where()}.")
with connect() as client:
    base = client.chat.builder().model(MODEL).system("Answer in at most ten words.").max_tokens(40)
    for city in ("Paris", "Lima", "Osaka"):
        answer = base.user(f"What is {city} known for?").temperature(0.3).send()
        print(f"{city}: {answer.choices[0].message.content}")
    with base.user("Name three rivers.").stream() as stream:
        print("Streamed:", "".join(stream.text_stream))
