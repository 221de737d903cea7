"""Keys and auth, generations, credits, key usage and the model catalogue of the emulator."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from openrouter_api.models import CreateApiKeyRequest, UpdateApiKeyRequest

import openrouter
from openrouter.params import ChatMessage
from openrouter.testing import FAKE_API_KEY, FAKE_MANAGEMENT_KEY, FakeOpenRouter, load_routes
from tests.test_emulator_support import (
    AUTH,
    MANAGEMENT_AUTH,
    assert_valid,
    async_client,
    client,
    dec,
    raw,
)
from tests.typed import present

MODEL = "openai/gpt-4o-mini"
HI: list[ChatMessage] = [{"role": "user", "content": "Hi there"}]


def _credits(result: Any) -> Any:
    """The balance, whether the client returns the raw response or its own balance object."""
    return getattr(result, "data", result)


def test_missing_or_unknown_keys_are_401_with_the_envelope(fake: FakeOpenRouter) -> None:
    with raw(fake) as http:
        missing = http.get("/models")
        unknown = http.get("/models", headers={"Authorization": "Bearer sk-or-v1-nope"})
        public = http.get("/oauth/jwks")
    for response in (missing, unknown):
        assert response.status_code == 401
        assert response.json()["error"]["code"] == 401 and response.json()["error"]["message"]
        assert_valid("ErrorResponse", response.json())
    assert public.status_code == 200
    with pytest.raises(openrouter.AuthenticationError) as caught:
        client(fake, "sk-or-v1-not-a-key").models.count()
    hint = str(caught.value)  # how to change the keys it accepts (key-shaped text is masked)
    assert "User not found." in hint
    assert FAKE_API_KEY not in hint and "[REDACTED]" in hint
    body = caught.value.response.json()["error"]["message"]  # the server's own words name them
    assert FAKE_API_KEY in body and FAKE_MANAGEMENT_KEY in body
    assert "api_key=" in hint and "--api-key" in hint and "accept_any_key=True" in hint


def test_accept_any_key_answers_any_token_as_the_right_kind_of_key() -> None:
    fake = FakeOpenRouter(accept_any_key=True)
    assert client(fake, "sk-or-v1-mine").models.count().data.count > 0
    assert _credits(client(fake, "sk-or-v1-mine").credits.get()).total_credits == 100.0
    with raw(fake) as http:
        assert http.get("/models").status_code == 401  # still no key at all


def test_management_operations_need_a_management_key(fake: FakeOpenRouter) -> None:
    with pytest.raises(openrouter.PermissionDeniedError) as caught:
        client(fake).credits.get()
    assert caught.value.message.endswith("Only management keys can perform this operation")
    assert _credits(client(fake, FAKE_MANAGEMENT_KEY).credits.get()).total_credits == 100


def test_inference_operations_refuse_management_keys(fake: FakeOpenRouter) -> None:
    inference = [r for r in load_routes() if r.inference]
    assert len(inference) == 10
    with raw(fake) as http:
        for route in inference:
            response = http.post(route.url_path.removeprefix("/api/v1"), headers=MANAGEMENT_AUTH)
            assert response.status_code == 403, route.operation_id
    with pytest.raises(openrouter.PermissionDeniedError):
        client(fake, FAKE_MANAGEMENT_KEY).chat.completions.create(model=MODEL, messages=HI)
    assert client(fake, FAKE_MANAGEMENT_KEY).models.count().data.count > 0


def test_a_generation_is_404_first_then_found(fake: FakeOpenRouter) -> None:
    sdk = client(fake)
    completion = sdk.chat.completions.create(model=MODEL, messages=HI)
    with pytest.raises(openrouter.NotFoundError):
        sdk.generations.get(id=completion.id)
    record = sdk.generations.get(id=completion.id).data
    assert record.id == completion.id and record.model == MODEL
    assert record.provider_name == "OpenAI" and record.streamed is False
    assert record.total_cost == present(completion.usage).cost
    assert record.tokens_prompt == present(completion.usage).prompt_tokens
    assert record.native_tokens_completion == present(completion.usage).completion_tokens
    assert record.finish_reason == "stop" and record.api_type == "completions"
    with pytest.raises(openrouter.NotFoundError):
        sdk.generations.get(id="gen-0-unknown")
    with raw(fake) as http:
        body = http.get("/generation", params={"id": completion.id}, headers=AUTH).json()
    assert_valid("GenerationResponse", body)


def test_generation_delay_is_configurable() -> None:
    fake = FakeOpenRouter(generation_delay_polls=3)
    with raw(fake) as http:
        chat = http.post("/chat/completions", json={"model": MODEL, "messages": HI}, headers=AUTH)
        gen = chat.headers["x-generation-id"]
        statuses = [http.get(f"/generation?id={gen}", headers=AUTH).status_code for _ in range(5)]
    assert statuses == [404, 404, 404, 200, 200]


def test_credits_and_key_usage_grow_with_the_cost_of_calls(fake: FakeOpenRouter) -> None:
    sdk, admin = client(fake), client(fake, FAKE_MANAGEMENT_KEY)
    assert _credits(admin.credits.get()).total_usage == 0
    assert sdk.key.get().data.usage == 0
    costs = [
        dec(present(sdk.chat.completions.create(model=m, messages=HI).usage).cost)
        for m in (MODEL, "openai/gpt-4o", "anthropic/claude-sonnet-4")
    ]
    assert dec(_credits(admin.credits.get()).total_usage) == sum(costs)
    assert fake.total_usage == sum(costs)
    key = sdk.key.get().data
    assert dec(key.usage) == sum(costs)
    assert key.is_management_key is False and key.limit is None
    assert admin.key.get().data.is_management_key is True
    with raw(fake) as http:
        assert_valid("CurrentKeyResponse", http.get("/key", headers=AUTH).json())
        assert_valid("CreditsResponse", http.get("/credits", headers=MANAGEMENT_AUTH).json())


def test_a_key_limit_is_enforced_with_402() -> None:
    fake = FakeOpenRouter(key_limit=0.00001)
    sdk = client(fake)
    sdk.chat.completions.create(model="openai/gpt-4o", messages=HI)  # spends past the limit
    assert sdk.key.get().data.limit_remaining == 0
    with pytest.raises(openrouter.PaymentRequiredError):
        sdk.chat.completions.create(model=MODEL, messages=HI)


def test_keys_crud_keeps_state(fake: FakeOpenRouter) -> None:
    admin = client(fake, FAKE_MANAGEMENT_KEY)
    created = admin.keys.create(body=CreateApiKeyRequest(name="ci", limit=5.0))
    assert re.fullmatch(r"sk-or-v1-[0-9a-f]{64}", created.key)
    assert created.data.name == "ci" and created.data.limit == 5.0
    again = FakeOpenRouter()
    twin = client(again, FAKE_MANAGEMENT_KEY).keys.create(body=CreateApiKeyRequest(name="ci"))
    assert twin.key == created.key  # derived deterministically
    key_hash = created.data.hash
    assert key_hash in [k.hash for k in admin.keys.list().data]
    assert len(admin.keys.list(extra_query={"limit": 1}).data) == 1
    assert admin.keys.list(offset=1).data[0].hash == key_hash

    new_client = client(fake, created.key)
    new_client.chat.completions.create(model=MODEL, messages=HI)
    assert admin.keys.get(key_hash).data.usage > 0

    updated = admin.keys.update(key_hash, body=UpdateApiKeyRequest(name="ci-2", disabled=True))
    assert updated.data.name == "ci-2" and updated.data.disabled is True
    assert key_hash not in [k.hash for k in admin.keys.list().data]
    assert key_hash in [k.hash for k in admin.keys.list(include_disabled=True).data]
    with pytest.raises(openrouter.AuthenticationError):
        new_client.models.count()

    assert admin.keys.delete(key_hash).deleted is True
    with pytest.raises(openrouter.NotFoundError):
        admin.keys.get(key_hash)
    with pytest.raises(openrouter.NotFoundError):
        admin.keys.delete("0" * 64)
    with raw(fake) as http:
        assert_valid("ApiKeyListResponse", http.get("/keys", headers=MANAGEMENT_AUTH).json())
        bad = http.post("/keys", json={"limit": 1}, headers=MANAGEMENT_AUTH)
    assert bad.status_code == 400


def test_the_catalogue_lists_filters_and_describes_models(fake: FakeOpenRouter) -> None:
    sdk = client(fake)
    listed = sdk.models.list()
    ids = [m.id for m in listed.data]
    assert {MODEL, "anthropic/claude-sonnet-4", "google/gemini-2.5-flash"} <= set(ids)
    assert "openai/text-embedding-3-small" not in ids  # output_modalities defaults to text
    assert listed.total_count == len(ids) == sdk.models.count().data.count
    embedders = sdk.models.list(output_modalities="embeddings").data
    assert [m.id for m in embedders] == ["openai/text-embedding-3-small"]
    assert [m.id for m in sdk.models.list(output_modalities="image").data] == [
        "google/gemini-2.5-flash-image"
    ]
    assert [m.id for m in sdk.models.list(input_modalities="audio").data] == [
        "google/gemini-2.5-flash"
    ]
    assert {m.id for m in sdk.models.list(q="claude").data} == {
        "anthropic/claude-3.5-haiku",
        "anthropic/claude-sonnet-4",
    }
    page = sdk.models.list(limit=2)
    assert len(page.data) == 2 and present(page.links).next and page.total_count == len(ids)
    model = sdk.models.get("openai", "gpt-4o").data
    assert model.pricing.prompt == "0.0000025" and model.top_provider.max_completion_tokens
    endpoints = sdk.endpoints.list_model("meta-llama", "llama-3.3-70b-instruct:free").data
    assert endpoints.endpoints[0].pricing.prompt == "0"
    assert {p.name for p in sdk.providers.list().data} >= {"OpenAI", "Anthropic"}
    with pytest.raises(openrouter.NotFoundError):
        sdk.models.get("nobody", "nothing")
    with raw(fake) as http:
        everything = http.get("/models?output_modalities=all", headers=AUTH).json()
        assert_valid("ModelListResponse", everything)
        assert_valid("ModelResponse", http.get("/model/openai/gpt-4o", headers=AUTH).json())
        endpoints_body = http.get("/models/openai/gpt-4o/endpoints", headers=AUTH).json()
        assert_valid("ModelEndpointsResponse", endpoints_body)
        assert_valid("ProviderListResponse", http.get("/providers", headers=AUTH).json())
        assert_valid("ModelCountResponse", http.get("/models/count", headers=AUTH).json())


async def test_async_account_calls(fake: FakeOpenRouter) -> None:
    async with httpx.AsyncClient(transport=fake) as http:
        sdk = async_client(fake, http)
        admin = async_client(fake, http, FAKE_MANAGEMENT_KEY)
        completion = await sdk.chat.completions.create(model=MODEL, messages=HI)
        with pytest.raises(openrouter.NotFoundError):
            await sdk.generations.get(id=completion.id)
        assert (await sdk.generations.get(id=completion.id)).data.id == completion.id
        created = await admin.keys.create(body=CreateApiKeyRequest(name="async"))
        assert (await admin.keys.get(created.data.hash)).data.name == "async"
        balance = _credits(await admin.credits.get())
        assert dec(balance.total_usage) == dec(present(completion.usage).cost)
    assert fake.key_hash(FAKE_API_KEY) != created.data.hash
