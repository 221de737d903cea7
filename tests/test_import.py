"""`import openrouter` stays light: the generated models load only when used."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any


def _modules_after(code: str, package: str = "openrouter_api") -> list[str]:
    """The modules of `package` loaded after running `code` in a fresh interpreter."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True
    ).stdout
    return [m for m in json.loads(out) if m == package or m.startswith(f"{package}.")]


def test_import_openrouter_loads_no_generated_model() -> None:
    loaded = _modules_after("import openrouter")
    assert not [m for m in loaded if m.startswith("openrouter_api.models.")]
    assert not [m for m in loaded if m.count(".") >= 3]  # no operation modules either


def test_creating_a_client_loads_no_generated_model() -> None:
    loaded = _modules_after("import openrouter\nopenrouter.OpenRouter(api_key='k').close()")
    assert not [m for m in loaded if m.startswith("openrouter_api.models.")]


def _parse(completion: dict[str, Any]) -> str:
    """Code that reads `completion` as a `ChatCompletion`."""
    read = f"ChatCompletion.from_dict({completion!r})"
    return f"from openrouter_api.models import ChatCompletion\n{read}"


def test_a_response_model_loads_the_models_its_answer_holds_not_all_it_may_hold() -> None:
    loaded = _modules_after("from openrouter_api.models import ChatCompletion")
    models = [m for m in loaded if m.startswith("openrouter_api.models.")]
    assert "openrouter_api.models.chat_completion" in models
    assert "openrouter_api.models.chat_completion_choice" not in models  # not before it is used
    assert len(models) < 6

    choice: dict[str, Any] = {"index": 0, "message": {"role": "assistant", "content": "hi"}}
    models = [m.rsplit(".", 1)[-1] for m in _modules_after(_parse({"choices": [choice]}))]
    assert "chat_completion_message" in models
    # what this answer does not hold is not loaded: annotations, reasoning details, logprobs
    assert not [m for m in models if "annotation" in m or "reasoning" in m or "logprob" in m]

    read = _parse({"choices": [{**choice, "logprobs": {"content": []}}]})
    assert "openrouter_api.models.chat_logprobs" in _modules_after(read)


def test_calls_and_streams_never_load_the_by_name_index_of_every_model() -> None:
    # The index (class name -> module) is a table of some 800 entries, loaded only by a lookup
    # by name (`openrouter_api.models.X`); calls and streams import the models' own modules.
    chunk = {"id": "g", "choices": [{"index": 0, "delta": {"content": "hi"}}]}
    events = f"data: {json.dumps(chunk)}\\n\\ndata: [DONE]\\n\\n"
    code = (
        "import httpx, openrouter\n"
        "sse = httpx.MockTransport(lambda r: httpx.Response(200, text="
        f"'{events}', headers={{'content-type': 'text/event-stream'}}))\n"
        "client = openrouter.OpenRouter(api_key='k', http_client=httpx.Client(transport=sse))\n"
        "ask = [{'role': 'user', 'content': 'x'}]\n"
        "with client.chat.completions.create(model='m', messages=ask, stream=True) as stream:\n"
        "    assert [c.choices[0].delta.content for c in stream] == ['hi']\n"
    )
    loaded = _modules_after(code)
    assert "openrouter_api.models.chat_completion_chunk" in loaded
    assert "openrouter_api.models._index" not in loaded
    assert "openrouter_api.models._index" in _modules_after("import openrouter.types as t\nt.Model")


def test_a_sync_program_never_loads_asyncio() -> None:
    # asyncio costs about a third of `import httpx`; only async clients and streams need it.
    code = "import openrouter\nopenrouter.OpenRouter(api_key='k').close()"
    assert _modules_after(code, "asyncio") == []


def test_import_openrouter_loads_neither_decimal_nor_asyncio() -> None:
    assert _modules_after("import openrouter", "asyncio") == []
    assert _modules_after("import openrouter", "decimal") == []


def test_calls_and_streams_load_decimal_only_when_a_cost_is_read() -> None:
    usage = {"prompt_tokens": 1, "completion_tokens": 1, "cost": 0.25}
    answer = {"id": "g", "choices": [], "usage": usage}
    chunk = f"data: {json.dumps(answer)}\\n\\ndata: [DONE]\\n\\n"
    client = (
        "import httpx, openrouter\n"
        "def answer(request):\n"
        "    if b'stream' in request.content:\n"
        f"        return httpx.Response(200, text='{chunk}',"
        " headers={'content-type': 'text/event-stream'})\n"
        f"    return httpx.Response(200, json={answer!r})\n"
        "client = openrouter.OpenRouter(api_key='k',"
        " http_client=httpx.Client(transport=httpx.MockTransport(answer)))\n"
        "ask = {'model': 'm', 'messages': [{'role': 'user', 'content': 'x'}]}\n"
    )
    calls = client + "client.chat.completions.create(**ask)\n"
    calls += "with client.chat.completions.create(**ask, stream=True) as s:\n    list(s)\n"
    assert _modules_after(calls, "decimal") == []  # two billed calls, costs not read yet
    # nor the classes of a record and of a price: created when first used (about 1 ms each)
    loaded = _modules_after(calls, "openrouter")
    assert "openrouter._records" not in loaded and "openrouter._model_price" not in loaded
    read = calls + "assert client.ledger.total == 0.5 and client.ledger.count == 2\n"
    assert _modules_after(read, "decimal") == ["decimal"]
    many = client + "for _ in range(32):\n    client.chat.completions.create(**ask)\n"
    assert _modules_after(many, "decimal") == ["decimal"]  # read anyway after 32 calls


def test_optional_extras_load_only_when_used() -> None:
    with_stores = (
        "import openrouter\n"
        "store = openrouter.MemoryCostStore()\n"
        "openrouter.OpenRouter(api_key='k', budget=openrouter.Budget('1', store=store, name='b'),"
        " ledger=openrouter.Ledger(store=store, name='l')).close()\n"
        "openrouter.RedisCostStore\n"
    )
    for code in ("import openrouter", with_stores):
        for extra in ("redis", "opentelemetry"):
            assert _modules_after(code, extra) == []
    assert _modules_after(with_stores, "asyncio") == []  # a sync program with budgets too


def test_budgets_and_cost_stores_load_only_when_a_budget_is_used() -> None:
    plain = "import openrouter\nopenrouter.OpenRouter(api_key='k').close()"
    loaded = [m.rsplit(".", 1)[-1] for m in _modules_after(plain, "openrouter")]
    assert "_budget" not in loaded and "_store" not in loaded
    budgeted = (
        "import openrouter\nopenrouter.OpenRouter(api_key='k', budget=openrouter.Budget('1'))"
    )
    assert "openrouter._budget" in _modules_after(budgeted, "openrouter")


def test_structured_outputs_tools_and_compare_load_only_when_used() -> None:
    new = ["_parse", "_schema", "_tools", "_runner", "_compare", "_compare_view"]
    code = "import openrouter\nopenrouter.OpenRouter(api_key='k').close()"
    loaded = _modules_after(code, "openrouter")
    assert not [m for m in loaded if m.rsplit(".", 1)[-1] in new]
    assert _modules_after(code, "pydantic") == []


def test_type_hints_of_a_read_model_resolve_before_any_answer_is_read() -> None:
    code = (
        "import typing\nfrom openrouter_api.models import ChatCompletion, ChatUsage\n"
        "hints = typing.get_type_hints(ChatCompletion)\n"
        "assert hints['usage'] == ChatUsage | None, hints['usage']\n"
    )
    assert "openrouter_api.models.chat_usage" in _modules_after(code)
