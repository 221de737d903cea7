"""The generated models parse realistic payloads, stay tolerant, and round-trip losslessly."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from openrouter_api.models import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionRequest,
    ErrorResponse,
    GenerationResponse,
    ModelListResponse,
)

from tests import payloads
from tests.typed import present


def roundtrip(cls: Any, payload: dict[str, Any]) -> Any:
    parsed = cls.from_dict(copy.deepcopy(payload))
    again = cls.from_dict(parsed.to_dict())
    assert again == parsed
    return parsed


def test_chat_completion_parses_with_every_documented_field() -> None:
    completion = roundtrip(ChatCompletion, payloads.CHAT_COMPLETION)
    choice = completion.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.native_finish_reason == "tool_calls"
    message = choice.message
    assert message.tool_calls[0].function.arguments == '{"city": "Paris"}'
    assert message.reasoning.startswith("The user wants")
    assert len(message.reasoning_details) == 2
    assert message.annotations[0].url_citation.url == "https://example.org/paris-weather"
    assert completion.provider == "OpenAI"
    usage = completion.usage
    assert usage.cost == pytest.approx(0.0000166)
    assert usage.is_byok is False
    assert usage.cost_details.upstream_inference_prompt_cost == pytest.approx(0.0000063)
    assert usage.completion_tokens_details.reasoning_tokens == 9


def test_stream_chunks_parse_including_the_usage_chunk() -> None:
    chunks = [roundtrip(ChatCompletionChunk, c) for c in payloads.CHAT_CHUNKS]
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[1].choices[0].delta.tool_calls[0].index == 0
    assert chunks[2].choices[0].finish_reason == "stop"
    assert chunks[2].choices[0].native_finish_reason == "end_turn"
    assert chunks[3].choices == []
    assert chunks[3].usage.cost == pytest.approx(0.0000246)


def test_model_list_parses_with_pricing_as_decimal_strings() -> None:
    models = roundtrip(ModelListResponse, payloads.MODEL_LIST)
    first = models.data[0]
    assert first.pricing.prompt == "0.00000015"
    assert first.top_provider.max_completion_tokens == 16384
    assert first.architecture.input_modalities[0] == "text"


def test_generation_parses() -> None:
    generation = roundtrip(GenerationResponse, payloads.GENERATION).data
    assert generation.total_cost == pytest.approx(0.0000166)
    assert generation.native_tokens_reasoning == 9


def test_error_body_parses_with_free_form_metadata() -> None:
    error = roundtrip(ErrorResponse, payloads.ERROR_BODY)
    assert error.error.code == 403
    assert error.error.metadata["reasons"] == ["harassment"]


def test_unknown_fields_are_kept_at_every_level() -> None:
    payload = copy.deepcopy(payloads.CHAT_COMPLETION)
    payload["brand_new_top"] = {"x": 1}
    payload["choices"][0]["message"]["brand_new_nested"] = [1, 2]
    payload["usage"]["brand_new_usage"] = 0.5
    completion = ChatCompletion.from_dict(payload)
    assert completion["brand_new_top"] == {"x": 1}
    assert completion.choices[0].message["brand_new_nested"] == [1, 2]
    assert present(completion.usage)["brand_new_usage"] == 0.5
    out = completion.to_dict()
    assert out["brand_new_top"] == {"x": 1}
    assert out["choices"][0]["message"]["brand_new_nested"] == [1, 2]


def test_unknown_enum_values_come_through_as_strings() -> None:
    payload = copy.deepcopy(payloads.CHAT_COMPLETION)
    payload["choices"][0]["finish_reason"] = "a_reason_invented_tomorrow"
    completion = ChatCompletion.from_dict(payload)
    assert completion.choices[0].finish_reason == "a_reason_invented_tomorrow"

    models = copy.deepcopy(payloads.MODEL_LIST)
    models["data"][0]["architecture"]["tokenizer"] = "BrandNewTokenizer"
    parsed = ModelListResponse.from_dict(models)
    assert parsed.data[0].architecture.tokenizer == "BrandNewTokenizer"


def test_absent_optional_fields_are_fine() -> None:
    minimal = {
        "id": "gen-1",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [
            {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}
        ],
    }
    completion = ChatCompletion.from_dict(minimal)
    assert completion.usage is None
    assert completion.choices[0].message.content == "hi"


def test_every_model_has_the_json_helpers_under_both_names() -> None:
    completion = ChatCompletion.from_dict(copy.deepcopy(payloads.CHAT_COMPLETION))
    assert completion.model_dump() == completion.to_dict()
    assert json.loads(completion.to_json(indent=2)) == completion.to_dict()
    assert completion.model_dump_json() == completion.to_json()
    assert "\n  " in completion.to_json(indent=2) and "\n" not in completion.to_json()
    request = ChatCompletionRequest.from_dict({"model": "m", "messages": []})
    assert json.loads(request.model_dump_json()) == {"model": "m", "messages": []}


def test_models_compare_by_value_and_print_their_api_field_names() -> None:
    first = ChatCompletion.from_dict(copy.deepcopy(payloads.CHAT_COMPLETION))
    second = ChatCompletion.from_dict(copy.deepcopy(payloads.CHAT_COMPLETION))
    assert first == second and first is not second
    shown = repr(first)
    assert shown.startswith("ChatCompletion(id='gen-") and "object='chat.completion'" in shown
    assert first.object == "chat.completion"


def test_attributes_carry_the_api_names_except_python_keywords() -> None:
    from openrouter_api.models import ApiKey, ResponseFunctionCall, ResponseStreamEvent

    assert ResponseStreamEvent.from_dict({"type": "response.created"}).type == "response.created"
    assert ApiKey.from_dict({"hash": "abc"}).hash == "abc"
    call = ResponseFunctionCall.from_dict({"type": "function_call", "async": True})
    assert call.async_ is True and call.to_dict()["async"] is True


def test_list_answers_iterate_over_data_and_have_a_length() -> None:
    models = ModelListResponse.from_dict(copy.deepcopy(payloads.MODEL_LIST))
    assert list(models) == models.data and len(models) == len(models.data) > 0
    empty = ModelListResponse.from_dict({})
    assert list(empty) == [] and len(empty) == 0


def test_read_models_declare_no_unset_and_request_models_keep_it() -> None:
    import openrouter_api.models as models
    from openrouter_api.types import UNSET, ReadModel

    read = [getattr(models, name) for name in models.__all__]
    read = [cls for cls in read if isinstance(cls, type) and issubclass(cls, ReadModel)]
    assert len(read) > 400
    for cls in read:
        for name, annotation in cls.__annotations__.items():
            assert "Unset" not in str(annotation), f"{cls.__name__}.{name}: {annotation}"
    assert not issubclass(ChatCompletionRequest, ReadModel)
    assert ChatCompletionRequest.from_dict({"model": "m", "messages": []}).temperature is UNSET


def test_a_read_model_sent_in_a_request_sends_only_what_was_set() -> None:
    from openrouter_api.models import ReasoningDetailText

    detail = ReasoningDetailText(type="reasoning.text", text="Paris, then Lyon.")
    assert detail.to_dict() == {"type": "reasoning.text", "text": "Paris, then Lyon."}


def test_a_list_of_an_open_enum_keeps_unknown_values_and_drift() -> None:
    from openrouter_api.models import Model, ModelParameterKnown

    model = Model.from_dict(
        {"id": "a/b", "supported_parameters": ["tools", "brand_new_parameter", {"odd": 1}]}
    )
    assert model.supported_parameters == [
        ModelParameterKnown.TOOLS,
        "brand_new_parameter",
        {"odd": 1},
    ]
    assert type(model.supported_parameters[0]) is ModelParameterKnown
    kept: object = Model.from_dict(
        {"id": "a/b", "supported_parameters": "tools"}
    ).supported_parameters
    assert kept == "tools"  # not a list: kept as it came


def test_a_deferred_model_is_imported_and_bound_in_its_home_module_on_first_use() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from openrouter_api.models import ChatLogprobs
    from openrouter_api.types import Deferred

    home: dict[str, Any] = {"__package__": "openrouter_api.models"}
    deferred = Deferred(home, "..models.chat_logprobs", "ChatLogprobs")
    home["ChatLogprobs"] = deferred
    assert repr(deferred) == "<deferred ChatLogprobs from ..models.chat_logprobs>"

    read = deferred.from_dict({"content": [], "novel": 1})  # what a referring from_dict does
    assert type(read) is ChatLogprobs and read["novel"] == 1
    assert home["ChatLogprobs"] is ChatLogprobs  # later reads find the class itself
    assert isinstance(read, deferred) and issubclass(ChatLogprobs, deferred)  # type: ignore[arg-type]
    assert isinstance(deferred(content=None), ChatLogprobs)

    # threads reading their first answer at once all get the class (the import is locked)
    racing = [Deferred(home, "..models.chat_logprobs", "ChatLogprobs") for _ in range(16)]
    with ThreadPoolExecutor(8) as pool:
        classes = list(pool.map(lambda d: d.resolve(), racing))
    assert set(classes) == {ChatLogprobs}
