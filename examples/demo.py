"""`make demo`: what openrouter-py does, in one minute.

A sync call from a script, a streamed answer, the fluent builder, an async service handling
concurrent requests under per-tenant cost scopes, a budget refusing a call, and a cost report.
"""

import asyncio
import time
from decimal import Decimal

from _setup import MODEL, connect, connect_async, where

from openrouter import Budget, BudgetExceededError


def section(title: str) -> None:
    print(f"\n== {title} " + "=" * max(3, 70 - len(title)))


def usd(value: object) -> str:
    """A cost as exact dollars (the API sends decimal numbers; never show float noise)."""
    return f"${Decimal(str(value)):f}" if isinstance(value, int | float) else "unknown"


def main() -> None:
    print(f"openrouter-py demo: talking to {where()}.")
    client = connect()

    section("1. A sync call from a script")
    completion = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "Say hello to a new user."}],
        max_tokens=60,
    )
    print(completion.choices[0].message.content)
    served = f"{completion.model} via {completion.provider}"
    if usage := completion.usage:  # absent only if the provider sent none
        print(f"   {served}: {usage.total_tokens} tokens, {usd(usage.cost)}")

    section("2. A streamed answer, printed as it arrives")
    with client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "Write a short poem about streams."}],
        stream=True,
    ) as stream:
        for text in stream.text_stream:
            print(text, end="", flush=True)
            time.sleep(0.01)
    final = stream.get_final_completion()
    cost = final.usage.cost if final.usage else None
    print(f"\n   finish={final.choices[0].finish_reason}, cost={usd(cost)}")

    section("3. The fluent builder")
    base = client.chat.builder().model(MODEL).system("Answer in a few words.").max_tokens(30)
    for topic in ("tea", "jazz"):
        reply = base.user(f"One fact about {topic}?").temperature(0.2).send()
        print(f"   {topic}: {reply.choices[0].message.content}")

    section("4. An async service: concurrent tenants, each in a cost scope")

    async def service() -> None:
        async with connect_async() as aclient:

            async def request(tenant: str, n: int) -> None:
                with aclient.cost_scope(label=tenant):
                    await aclient.chat.completions.create(
                        model=MODEL,
                        messages=[{"role": "user", "content": f"Request {n} from {tenant}"}],
                        max_tokens=40,
                    )

            with aclient.cost_scope(label="all tenants") as scope:
                await asyncio.gather(
                    *(request(t, n) for t in ("acme", "globex", "initech") for n in range(4))
                )
            tenants = {k: v for k, v in scope.by_label().items() if k != "all tenants"}
            print(f"   {scope.count} concurrent requests, ${scope.total:f} in all; by tenant:")
            for label, total in sorted(tenants.items()):
                print(f"     {label:8} ${total:f}")

    asyncio.run(service())

    section("5. A budget refusing a call before anything is sent")
    capped = client.with_options(budget=Budget(limit_usd=Decimal("0.001")))
    try:
        capped.chat.completions.create(
            model=MODEL,
            messages=[{"role": "user", "content": "An epic, please."}],
            max_tokens=100_000,
        )
    except BudgetExceededError as refused:
        print(f"   refused: {refused}")

    section("6. Cost report for this client")
    print("   " + str(client.ledger).replace("\n", "\n   "))
    client.close()
    print("\nDone. Next: copy an example from examples/, or read README.md.")


if __name__ == "__main__":
    main()
