"""The tool runner: call the model, run the functions it asks for, send the results, repeat.

`ToolLoop` is the pure state of one run (transcript, rounds, cost, the calls to make); the sync
and async drivers below only send requests and run functions. Each round is an ordinary
`chat.completions.create` call, so budgets, cost scopes and middleware see every one.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import attrs
from openrouter_api.types import Model

from ._cost import to_decimal
from ._errors import ToolRoundsExceededError
from ._tools import FunctionTool, as_tool

if TYPE_CHECKING:
    from openrouter_api.models import ChatCompletion, ChatCompletionChunk

    from ._chat import AsyncChatCompletions, ChatCompletions

__all__ = ["ToolCallRecord", "ToolLoop", "ToolRunEvent", "ToolRunResult", "arun", "run"]


@dataclass(frozen=True, slots=True)
class ToolCallRecord:
    """One tool call the runner made.

    Attributes:
        round: the round (1-based) whose answer asked for it.
        id: the call id the model gave.
        name: the function name.
        arguments: the arguments as the model wrote them (JSON text).
        output: what was sent back to the model as the tool's result.
        error: the error text when the call failed (bad arguments, unknown tool, an exception).
    """

    round: int
    id: str
    name: str
    arguments: str
    output: str
    error: str | None = None


@dataclass(frozen=True, slots=True)
class ToolRunResult:
    """The outcome of `run_tools`.

    Attributes:
        completion: the final completion (the model answered without asking for tools).
        messages: the whole transcript: your messages, each assistant turn and tool result, and
            the final answer; send it back with a new user message to continue.
        completions: every round's completion, the final one last.
        tool_calls: every tool call made, in order.
        cost: what all rounds cost together (USD; rounds whose usage has no cost count 0).
    """

    completion: ChatCompletion
    messages: list[dict[str, Any]]
    completions: list[ChatCompletion]
    tool_calls: list[ToolCallRecord]
    cost: Decimal

    @property
    def content(self) -> str | None:
        """The final answer's text."""
        choices = self.completion.choices
        return (choices[0].message.content or None) if choices else None

    @property
    def rounds(self) -> int:
        """How many model calls the run made."""
        return len(self.completions)


@dataclass(frozen=True, slots=True)
class ToolRunEvent:
    """One event of a streamed tool run (`run_tools(..., stream=True)`).

    `type` says which fields are set: `"chunk"` (`chunk`: a chunk of the current round's
    answer), `"tool_call"` (`tool_call`: a call that was run and its result), `"round"`
    (`completion`: a round's whole completion), `"done"` (`result`: the `ToolRunResult`).
    """

    type: Literal["chunk", "tool_call", "round", "done"]
    round: int
    chunk: ChatCompletionChunk | None = None
    tool_call: ToolCallRecord | None = None
    completion: ChatCompletion | None = None
    result: ToolRunResult | None = None


@dataclass(slots=True)
class _Call:
    id: str
    name: str
    arguments: str
    tool: FunctionTool | None
    kwargs: dict[str, Any] | None = None
    error: str | None = None


def _cost_of(completion: Any) -> Decimal:
    usage = completion.usage
    return (to_decimal(usage.cost) if usage else None) or Decimal(0)


def _as_json(value: Any) -> Any:
    if isinstance(value, Model):  # an answer of this client: its JSON as the API wrote it
        return value.to_dict()
    if hasattr(value, "model_dump") and callable(value.model_dump):
        return value.model_dump(mode="json")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if attrs.has(type(value)):
        return attrs.asdict(value)
    return str(value)


def output_text(value: Any) -> str:
    """A tool's return value as the text of a tool message (strings as they are, else JSON)."""
    if isinstance(value, str):
        return value
    return json.dumps(value, default=_as_json)


def error_text(exc: BaseException) -> str:
    """The tool result sent to the model when a tool raised."""
    return f"Error: {type(exc).__name__}: {exc}"


@dataclass
class ToolLoop:
    """The state of one tool run: the transcript, the rounds so far, and what to do next."""

    messages: list[dict[str, Any]]
    tools: dict[str, FunctionTool]
    params: dict[str, Any]
    max_rounds: int
    completions: list[ChatCompletion] = field(default_factory=list)
    records: list[ToolCallRecord] = field(default_factory=list)

    @classmethod
    def start(
        cls,
        messages: Sequence[Mapping[str, Any]],
        tools: Sequence[Callable[..., Any] | FunctionTool],
        max_rounds: int,
        params: Mapping[str, Any],
    ) -> ToolLoop:
        if max_rounds < 1:
            raise ValueError("max_rounds must be at least 1")
        described = [as_tool(t) for t in tools]
        if not described:
            raise ValueError("run_tools needs at least one tool")
        for tool in described:
            if tool.function is None:
                raise TypeError(f"tool {tool.name!r} has no function to run")
        if "stream" in params:
            raise TypeError("run_tools: pass stream=True to run_tools itself")
        by_name = {tool.name: tool for tool in described}
        return cls([dict(m) for m in messages], by_name, dict(params), max_rounds)

    @property
    def round(self) -> int:
        return len(self.completions)

    def request(self) -> dict[str, Any]:
        """The keyword arguments of the next round's `create`."""
        return {**self.params, "messages": list(self.messages), "tools": list(self.tools.values())}

    def answered(self, completion: ChatCompletion) -> list[_Call]:
        """Take a round's completion: the calls to run (none: the run is over).

        Raises ToolRoundsExceededError when calls are asked for after the last allowed round.
        """
        self.completions.append(completion)
        if not completion.choices:
            return []
        message = completion.choices[0].message.to_dict()
        self.messages.append(message)
        calls = [self._call(c) for c in message.get("tool_calls") or () if isinstance(c, dict)]
        if calls and self.round >= self.max_rounds:
            raise ToolRoundsExceededError(
                f"run_tools: the model still asked for tools after {self.max_rounds} rounds "
                "(raise max_rounds, or look at the transcript in .messages)",
                messages=self.messages,
                completions=self.completions,
                cost=self.cost(),
            )
        return calls

    def _call(self, data: dict[str, Any]) -> _Call:
        function = data.get("function") or {}
        name = str(function.get("name") or "")
        call = _Call(str(data.get("id") or ""), name, str(function.get("arguments") or ""), None)
        call.tool = self.tools.get(name)
        if call.tool is None:
            call.error = f"Error: there is no tool named {name!r}"
            return call
        try:
            call.kwargs = call.tool.parse_arguments(call.arguments)
        except ValueError as exc:  # not JSON, or not what the schema allows
            call.error = f"Error: invalid arguments for {name}: {exc}"
        return call

    def finished(self, call: _Call, output: str, error: str | None) -> ToolCallRecord:
        """Record a call's result and append its tool message."""
        record = ToolCallRecord(self.round, call.id, call.name, call.arguments, output, error)
        self.records.append(record)
        self.messages.append({"role": "tool", "tool_call_id": call.id, "content": output})
        return record

    def cost(self) -> Decimal:
        return sum((_cost_of(c) for c in self.completions), Decimal(0))

    def result(self) -> ToolRunResult:
        return ToolRunResult(
            self.completions[-1], self.messages, self.completions, self.records, self.cost()
        )


def _run_call(call: _Call) -> tuple[str, str | None]:
    if call.error is not None or call.tool is None or call.tool.function is None:
        return call.error or "", call.error
    try:
        value = call.tool.function(**(call.kwargs or {}))
        if inspect.isawaitable(value):  # an async tool on a sync client: run it to the end
            import asyncio

            value = asyncio.run(_awaited(value))
        return output_text(value), None
    except Exception as exc:  # a failing tool is the model's to handle, not the caller's
        text = error_text(exc)
        return text, text


async def _awaited(value: Any) -> Any:
    return await value


async def _gather(calls: list[_Call]) -> list[tuple[str, str | None]]:
    import asyncio  # loaded already: this is an async client

    return list(await asyncio.gather(*(_arun_call(call) for call in calls)))


async def _arun_call(call: _Call) -> tuple[str, str | None]:
    if call.error is not None or call.tool is None or call.tool.function is None:
        return call.error or "", call.error
    try:
        value = call.tool.function(**(call.kwargs or {}))
        if inspect.isawaitable(value):
            value = await value
        return output_text(value), None
    except Exception as exc:
        text = error_text(exc)
        return text, text


def run(completions: ChatCompletions, loop: ToolLoop) -> ToolRunResult:
    """Run the loop to the end with a sync client."""
    while True:
        calls = loop.answered(completions.create(**loop.request()))
        if not calls:
            return loop.result()
        for call in calls:
            loop.finished(call, *_run_call(call))


def run_stream(completions: ChatCompletions, loop: ToolLoop) -> Iterator[ToolRunEvent]:
    """The loop as events, each round streamed."""
    while True:
        with completions.create(**loop.request(), stream=True) as stream:
            for chunk in stream:
                yield ToolRunEvent("chunk", loop.round + 1, chunk=chunk)
            completion = stream.get_final_completion()
        calls = loop.answered(completion)
        yield ToolRunEvent("round", loop.round, completion=completion)
        if not calls:
            yield ToolRunEvent("done", loop.round, result=loop.result())
            return
        for call in calls:
            record = loop.finished(call, *_run_call(call))
            yield ToolRunEvent("tool_call", loop.round, tool_call=record)


async def arun(completions: AsyncChatCompletions, loop: ToolLoop) -> ToolRunResult:
    """Run the loop to the end with an async client; a round's calls run concurrently."""
    while True:
        calls = loop.answered(await completions.create(**loop.request()))
        if not calls:
            return loop.result()
        outcomes = await _gather(calls)
        for call, outcome in zip(calls, outcomes, strict=True):
            loop.finished(call, *outcome)


async def arun_stream(
    completions: AsyncChatCompletions, loop: ToolLoop
) -> AsyncIterator[ToolRunEvent]:
    """The async loop as events, each round streamed."""
    while True:
        async with await completions.create(**loop.request(), stream=True) as stream:
            async for chunk in stream:
                yield ToolRunEvent("chunk", loop.round + 1, chunk=chunk)
            completion = await stream.get_final_completion()
        calls = loop.answered(completion)
        yield ToolRunEvent("round", loop.round, completion=completion)
        if not calls:
            yield ToolRunEvent("done", loop.round, result=loop.result())
            return
        outcomes = await _gather(calls)
        for call, outcome in zip(calls, outcomes, strict=True):
            yield ToolRunEvent("tool_call", loop.round, tool_call=loop.finished(call, *outcome))
