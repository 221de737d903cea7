"""An async service: concurrent requests for several tenants, each under its own cost scope,
all under one budget that refuses a request which could overspend."""

import asyncio
from decimal import Decimal

from _setup import MODEL, connect_async, where

from openrouter import AsyncOpenRouter, Budget, BudgetExceededError


async def handle(client: AsyncOpenRouter, tenant: str, question: str) -> str:
    with client.cost_scope(label=tenant):
        completion = await client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": question}], max_tokens=60
        )
    return completion.choices[0].message.content or ""


async def main() -> None:
    print(f"Talking to {where()}.")
    budget = Budget(limit_usd=Decimal("0.05"))
    async with connect_async(budget=budget) as client:
        with client.cost_scope(label="service") as service:
            jobs = [
                handle(client, tenant, question)
                for tenant in ("acme", "globex", "initech")
                for question in ("Say hello.", "Give me a fun fact.")
            ]
            answers = await asyncio.gather(*jobs)
        print(f"{len(answers)} answers, e.g.: {answers[0]!r}")
        print(service.report("cost of this batch"))
        try:
            await client.chat.completions.create(
                model=MODEL,
                messages=[{"role": "user", "content": "Write a novel."}],
                max_tokens=10**6,
            )
        except BudgetExceededError as refused:
            print(f"Refused before sending: {refused}")
        print(f"Budget: spent ${budget.spent}, ${budget.remaining} left of ${budget.limit}")


asyncio.run(main())
