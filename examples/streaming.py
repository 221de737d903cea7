"""A streamed answer printed as it arrives, then the accumulated result with usage and cost."""

from _setup import MODEL, connect, where

print(f"Talking to {where()}.")
with connect() as client:
    stream = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "Write a haiku about a lighthouse."}],
        stream=True,
        first_token_timeout=30,
        idle_timeout=30,
    )
    with stream:
        for text in stream.text_stream:
            print(text, end="", flush=True)
    final = stream.get_final_completion()
    cost = final.usage.cost if final.usage else None
    print(f"\n-- finish: {final.choices[0].finish_reason}, cost: ${cost:.8f}")
