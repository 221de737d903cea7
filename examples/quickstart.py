"""A first chat completion from a script: the answer, the model that served it, and the cost."""

from _setup import MODEL, connect, where

print(f"Talking to {where()}.")
with connect() as client:
    completion = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "In one sentence, why is the sky blue?"}],
        max_tokens=80,
    )
    print(completion.choices[0].message.content)
    served = f"{completion.model} via {completion.provider}"
    if usage := completion.usage:  # absent only if the provider sent none
        print(f"-- {served}: {usage.total_tokens} tokens, ${usage.cost:.8f}")
