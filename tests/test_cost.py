"""Cost you can trust: Decimal records, scopes under threads and tasks, budgets, credits."""

from __future__ import annotations

import asyncio
import contextvars
import copy
import json
import threading
from decimal import Decimal
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import openrouter
from openrouter import Budget
from openrouter.params import ChatMessage
from tests import payloads
from tests.conftest import KEY, Twin
from tests.fakes import FakeClock, Script
from tests.streams import chat_body, chat_chunk, event_stream, sse
from tests.typed import partial, present

MODELS = httpx.Response(200, json=payloads.MODEL_LIST)
HELLO: list[ChatMessage] = [{"role": "user", "content": "Hi"}]


def completion(cost: float, model: str = "openai/gpt-4o-mini", n: int = 0) -> dict[str, Any]:
    body = copy.deepcopy(payloads.CHAT_COMPLETION)
    body["id"] = f"gen-{n}"
    body["model"] = model
    body["usage"]["cost"] = cost
    return body


class Chat:
    """A transport answering chat completions with a fixed cost, counting what it receives."""

    def __init__(self, cost: float = 0.0000166) -> None:
        self.cost = cost
        self.lock = threading.Lock()
        self.chat_posts = 0
        self.model_gets = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            if request.url.path.endswith("/models"):
                self.model_gets += 1
                return httpx.Response(200, json=payloads.MODEL_LIST)
            self.chat_posts += 1
            n = self.chat_posts
        model = json.loads(request.content)["model"]
        return httpx.Response(200, json=completion(self.cost, model, n))

    def client(self, **options: Any) -> openrouter.OpenRouter:
        return openrouter.OpenRouter(
            api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(self)), **options
        )

    def async_client(self, **options: Any) -> openrouter.AsyncOpenRouter:
        return openrouter.AsyncOpenRouter(
            api_key=KEY,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(self)),
            **options,
        )


def ask(client: openrouter.OpenRouter, **kwargs: Any) -> Any:
    kwargs.setdefault("model", "openai/gpt-4o-mini")
    return client.chat.completions.create(messages=HELLO, **kwargs)


def test_usage_cost_is_typed_and_the_ledger_sums_it_exactly() -> None:
    server = Chat(cost=0.0000166)
    client = server.client()
    for _ in range(2000):
        assert ask(client).usage.cost == pytest.approx(0.0000166)
    assert client.ledger.total == Decimal("0.0332")
    assert client.ledger.count == 2000
    assert client.ledger.by_model() == {"openai/gpt-4o-mini": Decimal("0.0332")}
    assert isinstance(client.ledger.records[0].cost, Decimal)


def test_scopes_collect_what_runs_inside_and_nest() -> None:
    client = Chat(cost=0.25).client()
    ask(client)
    with client.cost_scope(label="tenant-42") as tenant:
        ask(client)
        with client.cost_scope(label="feature-x") as feature:
            ask(client, model="openai/gpt-4o")
        ask(client)
    assert feature.total == Decimal("0.25")
    assert tenant.total == Decimal("0.75")
    assert client.ledger.total == Decimal("1.00")
    assert tenant.by_model() == {
        "openai/gpt-4o-mini": Decimal("0.50"),
        "openai/gpt-4o": Decimal("0.25"),
    }
    assert tenant.by_label() == {"tenant-42": Decimal("0.75"), "feature-x": Decimal("0.25")}
    assert feature.records[0].labels == ("tenant-42", "feature-x")
    assert feature.records[0].generation_id == "gen-3"
    report = str(tenant)
    assert "tenant-42" in report and "$0.75" in report and "openai/gpt-4o" in report


def test_eight_threads_record_concurrently_with_exact_totals() -> None:
    client = Chat(cost=0.0001).client()
    scopes: dict[int, Any] = {}

    def work(n: int) -> None:
        with client.cost_scope(label=f"thread-{n}") as scope:
            for _ in range(50):
                ask(client)
        scopes[n] = scope

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(scope.total == Decimal("0.0050") for scope in scopes.values())
    assert client.ledger.total == Decimal("0.0400")
    assert client.ledger.count == 400


def test_a_scope_carried_into_threads_with_copy_context() -> None:
    client = Chat(cost=0.5).client()
    with client.cost_scope(label="batch") as scope:
        contexts = [contextvars.copy_context() for _ in range(4)]
        threads = [threading.Thread(target=c.run, args=(ask, client)) for c in contexts]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert scope.total == Decimal("2.0")


def test_two_hundred_asyncio_tasks_each_in_their_own_scope() -> None:
    server = Chat(cost=0.001)

    async def main() -> None:
        client = server.async_client()

        async def tenant(n: int) -> Any:
            with client.cost_scope(label=f"tenant-{n % 10}") as scope:
                await client.chat.completions.create(model="openai/gpt-4o-mini", messages=HELLO)
                await asyncio.sleep(0)
                await client.chat.completions.create(model="openai/gpt-4o-mini", messages=HELLO)
            return scope

        with client.cost_scope(label="all") as outer:
            scopes = await asyncio.gather(*(tenant(n) for n in range(200)))
        assert all(s.total == Decimal("0.002") for s in scopes)
        assert outer.total == Decimal("0.400")
        assert outer.by_label()["tenant-3"] == Decimal("0.040")
        assert client.ledger.total == Decimal("0.400")
        await client.close()

    asyncio.run(main())


def test_a_budget_refuses_before_sending() -> None:
    server = Chat()
    # worst case: max_tokens 16384 x 0.0000006 + prompt -> about $0.0098, more than $0.005
    client = server.client(budget=Budget(limit_usd="0.005"))
    with pytest.raises(openrouter.BudgetExceededError) as caught:
        ask(client)
    assert server.chat_posts == 0
    assert caught.value.limit == Decimal("0.005")
    assert present(caught.value.requested) > Decimal("0.005")
    assert "nothing was sent" in str(caught.value)


def test_a_budget_allows_what_fits_and_charges_the_real_cost() -> None:
    server = Chat(cost=0.00002)
    budget = Budget(limit_usd="0.01")
    client = server.client(budget=budget)
    ask(client, max_tokens=100)
    assert server.chat_posts == 1
    assert budget.spent == Decimal("0.00002")
    assert budget.reserved == Decimal(0)
    assert server.model_gets == 1  # the catalogue is cached


def test_a_budget_prices_the_body_as_sent_extra_body_included() -> None:
    server = Chat(cost=0.00002)
    # Without extra_body the worst case (max_tokens 16384) would not fit; with it, it does.
    budget = Budget(limit_usd="0.005")
    ask(server.client(budget=budget), extra_body={"max_tokens": 10})
    assert server.chat_posts == 1
    # An extra_body that raises the ceiling is priced too, and refused before sending.
    small = Budget(limit_usd="0.0001")
    with pytest.raises(openrouter.BudgetExceededError):
        ask(server.client(budget=small), max_tokens=10, extra_body={"max_tokens": 16384})
    assert server.chat_posts == 1


def test_embeddings_under_a_budget_are_priced_on_their_input_alone() -> None:
    # An embedding model has no output to bound: no max_tokens, no context length needed.
    model = {"id": "acme/embed", "pricing": {"prompt": "0.0000001", "completion": "0.01"}}
    usage = {"prompt_tokens": 2, "total_tokens": 2, "cost": 1e-07}
    embedding = {"object": "list", "model": "acme/embed", "data": [], "usage": usage}

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/models"):
            return httpx.Response(200, json={"data": [model]})
        return httpx.Response(200, json=embedding)

    budget = Budget(limit_usd="0.00001")
    client = openrouter.OpenRouter(
        api_key=KEY,
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
        budget=budget,
    )
    client.embeddings.create(model="acme/embed", input="hello world")
    assert budget.spent == Decimal("1e-07")


def test_budget_on_a_scope_and_via_with_options() -> None:
    server = Chat(cost=0.00002)
    client = server.client()
    tight = Budget(limit_usd="0.000001")
    with client.cost_scope(label="t", budget=tight), pytest.raises(openrouter.BudgetExceededError):
        ask(client, max_tokens=10)
    limited = client.with_options(budget=Budget(limit_usd="0.000001"))
    with pytest.raises(openrouter.BudgetExceededError):
        ask(limited, max_tokens=10)
    ask(client, max_tokens=10)  # the original client has no budget
    assert server.chat_posts == 1


def test_unknown_model_under_a_budget_is_refused_with_a_clear_reason() -> None:
    server = Chat()
    client = server.client(budget=Budget(limit_usd=10))
    with pytest.raises(openrouter.BudgetExceededError, match="unknown model 'acme/mystery'"):
        ask(client, model="acme/mystery")
    assert server.chat_posts == 0


def test_budgets_keep_their_money_in_memory_unless_given_a_store() -> None:
    assert isinstance(Budget("1").store, openrouter.MemoryCostStore)
    shared = openrouter.MemoryCostStore()  # one store, one name: one budget within the process
    Budget("1", store=shared, name="team").charge(Decimal("0.6"))
    with pytest.raises(openrouter.BudgetExceededError):
        Budget("1", store=shared, name="team").reserve(Decimal("0.5"))
    assert Budget("1", store=shared, name="other").reserve(Decimal("0.5")).amount == Decimal("0.5")
    with pytest.raises(ValueError, match="needs a name"):
        Budget("1", store=shared)
    with pytest.raises(TypeError, match="store must be a CostStore"):
        Budget("1", store=object(), name="x")  # type: ignore[arg-type]


def test_reserve_then_settle_under_concurrency_never_overspends() -> None:
    server = Chat(cost=0.001)
    budget = Budget(limit_usd="0.01")
    client = server.client(budget=budget)
    worst = client.models.estimate_cost("openai/gpt-4o-mini", 10, 100)  # about the reservation
    assert worst > 0
    outcomes: list[str] = []
    lock = threading.Lock()
    gate = threading.Barrier(16)

    def work() -> None:
        gate.wait()
        for _ in range(5):
            try:
                ask(client, max_tokens=8000)  # reserve ~$0.0048 each: only two fit at once
                result = "ok"
            except openrouter.BudgetExceededError:
                result = "refused"
            with lock:
                outcomes.append(result)

    threads = [threading.Thread(target=work) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert budget.reserved == Decimal(0)
    assert budget.spent == Decimal("0.001") * outcomes.count("ok")
    assert budget.spent <= budget.limit
    assert server.chat_posts == outcomes.count("ok")
    assert outcomes.count("refused") > 0


def test_a_stream_is_stopped_before_it_passes_the_budget() -> None:
    words = ["lorem ipsum dolor "] * 400
    body = chat_body(*words)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/models"):
            return httpx.Response(200, json=payloads.MODEL_LIST)
        return event_stream(body)

    budget = Budget(limit_usd="0.0009")
    client = openrouter.OpenRouter(
        api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)), budget=budget
    )
    # max_tokens keeps the up-front reservation small; the running estimate then passes it
    stream = client.chat.completions.create(
        model="openai/gpt-4o-mini", messages=HELLO, stream=True, max_tokens=1400
    )
    with pytest.raises(openrouter.BudgetExceededError) as caught, stream:
        for _ in stream:
            pass
    assert stream.closed
    assert partial(caught.value)["choices"][0]["message"]["content"].startswith("lorem")
    assert budget.reserved == Decimal(0)
    assert budget.spent <= budget.limit + Decimal("0.0000006") * 10


def test_stream_costs_are_recorded_including_failed_streams_that_billed(twin: Twin) -> None:
    failed = sse(
        chat_chunk({"role": "assistant", "content": ""}),
        chat_chunk({"content": "part"}),
        {
            **chat_chunk({}, finish_reason="error"),
            "error": {"code": 502, "message": "x"},
            "usage": {
                "prompt_tokens": 3,
                "completion_tokens": 1,
                "total_tokens": 4,
                "cost": 0.0003,
            },
        },
    )
    script = Script([lambda r: event_stream(chat_body("ok")), lambda r: event_stream(failed)])
    client = twin.client(script)

    def run(c: Any) -> Any:
        async def both() -> None:
            async with await c.chat.completions.create(model="m", messages=HELLO, stream=True) as s:
                await s.get_final_completion()
            with pytest.raises(openrouter.StreamError):
                async with await c.chat.completions.create(
                    model="m", messages=HELLO, stream=True
                ) as s:
                    await s.get_final_completion()

        if twin.flavour == "async":
            return both()
        with c.chat.completions.create(model="m", messages=HELLO, stream=True) as s:
            s.get_final_completion()
        with (
            pytest.raises(openrouter.StreamError),
            c.chat.completions.create(model="m", messages=HELLO, stream=True) as s,
        ):
            s.get_final_completion()
        return None

    twin.call(client, run)
    records = client.ledger.records
    assert [r.cost for r in records] == [Decimal("0.0000123"), Decimal("0.0003")]
    assert [r.failed for r in records] == [False, True]
    assert all(r.streamed for r in records)


def test_estimate_cost_from_catalogue_prices() -> None:
    script = Script([MODELS])
    client = openrouter.OpenRouter(api_key=KEY, http_client=script.sync_client())
    cost = client.models.estimate_cost("openai/gpt-4o-mini", 1000, 500)
    assert cost == Decimal("0.00000015") * 1000 + Decimal("0.0000006") * 500
    assert client.models.estimate_cost("meta-llama/llama-3.3-70b-instruct:free", 10, 10) == 0
    with pytest.raises(ValueError, match="unknown model"):
        client.models.estimate_cost("acme/none", 1, 1)
    assert len(script.requests) == 1  # cached


def test_missing_pricing_is_an_error_not_a_zero() -> None:
    listing = copy.deepcopy(payloads.MODEL_LIST)
    del listing["data"][0]["pricing"]["completion"]
    script = Script([httpx.Response(200, json=listing)])
    client = openrouter.OpenRouter(api_key=KEY, http_client=script.sync_client())
    with pytest.raises(ValueError, match="no pricing"):
        client.models.estimate_cost("openai/gpt-4o-mini", 1, 1)


def test_the_catalogue_is_refetched_after_its_ttl() -> None:
    clock = FakeClock()
    script = Script([MODELS, MODELS])
    client = openrouter.OpenRouter(api_key=KEY, http_client=script.sync_client(), clock=clock)
    client.models.price("openai/gpt-4o-mini")
    client.models.price("openai/gpt-4o-mini")
    clock.now += 3601
    client.models.price("openai/gpt-4o-mini")
    assert len(script.requests) == 2


def test_generations_wait_polls_through_404s(twin: Twin) -> None:
    missing = httpx.Response(404, json={"error": {"code": 404, "message": "not found yet"}})
    script = Script([missing, missing, httpx.Response(200, json=payloads.GENERATION)])
    clock = FakeClock()
    generation = twin.call(
        twin.client(script, clock=clock),
        lambda c: c.generations.wait("gen-1764000000-Q7vXcN2pLm4RtY8s", timeout=10),
    )
    assert generation.native_tokens_prompt == 42
    assert generation.total_cost == pytest.approx(0.0000166)
    assert clock.sleeps == [0.5, 0.75]
    assert script.requests[0].url.params["id"] == "gen-1764000000-Q7vXcN2pLm4RtY8s"


def test_generations_wait_gives_up_with_a_clear_error(twin: Twin) -> None:
    missing = httpx.Response(404, json={"error": {"code": 404, "message": "not found"}})
    script = Script([missing] * 20)
    with pytest.raises(openrouter.APITimeoutError, match="still not available after 2"):
        twin.call(twin.client(script), lambda c: c.generations.wait("gen-x", timeout=2))


def test_credits_balance_with_remaining(twin: Twin) -> None:
    script = Script(
        [httpx.Response(200, json={"data": {"total_credits": 25.5, "total_usage": 3.75}})]
    )
    balance = twin.call(twin.client(script), lambda c: c.credits.get())
    assert balance.total_credits == Decimal("25.5")
    assert balance.remaining == Decimal("21.75")


def test_credits_with_an_ordinary_key_explains_what_is_needed(twin: Twin) -> None:
    denied = httpx.Response(
        403,
        json={"error": {"code": 403, "message": "Only management keys can perform this operation"}},
    )
    with pytest.raises(openrouter.PermissionDeniedError, match="needs a management key"):
        twin.call(twin.client(Script([denied])), lambda c: c.credits.get())


def test_spending_charged_outside_the_client_counts_against_the_budget() -> None:
    server = Chat(cost=0.00002)
    budget = Budget(limit_usd="0.01")
    budget.charge(Decimal("0.00999"))  # spent elsewhere (another process, another tool)
    assert budget.spent == Decimal("0.00999")
    with pytest.raises(openrouter.BudgetExceededError):
        ask(server.client(budget=budget), max_tokens=100)
    assert server.chat_posts == 0


def test_budget_arguments_are_checked() -> None:
    with pytest.raises(ValueError, match="limit_usd"):
        Budget(limit_usd=-1)
    with pytest.raises(TypeError, match="limit_usd"):
        Budget(limit_usd=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="budget"):
        openrouter.OpenRouter(api_key=KEY, budget=5)  # type: ignore[arg-type]


def test_the_ledger_keeps_exact_totals_but_only_recent_records() -> None:
    from openrouter import CostRecord, Ledger

    ledger = Ledger(keep=100)
    for n in range(5000):
        ledger.add(CostRecord(f"gen-{n}", "m", "P", 1, 1, Decimal("0.0000166")))
    assert ledger.count == 5000
    assert ledger.total == Decimal("0.0830")
    assert len(ledger.records) == 100
    assert ledger.records[-1].generation_id == "gen-4999"
    assert ledger.by_model() == {"m": Decimal("0.0830")}


def test_raw_responses_are_recorded_and_settle_budgets_with_their_real_cost() -> None:
    server = Chat(cost=0.00002)
    budget = Budget(limit_usd="0.01")
    client = server.client(budget=budget)
    raw = client.chat.completions.with_raw_response.create(
        model="openai/gpt-4o-mini", messages=HELLO, max_tokens=10
    )
    assert raw.status_code == 200
    viewed = client.with_raw_response.chat.completions.create(
        model="openai/gpt-4o-mini", messages=HELLO, max_tokens=10
    )
    assert viewed.parse().usage.cost == pytest.approx(0.00002)
    assert client.ledger.count == 2
    assert client.ledger.total == Decimal("0.00004")
    assert budget.spent == Decimal("0.00004")
    assert budget.reserved == Decimal(0)


# -- costs read late: a program that never reads a total never imports `decimal` ---------------
@pytest.fixture
def late(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ledgers note calls as a process without `decimal` does (this one has it loaded)."""
    from openrouter import _cost

    monkeypatch.setattr(_cost, "_decimal_loaded", lambda: False)


COSTS = st.one_of(
    st.floats(min_value=0, max_value=1, allow_subnormal=False),
    st.floats(allow_nan=True, allow_infinity=True),  # negative, NaN, infinite: not costs
    st.integers(-5, 5),
    st.decimals(allow_nan=False, places=8, min_value=0, max_value=1).map(str),
    st.sampled_from([None, True, "free", "-1", "1e-9"]),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(COSTS, st.sampled_from(["a/x", "b/y", None])), max_size=80))
def test_costs_read_late_make_the_same_records_totals_and_order(
    calls: list[tuple[Any, str | None]],
) -> None:
    from openrouter import _cost

    answers = [
        {"id": f"gen-{n}", "model": model, "usage": {"cost": cost, "prompt_tokens": n}}
        for n, (cost, model) in enumerate(calls)
    ]
    at_once, late = openrouter.Ledger(), openrouter.Ledger()
    for answer in answers:
        record = _cost.record_from(answer, operation="op", labels=())
        if record is not None:
            at_once.add(record)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_cost, "_decimal_loaded", lambda: False)
        for answer in answers:
            late.note(answer, operation="op")

    def fields(ledger: openrouter.Ledger) -> list[tuple[Any, ...]]:
        return [(r.generation_id, r.model, str(r.cost), r.prompt_tokens) for r in ledger.records]

    assert fields(late) == fields(at_once)
    assert (late.count, str(late.total)) == (at_once.count, str(at_once.total))
    assert late.by_model() == at_once.by_model() and late.by_label() == at_once.by_label()
    assert str(late) == str(at_once)


def test_calls_noted_late_keep_their_order_with_calls_recorded_at_once(late: None) -> None:
    client = Chat(cost=0.25).client()
    ask(client)
    ask(client)
    with client.cost_scope(label="now"):  # a scope needs its records at once
        ask(client)
    ask(client)
    ledger = client.ledger
    assert [r.generation_id for r in ledger.records] == ["gen-1", "gen-2", "gen-3", "gen-4"]
    assert ledger.total == Decimal("1.00") and ledger.count == 4
    assert [r.labels for r in ledger.records] == [(), (), ("now",), ()]


def test_threads_noting_calls_while_others_read_lose_nothing(late: None) -> None:
    client = Chat(cost=0.0001).client()
    totals: list[Decimal] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            totals.append(client.ledger.total)

    def work() -> None:
        for _ in range(50):
            ask(client)

    reader = threading.Thread(target=read)
    reader.start()
    workers = [threading.Thread(target=work) for _ in range(8)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    done.set()
    reader.join()
    assert client.ledger.count == 400 and client.ledger.total == Decimal("0.0400")
    assert totals == sorted(totals)  # each read saw a prefix of the calls, never a lost one


def test_a_stream_is_noted_late_with_its_cost(late: None) -> None:
    usage = {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5, "cost": 0.5}
    events: list[dict[str, Any] | str] = [
        chat_chunk({"content": "Hel"}),
        chat_chunk({"content": "lo"}),
    ]
    events += [{**chat_chunk(), "choices": [], "usage": usage}, "[DONE]"]
    client = openrouter.OpenRouter(
        api_key=KEY,
        http_client=httpx.Client(
            transport=httpx.MockTransport(lambda r: event_stream(sse(*events)))
        ),
    )
    with client.chat.completions.create(model="m", messages=HELLO, stream=True) as stream:
        assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices) == "Hello"
    record = client.ledger.records[0]
    assert (record.cost, record.streamed, client.ledger.total) == (
        Decimal("0.5"),
        True,
        Decimal("0.5"),
    )
    assert record.generation_id == "gen-s1" and record.completion_tokens == 2


def test_an_answer_a_ledger_cannot_count_costs_no_other_record_and_no_reader_an_error(
    late: None, caplog: pytest.LogCaptureFixture
) -> None:
    ledger = openrouter.Ledger()
    answers = [
        {"id": "gen-1", "model": "a/x", "usage": {"cost": 0.5}},
        {"id": "gen-2", "model": {"id": "odd"}, "usage": {"cost": 0.25}},  # a drifted model
        {"id": "gen-3", "model": "a/x", "usage": {"cost": "1e999999999"}},  # cannot be summed
        {"id": "gen-4", "model": "a/x", "usage": {"cost": 0.125}},
    ]
    for answer in answers:
        ledger.note(answer, operation="op")
    assert ledger.total == Decimal("0.875")  # a read never raises for a record it reads
    assert [r.generation_id for r in ledger.records] == ["gen-1", "gen-2", "gen-4"]
    assert ledger.by_model() == {"a/x": Decimal("0.625"), "(unknown)": Decimal("0.25")}
    assert "could not record a call" in caplog.text


def test_costs_read_late_are_summed_in_the_default_context_not_the_readers(late: None) -> None:
    import decimal

    ledger = openrouter.Ledger()
    for cost in ("1.0000001", "0.5000005", "0.0012505"):
        ledger.note({"id": "g", "model": "m", "usage": {"cost": cost}}, operation="op")
    with decimal.localcontext(prec=3):
        assert ledger.count == 3  # the first read, under a reader's context
    assert ledger.total == Decimal("1.5012511")
    assert ledger.by_model() == {"m": Decimal("1.5012511")}
