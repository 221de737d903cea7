"""The emulator's account: keys (with usage and limits), spending, and generation records.

State changes only through these methods, and the core calls them while holding its lock, so
the threaded socket server and concurrent async tasks see consistent numbers.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ._billing import Generation
from ._text import digest

__all__ = ["AccountState", "KeyEntry", "mask_key"]


def mask_key(secret: str) -> str:
    """How the API labels a key: its prefix and last characters (`sk-or-v1-0e6...1c96`)."""
    if len(secret) <= 16:
        return "***"
    return f"{secret[:12]}...{secret[-4:]}"


@dataclass(slots=True)
class KeyEntry:
    """One key the emulator accepts.

    Attributes:
        secret: the plaintext key (`sk-or-v1-...`).
        name: the display name.
        management: whether it is a management key (admin operations only, no inference).
        limit: the credit limit in USD, or None for unlimited.
        disabled: disabled keys are refused (401).
        created_at, updated_at: ISO timestamps.
    """

    secret: str
    name: str
    management: bool
    created_at: str
    limit: float | None = None
    limit_reset: str | None = None
    include_byok_in_limit: bool = False
    disabled: bool = False
    updated_at: str | None = None
    last_used_at: str | None = None
    expires_at: str | None = None
    creator_user_id: str | None = None
    workspace_id: str = "6f4c3b2a-1d0e-4f9a-8b7c-6d5e4f3a2b1c"
    spent: Decimal = field(default_factory=Decimal)

    @property
    def hash(self) -> str:
        """The key's hash: lowercase hex SHA-256 of the plaintext, as the API identifies keys."""
        return hashlib.sha256(self.secret.encode("utf-8")).hexdigest()

    @property
    def limit_remaining(self) -> float | None:
        """What is left of the limit, or None when unlimited."""
        if self.limit is None:
            return None
        return max(0.0, float(Decimal(str(self.limit)) - self.spent))

    def usage_json(self) -> dict[str, Any]:
        """The label, limit and usage fields that `GET /key` and the keys API share."""
        usage = float(self.spent)
        return {
            "label": mask_key(self.secret),
            "limit": self.limit,
            "limit_remaining": self.limit_remaining,
            "limit_reset": self.limit_reset,
            "include_byok_in_limit": self.include_byok_in_limit,
            "usage": usage,
            "usage_daily": usage,
            "usage_weekly": usage,
            "usage_monthly": usage,
            "byok_usage": 0.0,
            "byok_usage_daily": 0.0,
            "byok_usage_weekly": 0.0,
            "byok_usage_monthly": 0.0,
            "creator_user_id": self.creator_user_id,
            "expires_at": self.expires_at,
        }

    def to_json(self, template: dict[str, Any] | None = None) -> dict[str, Any]:
        """The `ApiKey` object of the keys API, over the spec example's fields."""
        record = dict(template or {})
        record.update(
            {
                "hash": self.hash,
                "name": self.name,
                "disabled": self.disabled,
                **self.usage_json(),
                "created_at": self.created_at,
                "updated_at": self.updated_at,
                "last_used_at": self.last_used_at,
                "external_user": None,
                "workspace_id": self.workspace_id,
            }
        )
        return record


class AccountState:
    """Keys, spending and generations of the emulated account."""

    def __init__(
        self,
        *,
        api_key: str,
        management_key: str,
        credits: float,
        key_limit: float | None,
        created_at: str,
    ) -> None:
        self.credits = Decimal(str(credits))
        self.keys: dict[str, KeyEntry] = {}
        self._by_secret: dict[str, str] = {}
        self.generations: dict[str, Generation] = {}
        self.polls: dict[str, int] = {}
        self.total_spent = Decimal(0)
        self.sequence = 0
        self.created_keys = 0
        self.add_key(KeyEntry(api_key, "Emulator API key", False, created_at, limit=key_limit))
        self.add_key(KeyEntry(management_key, "Emulator management key", True, created_at))

    def add_key(self, entry: KeyEntry) -> KeyEntry:
        """Start accepting a key."""
        self.keys[entry.hash] = entry
        self._by_secret[entry.secret] = entry.hash
        return entry

    def remove_key(self, key_hash: str) -> KeyEntry | None:
        """Stop accepting a key; returns it, or None when unknown."""
        entry = self.keys.pop(key_hash, None)
        if entry is not None:
            self._by_secret.pop(entry.secret, None)
        return entry

    def key_for(self, secret: str) -> KeyEntry | None:
        """The key entry for a bearer token, or None when the emulator does not know it."""
        key_hash = self._by_secret.get(secret)
        return self.keys.get(key_hash) if key_hash is not None else None

    def new_key_secret(self, name: str) -> str:
        """A fresh plaintext key: `sk-or-v1-` plus 64 hex characters, derived deterministically."""
        self.created_keys += 1
        seed = f"emulator-key:{self.created_keys}:{name}".encode()
        return "sk-or-v1-" + hashlib.sha256(seed).hexdigest()

    def new_generation_id(self, created: float, *salt: object) -> str:
        """A generation id `gen-<unix time>-<hash>`, unique per call."""
        self.sequence += 1
        return f"gen-{int(created)}-{digest(self.sequence, *salt)}"

    def record(self, generation: Generation) -> None:
        """Remember a completed call and charge its cost to the account and to its key."""
        self.generations[generation.id] = generation
        self.total_spent += generation.usage.cost
        entry = self.key_for(generation.key)
        if entry is not None:
            entry.spent += generation.usage.cost

    def lookup(self, generation_id: str, delay_polls: int) -> Generation | None:
        """A generation record, or None while it is unknown or not yet "available".

        The first `delay_polls` lookups of a known id answer None, like the real API where the
        stats appear a moment after the response.
        """
        generation = self.generations.get(generation_id)
        if generation is None:
            return None
        seen = self.polls.get(generation_id, 0)
        self.polls[generation_id] = seen + 1
        return generation if seen >= delay_polls else None
