"""One source for the shape of each request: openapi.yaml.

Every request property of the five inference schemas is known to the generated TypedDict (what
type checkers see), to the runtime check (what is refused before sending) and, for chat, to the
builder; anything else is refused, or forwarded when openai-python takes it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import openrouter
from openrouter import _schemas, params
from openrouter._builder import ChatBuilder, ChatRequestBuilder
from openrouter._validation import OPTION_NAMES, build_payload, check_param
from tests import payloads
from tests.fakes import Script

ROOT = Path(__file__).resolve().parent.parent

#: request schema -> (keyword TypedDicts of its `create`)
CALLS = {
    "ChatCompletionRequest": (params.ChatCompletionParams, params.ChatCompletionStreamParams),
    "CreateCompletionRequest": (params.CompletionParams, params.CompletionStreamParams),
    "CreateResponseRequest": (params.ResponseParams, params.ResponseStreamParams),
    "CreateMessageRequest": (params.MessageParams, params.MessageStreamParams),
    "CreateEmbeddingsRequest": (params.EmbeddingParams,),
}

#: The keyword arguments of openai-python's `chat.completions.create` (openai 1.x/2.x).
OPENAI_CHAT_KEYWORDS = [
    "messages", "model", "audio", "frequency_penalty", "function_call", "functions",
    "logit_bias", "logprobs", "max_completion_tokens", "max_tokens", "metadata", "modalities",
    "moderation", "n", "parallel_tool_calls", "prediction", "presence_penalty",
    "prompt_cache_key", "prompt_cache_options", "prompt_cache_retention", "reasoning_effort",
    "response_format", "safety_identifier", "seed", "service_tier", "stop", "store", "stream",
    "stream_options", "temperature", "tool_choice", "tools", "top_logprobs", "top_p", "user",
    "verbosity", "web_search_options", "extra_headers", "extra_query", "extra_body", "timeout",
]  # fmt: skip

#: Chat parameters whose builder method has another name, or that sending decides.
BUILDER_NAMES = {"user": "end_user", "messages": "message", "stream": "stream"}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    return loaded


def _keys(typed_dict: Any) -> set[str]:
    return set(typed_dict.__required_keys__ | typed_dict.__optional_keys__)


@pytest.mark.parametrize("schema", list(CALLS))
def test_every_request_property_is_typed_checked_and_nothing_else_is(
    spec: dict[str, Any], schema: str
) -> None:
    in_spec = set(spec["components"]["schemas"][schema]["properties"])
    forwarded = set(_schemas.FORWARDED.get(schema, ()))
    checked = set(_schemas.SCHEMAS[schema]["props"])
    assert checked == in_spec | forwarded
    assert not forwarded & in_spec  # forwarded only while the spec does not list it
    for typed_dict in CALLS[schema]:
        assert _keys(typed_dict) - OPTION_NAMES == in_spec | forwarded
    # forwarded keywords are documented where users read the parameters
    for name in forwarded:
        assert f"`{name}`" in (params._ChatCompletionParamsBase.__doc__ or "")
    operation = _schemas.CALLS[schema]
    with pytest.raises(TypeError, match=f"{operation}.*'not_a_parameter'"):
        build_payload(operation, schema, {"not_a_parameter": 1})


def test_the_builder_has_a_method_for_every_chat_parameter() -> None:
    props = _schemas.SCHEMAS["ChatCompletionRequest"]["props"]
    missing = [n for n in props if not hasattr(ChatBuilder, BUILDER_NAMES.get(n, n))]
    assert missing == []
    # and refuses names that are not chat parameters
    with pytest.raises(ValueError, match="unknown chat parameter"):
        ChatRequestBuilder().param("not_a_parameter", 1)


def _sample(node: dict[str, Any]) -> Any:
    node = _schemas.SCHEMAS[node["ref"]] if "ref" in node else node
    types = [t for t in node.get("t", ()) if t != "null"]
    if "enum" in node:
        return node["enum"][0]
    if types == ["number"]:
        return node.get("min", 0.5)
    if types == ["integer"]:
        return node.get("min", 1)
    if types == ["boolean"]:
        return True
    if types == ["string"]:
        return "x"
    return None


def test_the_generated_builder_methods_set_their_parameter() -> None:
    builder = ChatRequestBuilder().model("m").user("Hi")
    tried = 0
    for name, node in _schemas.SCHEMAS["ChatCompletionRequest"]["props"].items():
        value = _sample(node)
        if value is None or name in ("model", "stream") or name in BUILDER_NAMES:
            continue
        method = getattr(builder, name)
        if name in ("logprobs", "include_reasoning", "parallel_tool_calls"):
            built = method().build()  # conveniences defaulting to True
        else:
            built = method(value).build() if name != "top_logprobs" else None
        if built is not None:
            assert built[name] == value, name
            tried += 1
    assert tried >= 20


def test_every_openai_chat_keyword_is_accepted() -> None:
    known = _keys(params.ChatCompletionParams)
    assert [k for k in OPENAI_CHAT_KEYWORDS if k not in known] == []


def _chat(**kwargs: Any) -> dict[str, Any]:
    return build_payload("chat.completions.create", "ChatCompletionRequest", kwargs)


HELLO: list[params.ChatMessage] = [{"role": "user", "content": "Hi"}]


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"tools": "x"}, TypeError, "tools must be a list, got str"),
        ({"tools": [{"type": "function"}]}, ValueError, r"tools\[0\]\.function is required"),
        (
            {"tools": [{"type": "function", "function": {"name": 5}}]},
            TypeError,
            r"tools\[0\]\.function\.name must be a string, got int",
        ),
        (
            {"tools": [{"type": "function", "function": {"name": "no spaces"}}]},
            ValueError,
            r"tools\[0\]\.function\.name must match",
        ),
        ({"response_format": "json"}, TypeError, "response_format must be a mapping, got str"),
        (
            {"response_format": {"type": "json"}},
            ValueError,
            "response_format.type must be one of text, json_object, json_schema",
        ),
        (
            {"response_format": {"type": "json_schema"}},
            ValueError,
            "response_format.json_schema is required",
        ),
        ({"provider": {"sort": 5}}, TypeError, "provider.sort"),
        ({"provider": {"order": "openai"}}, TypeError, "provider.order must be a list or None"),
        ({"reasoning": {"max_tokens": "many"}}, TypeError, "reasoning.max_tokens"),
        ({"plugins": [{"id": "web", "max_results": "3"}]}, TypeError, r"plugins\[0\]"),
        ({"metadata": {str(i): "v" for i in range(17)}}, ValueError, "metadata takes at most 16"),
        ({"messages": [{"role": "user", "content": 5}]}, TypeError, r"messages\[0\]\.content"),
        (
            {"messages": [{"role": "user", "content": [{"type": "text"}]}]},
            ValueError,
            r"messages\[0\]\.content\[0\]\.text is required",
        ),
        ({"n": 0}, ValueError, "n must be at least 1"),
        ({"store": "yes"}, TypeError, "store must be True or False or None"),
        ({"temperature": float("nan")}, TypeError, "temperature must be a number or None, got nan"),
    ],
)
def test_checks_come_from_the_schema_and_name_the_path(
    kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        _chat(**{"model": "m", "messages": HELLO, **kwargs})


def test_a_keyword_outside_a_schema_is_refused_before_sending() -> None:
    script = Script([])
    # what mypy refuses (tests/typing/wrong_calls.py) is refused at run time as well
    client: Any = openrouter.OpenRouter(api_key="k", http_client=script.sync_client())
    message = [{"role": "user", "content": "x"}]
    with pytest.raises(TypeError, match=r"messages\.create.*'stop'"):
        client.messages.create(model="m", max_tokens=5, messages=message, stop=["x"])
    with pytest.raises(TypeError, match=r"messages\.create.*'frequency_penalty'"):
        client.messages.create(model="m", messages=message, frequency_penalty=0.1)
    with pytest.raises(TypeError, match="'temprature'"):
        client.chat.completions.create(model="m", messages=HELLO, temprature=1)
    assert script.requests == []


def test_model_may_be_left_out_and_openai_keywords_are_forwarded() -> None:
    script = Script([httpx.Response(200, json=payloads.CHAT_COMPLETION)])
    client = openrouter.OpenRouter(api_key="k", http_client=script.sync_client())
    client.chat.completions.create(
        messages=[{"role": "user", "content": "Hi"}],
        n=1,
        store=False,
        service_tier="auto",
        modalities=["text"],
        audio={"voice": "alloy", "format": "wav"},
        prediction={"type": "content", "content": "draft"},
    )
    sent = json.loads(script.requests[0].content)
    assert "model" not in sent
    assert sent["n"] == 1 and sent["store"] is False and sent["audio"]["voice"] == "alloy"


def test_check_param_converts_generated_models() -> None:
    from openrouter_api.models import UserMessage

    message = UserMessage.from_dict({"role": "user", "content": "from a model"})
    assert check_param("ChatCompletionRequest", "messages", [message]) == [
        {"role": "user", "content": "from a model"}
    ]


#: Enums that stay closed: the discriminating `type`/`role` of union variants, and tool-choice
#: modes (none/auto/required), which are part of the protocol rather than a growing list.
CLOSED_ENUMS = {
    "ChatToolChoiceMode",
    "ResponseToolChoiceMode",
    "ResponseToolChoiceAllowedTools.mode",
}


def test_request_enums_are_open_to_values_newer_than_the_spec(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    closed: list[str] = []
    seen: set[str] = set()

    def walk(node: Any, where: str, prop: str = "") -> None:
        if not isinstance(node, dict):
            return
        ref = node.get("$ref", "").rsplit("/", 1)[-1]
        if ref:
            if ref not in seen:
                seen.add(ref)
                walk(schemas[ref], ref)
            return
        variants = node.get("anyOf") or node.get("oneOf") or []
        opened = {"type": "string"} in variants
        for variant in variants:
            known = variant.get("$ref", "").endswith("Known") or "enum" in variant
            if not (opened and known):
                walk(variant, where, prop)
        name = f"{where}.{prop}" if prop else where
        if (
            "enum" in node
            and prop not in ("type", "role")
            and not {where, name} & CLOSED_ENUMS
            and not where.endswith("Known")
        ):
            closed.append(name)
        for key, sub in node.get("properties", {}).items():
            walk(sub, where, key)
        if isinstance(node.get("items"), dict):
            walk(node["items"], where, prop)
        if isinstance(node.get("additionalProperties"), dict):
            walk(node["additionalProperties"], where, prop)

    for schema in CALLS:
        walk(schemas[schema], schema)
    assert closed == []


def test_a_value_newer_than_the_spec_is_sent_and_typos_of_closed_enums_are_not() -> None:
    payload = _chat(
        model="m",
        messages=HELLO,
        verbosity="ultra",
        reasoning={"effort": "extreme"},
        provider={"quantizations": ["fp2"], "sort": "carbon"},
        modalities=["video"],
    )
    assert payload["verbosity"] == "ultra" and payload["modalities"] == ["video"]
    with pytest.raises(ValueError, match="tool_choice must be one of none, auto, required"):
        _chat(model="m", messages=HELLO, tool_choice="sometimes")
    with pytest.raises(TypeError, match="verbosity must be a string"):
        _chat(model="m", messages=HELLO, verbosity=3)


def test_members_of_the_generated_enums_are_sent_as_their_values() -> None:
    from openrouter_api.models import ChatCompletionRequestVerbosityKnown, ChatToolChoiceMode

    payload = _chat(
        model="m",
        messages=HELLO,
        verbosity=ChatCompletionRequestVerbosityKnown("high"),
        tool_choice=ChatToolChoiceMode("auto"),
    )
    assert json.dumps(payload["verbosity"]) == '"high"'
    assert type(payload["verbosity"]) is str and type(payload["tool_choice"]) is str


def test_an_output_budget_above_the_models_known_limit_is_refused_before_sending() -> None:
    answer = httpx.Response(200, json=payloads.CHAT_COMPLETION)
    script = Script([answer, answer])
    client: Any = openrouter.OpenRouter(api_key="k", http_client=script.sync_client())
    model = {"id": "m", "context_length": 8192, "top_provider": {"max_completion_tokens": 4096}}
    model["pricing"] = {"prompt": "0", "completion": "0"}
    # without a cached catalogue nothing is fetched to check this
    client.chat.completions.create(model="m", messages=HELLO, max_tokens=10**12)
    client._transport.config.meter.catalogue.load([model])
    for name in ("max_tokens", "max_completion_tokens"):
        with pytest.raises(ValueError, match=f"{name} must be at most 4096 for m"):
            client.chat.completions.create(model="m", messages=HELLO, **{name: 10**12})
    with pytest.raises(ValueError, match="max_output_tokens must be at most 4096"):
        client.responses.create(model="m", input="x", max_output_tokens=5000)
    client.chat.completions.create(model="other", messages=HELLO, max_tokens=10**12)  # unknown
    assert len(script.requests) == 2


def test_a_schema_table_is_parsed_on_first_lookup_and_kept() -> None:
    # The request checks cache their checkers by the identity of a table: a lookup must give
    # the same object every time, and every table in the file must parse.
    names = list(_schemas.SCHEMAS)
    assert len(names) == len(_schemas.SCHEMAS) > 100
    assert _schemas.SCHEMAS["ChatMessage"] is _schemas.SCHEMAS["ChatMessage"]
    assert all(isinstance(_schemas.SCHEMAS[name], dict) for name in names)
