"""Error mapping: every status in the tree, 200 bodies with `error`, and what messages contain."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

import openrouter
from openrouter._errors import status_error
from openrouter._retry import RetryPolicy
from tests.test_security import async_call, echo_server, sync_call

CASES = [
    (400, openrouter.BadRequestError),
    (401, openrouter.AuthenticationError),
    (402, openrouter.PaymentRequiredError),
    (403, openrouter.PermissionDeniedError),
    (404, openrouter.NotFoundError),
    (408, openrouter.RequestTimeoutError),
    (409, openrouter.ConflictError),
    (413, openrouter.PayloadTooLargeError),
    (422, openrouter.UnprocessableEntityError),
    (429, openrouter.RateLimitError),
    (500, openrouter.InternalServerError),
    (502, openrouter.BadGatewayError),
    (503, openrouter.ServiceUnavailableError),
    (504, openrouter.InternalServerError),
    (524, openrouter.ProviderTimeoutError),
    (529, openrouter.ProviderOverloadedError),
    (418, openrouter.APIStatusError),
]


def _response(status: int, body: object) -> httpx.Response:
    request = httpx.Request("POST", "https://openrouter.ai/api/v1/chat/completions")
    return httpx.Response(status, json=body, request=request)


@pytest.mark.parametrize(("status", "cls"), CASES)
def test_each_status_maps_to_its_class(status: int, cls: type[openrouter.APIStatusError]) -> None:
    body = {"error": {"code": status, "message": "went wrong", "metadata": {"provider_name": "X"}}}
    err = status_error(_response(status, body), body)
    assert type(err) is cls
    assert err.status_code == status
    assert err.code == status
    assert err.metadata == {"provider_name": "X"}
    assert err.body == body
    assert str(err) == f"Error code: {status} - went wrong"


def test_server_errors_share_one_parent() -> None:
    for status in (500, 502, 503, 524, 529):
        body = {"error": {"code": status, "message": "x"}}
        assert isinstance(
            status_error(_response(status, body), body), openrouter.InternalServerError
        )


def test_everything_derives_from_the_root() -> None:
    for _, cls in CASES:
        assert issubclass(cls, openrouter.OpenRouterError)
    others: tuple[type[openrouter.OpenRouterError], ...] = (
        openrouter.StreamError,
        openrouter.IncompleteStreamError,
        openrouter.ResponseValidationError,
        openrouter.BudgetExceededError,
        openrouter.FirstTokenTimeoutError,
        openrouter.IdleTimeoutError,
        openrouter.StructuredOutputError,
        openrouter.ToolRoundsExceededError,
    )
    for other in others:
        assert issubclass(other, openrouter.OpenRouterError)
    assert issubclass(openrouter.FirstTokenTimeoutError, openrouter.APITimeoutError)
    assert issubclass(openrouter.APITimeoutError, openrouter.APIConnectionError)
    for output_error in (
        openrouter.OutputRefusedError,
        openrouter.OutputTruncatedError,
        openrouter.OutputValidationError,
    ):
        assert issubclass(output_error, openrouter.StructuredOutputError)


def test_moderation_details_are_in_metadata() -> None:
    body = {
        "error": {
            "code": 403,
            "message": "Input was flagged",
            "metadata": {"reasons": ["harassment"], "flagged_input": "...", "provider_name": "P"},
        }
    }
    err = status_error(_response(403, body), body)
    assert isinstance(err, openrouter.PermissionDeniedError)
    assert err.metadata["reasons"] == ["harassment"]


def test_a_200_body_with_error_takes_the_status_its_code_names() -> None:
    body = {"error": {"code": 429, "message": "upstream rate limit"}}
    err = status_error(_response(200, body), body)
    assert isinstance(err, openrouter.RateLimitError)
    assert err.status_code == 429
    assert err.response.status_code == 200


def test_a_string_code_in_a_200_body_counts_as_a_server_error() -> None:
    body = {"error": {"code": "server_error", "message": "oops"}}
    err = status_error(_response(200, body), body)
    assert isinstance(err, openrouter.InternalServerError)
    assert err.code == "server_error"


def test_http_status_field_is_accepted_instead_of_code() -> None:
    body = {"error": {"http_status": 404, "error_type": "no_endpoints", "message": "none"}}
    err = status_error(_response(404, body), body)
    assert err.code == 404


def test_a_non_json_error_body_keeps_its_text() -> None:
    request = httpx.Request("GET", "https://openrouter.ai/api/v1/models")
    response = httpx.Response(502, text="<html>Bad gateway</html>", request=request)
    err = status_error(response, response.text)
    assert isinstance(err, openrouter.BadGatewayError)
    assert "Bad gateway" in err.message


def test_request_id_is_attached() -> None:
    body = {"type": "error", "error": {"type": "api_error", "message": "x"}, "request_id": "req_1"}
    err = status_error(_response(500, body), body)
    assert err.request_id == "req_1"
    assert "req_1" in str(err)


def test_rate_limit_error_exposes_retry_after() -> None:
    request = httpx.Request("GET", "https://openrouter.ai/api/v1/models")
    response = httpx.Response(429, headers={"Retry-After": "3"}, json={}, request=request)
    err = status_error(response, {})
    assert isinstance(err, openrouter.RateLimitError)
    assert err.retry_after == 3.0


def _one_of_each() -> list[openrouter.OpenRouterError]:
    """An instance of every exception class the package exports, with its data filled in."""
    request = httpx.Request("POST", "https://openrouter.ai/api/v1/chat/completions")
    partial = {"choices": [{"message": {"content": "Hel"}}]}
    errors: list[openrouter.OpenRouterError] = [
        status_error(_response(status, {"error": {"code": status, "message": "m"}}), {})
        for status, _ in CASES
    ]
    errors += [
        openrouter.OpenRouterError("root"),
        openrouter.MissingAPIKeyError("no key"),
        openrouter.APIError("failed", request=request),
        openrouter.APIConnectionError("refused", request=request),
        openrouter.APITimeoutError("slow", request=request, partial=partial),
        openrouter.FirstTokenTimeoutError("no content", request=request, partial=partial),
        openrouter.IdleTimeoutError("silent", request=request, partial=partial),
        openrouter.StreamError("in stream", code=502, metadata={"p": 1}, partial=partial),
        openrouter.IncompleteStreamError("cut", partial=partial, request=request),
        openrouter.ResponseValidationError("bad shape", body="{}", response=_response(200, {})),
        openrouter.BudgetExceededError(
            "over", spent=Decimal("0.5"), limit=Decimal("1"), requested=Decimal("0.6")
        ),
        openrouter.StructuredOutputError("no output", completion={"id": "gen-1"}),
        openrouter.OutputRefusedError("refused", completion={"id": "gen-1"}, refusal="No."),
        openrouter.OutputTruncatedError("cut", completion={"id": "gen-1"}),
        openrouter.OutputValidationError("bad", completion={"id": "gen-1"}, content="{"),
        openrouter.ToolRoundsExceededError(
            "rounds", messages=[{"role": "user", "content": "hi"}], completions=[], cost=Decimal(0)
        ),
    ]
    return errors


def test_the_sample_covers_every_exported_exception_class() -> None:
    exported = {
        value
        for name in openrouter.__all__
        if isinstance(value := getattr(openrouter, name), type) and issubclass(value, Exception)
    }
    assert exported == {type(error) for error in _one_of_each()}


@pytest.mark.parametrize("error", _one_of_each(), ids=lambda e: type(e).__name__)
def test_every_exception_class_pickles_with_its_data(error: openrouter.OpenRouterError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert (str(copy), copy.args) == (str(error), error.args)
    for name, value in vars(error).items():
        if isinstance(value, httpx.Request | httpx.Response):
            assert type(getattr(copy, name)) is type(value)
        else:
            assert getattr(copy, name) == value, name
    if isinstance(error, openrouter.APIStatusError):
        assert isinstance(copy, openrouter.APIStatusError)
        assert copy.response.status_code == error.response.status_code
        assert copy.response.content == error.response.content


def test_timeouts_carry_the_partial_result_and_default_to_none() -> None:
    assert openrouter.APITimeoutError("slow").partial is None
    assert openrouter.IdleTimeoutError("silent", partial={"a": 1}).partial == {"a": 1}


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
@pytest.mark.parametrize("status", [301, 307])
@pytest.mark.parametrize("call", [sync_call, async_call], ids=["sync", "async"])
def test_a_redirect_is_an_error_naming_it_and_is_never_retried(
    call: Callable[..., Any], status: int, stream: bool
) -> None:
    with echo_server(status) as server, pytest.raises(openrouter.APIStatusError) as caught:
        call(server, max_retries=2, stream=stream)
    assert len(server.received) == 1
    error = caught.value
    assert type(error) is openrouter.APIStatusError
    assert error.status_code == status
    assert f"redirect ({status}" in error.message
    assert "https://elsewhere.example/api/v1/chat/completions" in error.message


def test_the_retry_policy_never_retries_a_redirect_even_when_listed() -> None:
    policy = RetryPolicy(statuses=frozenset({301, 429}))
    assert not policy.is_retryable_status(301)
    assert policy.is_retryable_status(429)
