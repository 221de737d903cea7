"""OAuth PKCE: a user signs in on OpenRouter and your app receives an API key they own.

    from openrouter import OpenRouter, oauth

    verifier = oauth.create_verifier()        # keep it secret, e.g. in the user's session
    url = oauth.authorization_url(
        "http://localhost:3000/callback", code_challenge=oauth.code_challenge(verifier)
    )
    # send the user to `url`; OpenRouter sends them back to /callback?code=...
    with OpenRouter() as client:              # this call needs no API key
        granted = oauth.exchange_code(client, code, code_verifier=verifier)
    granted.key                               # the user's new key; repr(granted) masks it

`aexchange_code` is the awaitable twin for `AsyncOpenRouter`. The exchange goes through the
client's ordinary `POST /auth/keys` operation (`client.o_auth.exchange_code_for_key`), so timeouts,
retries and error classes are the client's own. Nothing here logs the code, the verifier or the
key, and error messages never quote them.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import string
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Unpack
from urllib.parse import urlencode, urlsplit

from ._client import AsyncOpenRouter, OpenRouter

if TYPE_CHECKING:
    from openrouter_api.api import RequestOptions
    from openrouter_api.models import ExchangeAuthCodeRequest

__all__ = [
    "DEFAULT_AUTH_BASE_URL",
    "ChallengeMethod",
    "OAuthKey",
    "aexchange_code",
    "authorization_url",
    "code_challenge",
    "create_verifier",
    "exchange_code",
]

#: Where OpenRouter's sign-in page lives (`<base>/auth`).
DEFAULT_AUTH_BASE_URL = "https://openrouter.ai"

#: How the challenge is derived from the verifier: `S256` (recommended) or `plain` (the same).
ChallengeMethod = Literal["S256", "plain"]

_METHODS = ("S256", "plain")
_UNRESERVED = frozenset(string.ascii_letters + string.digits + "-._~")  # RFC 7636 section 4.1
_BASE64URL = frozenset(string.ascii_letters + string.digits + "-_")
_MIN, _MAX = 43, 128
_S256_LENGTH = 43  # 32 bytes of SHA-256 in unpadded base64url


@dataclass(frozen=True, slots=True)
class OAuthKey:
    """The result of an exchange: the user's new API key and, when the API says, their id.

    `key` is a secret like any API key: store it as you would a password. It is left out of
    `repr()` and `str()`, so logging this object does not leak it.
    """

    key: str = field(repr=False)
    user_id: str | None


def create_verifier(length: int = 64) -> str:
    """A fresh random PKCE code verifier of `length` characters (43 to 128, RFC 7636).

    The characters are URL-safe base64 letters, digits, `-` and `_` from `secrets`: six random
    bits each, so even the shortest verifier carries more than 256 bits.
    """
    if isinstance(length, bool) or not isinstance(length, int):
        raise TypeError(f"length must be an int, got {type(length).__name__}")
    if not _MIN <= length <= _MAX:
        raise ValueError(f"length must be between {_MIN} and {_MAX} (RFC 7636), got {length}")
    return secrets.token_urlsafe(length)[:length]  # token_urlsafe(n) gives about 1.3 n chars


def code_challenge(verifier: str, method: ChallengeMethod = "S256") -> str:
    """The code challenge for `verifier`: base64url of its SHA-256 without padding (`S256`),
    or the verifier itself (`plain`)."""
    _check_verifier(verifier, "verifier")
    _check_method(method, "method")
    if method == "plain":
        return verifier
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def authorization_url(
    callback_url: str,
    *,
    code_challenge: str,
    code_challenge_method: ChallengeMethod = "S256",
    base_url: str = DEFAULT_AUTH_BASE_URL,
) -> str:
    """The OpenRouter page to send the user to; after signing in they come back to
    `callback_url` with `?code=...` added.

    Args:
        callback_url: an absolute http(s) URL of yours, without a `#fragment`. OpenRouter
            accepts `localhost` on any port, so a command-line tool can listen on one.
        code_challenge: `code_challenge(verifier)`, never the verifier itself (unless the
            method is `plain`).
        code_challenge_method: how the challenge was derived from the verifier.
        base_url: the site serving the sign-in page (its `/auth` path).
    """
    callback = _check_url(callback_url, "callback_url")
    if urlsplit(callback).fragment:
        raise ValueError("callback_url must not have a #fragment (OpenRouter appends ?code=...)")
    _check_method(code_challenge_method, "code_challenge_method")
    _check_challenge(code_challenge, code_challenge_method)
    site = _check_url(base_url, "base_url").rstrip("/")
    query = urlencode(
        {
            "callback_url": callback,
            "code_challenge": code_challenge,
            "code_challenge_method": code_challenge_method,
        }
    )
    return f"{site}/auth?{query}"


def exchange_code(
    client: OpenRouter,
    code: str,
    *,
    code_verifier: str,
    code_challenge_method: ChallengeMethod = "S256",
    **options: Unpack[RequestOptions],
) -> OAuthKey:
    """Trade the `code` from the callback for the user's new API key (`POST /auth/keys`).

    Args:
        client: the `OpenRouter` client to send with; its API key, if any, is not sent.
        code: the `code` query parameter of the callback (single use, valid for minutes).
        code_verifier: the verifier whose challenge went into `authorization_url`.
        code_challenge_method: the method given to `authorization_url`.
        **options: per-call options (`timeout`, `extra_headers`, ...), as for any operation.

    Raises:
        TypeError, ValueError: a bad argument (nothing is sent).
        openrouter.APIStatusError: the API refused the exchange (for example a used or expired
            code, or a verifier that does not match the challenge: `BadRequestError`,
            `PermissionDeniedError`).
    """
    if not isinstance(client, OpenRouter):
        raise TypeError(_client_error(client, "exchange_code", "OpenRouter", "aexchange_code"))
    body = _exchange_body(code, code_verifier, code_challenge_method)
    answer = client.o_auth.exchange_code_for_key(body=body, **options)
    return OAuthKey(key=answer.key, user_id=answer.user_id)


async def aexchange_code(
    client: AsyncOpenRouter,
    code: str,
    *,
    code_verifier: str,
    code_challenge_method: ChallengeMethod = "S256",
    **options: Unpack[RequestOptions],
) -> OAuthKey:
    """The awaitable twin of `exchange_code`, for an `AsyncOpenRouter` client."""
    if not isinstance(client, AsyncOpenRouter):
        raise TypeError(_client_error(client, "aexchange_code", "AsyncOpenRouter", "exchange_code"))
    body = _exchange_body(code, code_verifier, code_challenge_method)
    answer = await client.o_auth.exchange_code_for_key(body=body, **options)
    return OAuthKey(key=answer.key, user_id=answer.user_id)


# -- checks (messages name the parameter, never its secret value) ------------------------------


def _client_error(client: object, function: str, expected: str, twin: str) -> str:
    message = f"{function} needs an openrouter.{expected} client, got {type(client).__name__}"
    if isinstance(client, OpenRouter | AsyncOpenRouter):
        message += f"; use {twin} with this one"
    return message


def _exchange_body(
    code: str, code_verifier: str, code_challenge_method: ChallengeMethod
) -> ExchangeAuthCodeRequest:
    from openrouter_api.models import ExchangeAuthCodeRequest, OAuthCodeChallengeMethod

    if not isinstance(code, str):
        raise TypeError(f"code must be a str, got {type(code).__name__}")
    if not code or any(c.isspace() or not c.isprintable() for c in code):
        raise ValueError("code must be a non-empty string without spaces or control characters")
    _check_verifier(code_verifier, "code_verifier")
    _check_method(code_challenge_method, "code_challenge_method")
    return ExchangeAuthCodeRequest(
        code=code,
        code_verifier=code_verifier,
        code_challenge_method=OAuthCodeChallengeMethod(code_challenge_method),
    )


def _check_verifier(value: object, name: str) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    if not _MIN <= len(value) <= _MAX:
        raise ValueError(f"{name} must be {_MIN} to {_MAX} characters long (RFC 7636)")
    if not _UNRESERVED.issuperset(value):
        raise ValueError(f"{name} may hold only letters, digits and '-', '.', '_', '~' (RFC 7636)")


def _check_method(value: object, name: str) -> None:
    if value not in _METHODS:
        raise ValueError(f"{name} must be 'S256' or 'plain', got {value!r}")


def _check_challenge(value: object, method: ChallengeMethod) -> None:
    if method == "plain":
        _check_verifier(value, "code_challenge")
        return
    if not isinstance(value, str):
        raise TypeError(f"code_challenge must be a str, got {type(value).__name__}")
    if len(value) != _S256_LENGTH or not _BASE64URL.issuperset(value):
        raise ValueError(
            "code_challenge must be an S256 challenge (43 base64url characters): pass "
            "code_challenge(verifier), not the verifier"
        )


def _check_url(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{name} must be an absolute http(s) URL, got {value!r}")
    return value
