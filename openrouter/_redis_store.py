"""`RedisCostStore`: budgets and ledgers shared by every process and machine that reaches one Redis.

Each budget is one Redis hash, `<prefix>budget:<name>`: the field `spent` and one field per hold
(`h:<id>` = `<expiry in server ms>:<amount>`). Each ledger is one hash, `<prefix>ledger:<name>`:
`total`, `count`, and a field per model (`m:<model>`) and per label (`l:<label>`). Every operation
is one Lua script, so it is atomic on the server. Amounts travel and are stored as exact decimal
strings, and the scripts add and compare them digit by digit: no float ever touches the money. A
hold expires `hold_ttl` seconds after it was taken (by the server's clock), so a worker that dies
mid-call frees its hold.

The `redis` package (`pip install 'openrouter-py[redis]'`) is imported only when a store is made
from a URL; `redis.asyncio` only when an async client first reserves.
"""

from __future__ import annotations

import secrets
import weakref
from collections.abc import AsyncGenerator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ._logging import logger

if TYPE_CHECKING:
    import asyncio

__all__ = ["DEFAULT_HOLD_TTL", "RedisCostStore"]

#: Seconds a hold lives unless settled: longer than the longest call you make (long streams too).
DEFAULT_HOLD_TTL = 900.0

# Helpers shared by the scripts. Amounts are non-negative decimal strings ("12", "0.00000015").
_LUA_MONEY = """
local function split(a)
  local i, f = string.match(a, '^(%d*)%.?(%d*)$')
  return i, f
end
local function add(a, b)
  local ai, af = split(a)
  local bi, bf = split(b)
  local n = math.max(#af, #bf)
  local x = ai .. af .. string.rep('0', n - #af)
  local y = bi .. bf .. string.rep('0', n - #bf)
  local m = math.max(#x, #y)
  x = string.rep('0', m - #x) .. x
  y = string.rep('0', m - #y) .. y
  local out, carry = {}, 0
  for k = m, 1, -1 do
    local d = string.byte(x, k) + string.byte(y, k) - 96 + carry
    if d >= 10 then d, carry = d - 10, 1 else carry = 0 end
    out[k] = string.char(d + 48)
  end
  local s = (carry == 1 and '1' or '') .. table.concat(out)
  local int = (string.gsub(string.sub(s, 1, #s - n), '^0+', ''))
  local frac = (string.gsub(string.sub(s, #s - n + 1), '0+$', ''))
  if int == '' then int = '0' end
  if frac == '' then return int end
  return int .. '.' .. frac
end
local function le(a, b)
  local ai, af = split(a)
  local bi, bf = split(b)
  ai = (string.gsub(ai, '^0+', ''))
  bi = (string.gsub(bi, '^0+', ''))
  if #ai ~= #bi then return #ai < #bi end
  if ai ~= bi then return ai < bi end
  local n = math.max(#af, #bf)
  af = af .. string.rep('0', n - #af)
  bf = bf .. string.rep('0', n - #bf)
  return af <= bf
end
local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
-- Drops expired holds; returns spent and the sum of the live holds.
local function totals(key, now)
  local fields = redis.call('HGETALL', key)
  local spent, reserved = '0', '0'
  for k = 1, #fields, 2 do
    local name, value = fields[k], fields[k + 1]
    if name == 'spent' then
      spent = value
    elseif string.sub(name, 1, 2) == 'h:' then
      local expiry, amount = string.match(value, '^(%d+):(.*)$')
      if tonumber(expiry) <= now then
        redis.call('HDEL', key, name)
      else
        reserved = add(reserved, amount)
      end
    end
  end
  return spent, reserved
end
"""

# KEYS[1] budget; ARGV: amount, limit, ttl ms, hold id -> {taken 0/1, spent, reserved}
_RESERVE = (
    _LUA_MONEY
    + """
local now = now_ms()
local spent, reserved = totals(KEYS[1], now)
if not le(add(add(spent, reserved), ARGV[1]), ARGV[2]) then
  return {0, spent, reserved}
end
local expiry = string.format('%.0f', now + tonumber(ARGV[3]))
redis.call('HSET', KEYS[1], 'h:' .. ARGV[4], expiry .. ':' .. ARGV[1])
return {1, spent, reserved}
"""
)

# KEYS[1] budget; ARGV: hold id, actual -> 1 if the hold was still live, else 0
_SETTLE = (
    _LUA_MONEY
    + """
local live = redis.call('HDEL', KEYS[1], 'h:' .. ARGV[1])
if ARGV[2] ~= '0' then
  redis.call('HSET', KEYS[1], 'spent', add(redis.call('HGET', KEYS[1], 'spent') or '0', ARGV[2]))
end
return live
"""
)

# KEYS[1] budget; ARGV: amount
_CHARGE = (
    _LUA_MONEY
    + """
redis.call('HSET', KEYS[1], 'spent', add(redis.call('HGET', KEYS[1], 'spent') or '0', ARGV[1]))
return 1
"""
)

# KEYS[1] budget -> {spent, reserved}
_TOTALS = (
    _LUA_MONEY
    + """
local spent, reserved = totals(KEYS[1], now_ms())
return {spent, reserved}
"""
)


# KEYS[1] ledger; ARGV: cost, model, label... -> 1
_ADD = (
    _LUA_MONEY
    + """
local function bump(field)
  redis.call('HSET', KEYS[1], field, add(redis.call('HGET', KEYS[1], field) or '0', ARGV[1]))
end
bump('total')
redis.call('HINCRBY', KEYS[1], 'count', 1)
bump('m:' .. ARGV[2])
for k = 3, #ARGV do
  bump('l:' .. ARGV[k])
end
return 1
"""
)


def _redis() -> Any:
    try:
        import redis
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "RedisCostStore needs the redis package: pip install 'openrouter-py[redis]'"
        ) from exc
    return redis


def _amount(value: Decimal) -> str:
    """An exact, plain decimal string (no exponent, no sign)."""
    if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
        raise ValueError(f"amounts in a shared budget are non-negative Decimals, got {value!r}")
    if value == 0:
        return "0"
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _redis_asyncio() -> Any:
    _redis()
    import redis.asyncio

    return redis.asyncio


class _LoopClient:
    """An asyncio Redis client and its scripts, for one event loop (its connections belong to
    that loop); closed when the loop shuts down its async generators, as `asyncio.run` does."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.reserve = client.register_script(_RESERVE)
        self.totals = client.register_script(_TOTALS)
        self.closer: AsyncGenerator[None, None] | None = None


async def _close_with_loop(entry: _LoopClient) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        await entry.client.aclose()


class RedisCostStore:
    """Budgets and ledgers kept in Redis, shared by every process that uses the same server and
    prefix.

    ```python
    store = RedisCostStore.from_url("rediss://:password@redis.example.com:6380/0")
    budget = Budget(limit_usd="25", store=store, name="tenant-a")
    ledger = Ledger(store=store, name="chat-service")
    ```

    `AsyncOpenRouter` reserves with `redis.asyncio` (the same scripts), so the event loop never
    waits on Redis; it settles and records in a background thread, so that those writes outlive
    the event loop that made them.

    Args:
        client: a `redis.Redis` (or anything with `register_script`, `hgetall`, `delete` and
            `close`).
        prefix: put before every key (`<prefix>budget:<name>`, `<prefix>ledger:<name>`), to
            share one Redis with others.
        hold_ttl: seconds a call's reservation is held unless settled; then it expires, so a
            worker that crashed mid-call stops holding money. Make it longer than your longest
            call: a hold that expired before its call settled no longer counts against the limit
            (the call's cost is still added to what was spent when it settles).
        async_client: a `redis.asyncio.Redis` for reservations made on an event loop. Without
            one, a store made by `from_url` makes one per event loop from the same URL, and any
            other store runs the blocking reservation in a thread.
    """

    def __init__(
        self,
        client: Any,
        *,
        prefix: str = "openrouter:",
        hold_ttl: float = DEFAULT_HOLD_TTL,
        async_client: Any = None,
    ) -> None:
        if isinstance(hold_ttl, bool) or not isinstance(hold_ttl, int | float) or hold_ttl <= 0:
            raise ValueError(f"hold_ttl must be a positive number of seconds, got {hold_ttl!r}")
        self.client = client
        self.prefix = prefix
        self.hold_ttl = float(hold_ttl)
        self._ttl_ms = str(max(1, round(hold_ttl * 1000)))
        self._reserve = client.register_script(_RESERVE)
        self._settle = client.register_script(_SETTLE)
        self._charge = client.register_script(_CHARGE)
        self._totals = client.register_script(_TOTALS)
        self._add = client.register_script(_ADD)
        self._given_async = None if async_client is None else _LoopClient(async_client)
        self._url: tuple[str, dict[str, Any]] | None = None  # set by from_url
        self._loops: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _LoopClient] = (
            weakref.WeakKeyDictionary()
        )

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        prefix: str = "openrouter:",
        hold_ttl: float = DEFAULT_HOLD_TTL,
        **options: Any,
    ) -> RedisCostStore:
        """A store on the Redis at `url` (`redis://`, `rediss://` for TLS, `unix://`).

        Credentials go in the URL (`rediss://user:password@host:port/db`); `options` are passed
        to `redis.Redis.from_url` and `redis.asyncio.Redis.from_url` (timeouts, TLS
        certificates, ...).
        """
        store = cls(_redis().Redis.from_url(url, **options), prefix=prefix, hold_ttl=hold_ttl)
        store._url = (url, options)
        return store

    def key(self, budget: str) -> str:
        """The Redis key of a budget."""
        return f"{self.prefix}budget:{budget}"

    def ledger_key(self, ledger: str) -> str:
        """The Redis key of a ledger (a hash: `total`, `count`, `m:<model>`, `l:<label>`)."""
        return f"{self.prefix}ledger:{ledger}"

    def reserve(
        self, budget: str, amount: Decimal, limit: Decimal
    ) -> tuple[str | None, Decimal, Decimal]:
        hold = secrets.token_hex(8)
        args = [_amount(amount), _amount(limit), self._ttl_ms, hold]
        taken, spent, reserved = self._reserve(keys=[self.key(budget)], args=args)
        return (hold if int(taken) else None), Decimal(_text(spent)), Decimal(_text(reserved))

    async def reserve_async(
        self, budget: str, amount: Decimal, limit: Decimal
    ) -> tuple[str | None, Decimal, Decimal]:
        """`reserve`, awaited on the event loop's own Redis connection."""
        import asyncio  # loaded by the running loop already

        entry = await self._loop_client()
        if entry is None:
            return await asyncio.to_thread(self.reserve, budget, amount, limit)
        hold = secrets.token_hex(8)
        args = [_amount(amount), _amount(limit), self._ttl_ms, hold]
        taken, spent, reserved = await entry.reserve(keys=[self.key(budget)], args=args)
        return (hold if int(taken) else None), Decimal(_text(spent)), Decimal(_text(reserved))

    async def totals_async(self, budget: str) -> tuple[Decimal, Decimal]:
        """`totals`, awaited on the event loop's own Redis connection."""
        import asyncio  # loaded by the running loop already

        entry = await self._loop_client()
        if entry is None:
            return await asyncio.to_thread(self.totals, budget)
        spent, reserved = await entry.totals(keys=[self.key(budget)])
        return Decimal(_text(spent)), Decimal(_text(reserved))

    async def _loop_client(self) -> _LoopClient | None:
        import asyncio  # loaded by the running loop already

        if self._given_async is not None:
            return self._given_async
        if self._url is None:
            return None
        loop = asyncio.get_running_loop()
        entry = self._loops.get(loop)
        if entry is None:
            url, options = self._url
            entry = _LoopClient(_redis_asyncio().Redis.from_url(url, **options))
            closer = _close_with_loop(entry)
            await closer.__anext__()  # now the loop closes it when it shuts down
            entry.closer = closer
            self._loops[loop] = entry
        return entry

    def settle(self, budget: str, hold: str, held: Decimal, actual: Decimal) -> None:
        live = self._settle(keys=[self.key(budget)], args=[hold, _amount(actual)])
        if not int(live):
            logger.warning(
                "budget %r: a call settled after its hold of $%s expired (hold_ttl %gs is shorter "
                "than the call); its cost was still added to what was spent",
                budget,
                held,
                self.hold_ttl,
            )

    def charge(self, budget: str, amount: Decimal) -> None:
        self._charge(keys=[self.key(budget)], args=[_amount(amount)])

    def totals(self, budget: str) -> tuple[Decimal, Decimal]:
        spent, reserved = self._totals(keys=[self.key(budget)])
        return Decimal(_text(spent)), Decimal(_text(reserved))

    def add(self, ledger: str, cost: Decimal, model: str, labels: Sequence[str]) -> None:
        self._add(keys=[self.ledger_key(ledger)], args=[_amount(cost), model, *labels])

    def ledger_totals(
        self, ledger: str
    ) -> tuple[Decimal, int, dict[str, Decimal], dict[str, Decimal]]:
        fields = {
            _text(k): _text(v) for k, v in self.client.hgetall(self.ledger_key(ledger)).items()
        }
        by_model = {k[2:]: Decimal(v) for k, v in fields.items() if k.startswith("m:")}
        by_label = {k[2:]: Decimal(v) for k, v in fields.items() if k.startswith("l:")}
        total = Decimal(fields.get("total", "0"))
        return total, int(fields.get("count", "0")), by_model, by_label

    def reset(self, budget: str) -> None:
        """Forget a budget: what it spent and every hold on it (e.g. at the start of a month)."""
        self.client.delete(self.key(budget))

    def reset_ledger(self, ledger: str) -> None:
        """Forget a ledger's totals."""
        self.client.delete(self.ledger_key(ledger))

    def close(self) -> None:
        """Close the connections to Redis (those of event loops close with their loop)."""
        self.client.close()

    async def aclose(self) -> None:
        """Close the connections to Redis, the running event loop's included."""
        import asyncio  # loaded by the running loop already

        entry = self._loops.pop(asyncio.get_running_loop(), None)
        if entry is not None and entry.closer is not None:
            await entry.closer.aclose()
        self.client.close()

    def __repr__(self) -> str:
        return f"<RedisCostStore prefix={self.prefix!r} hold_ttl={self.hold_ttl:g}s>"
