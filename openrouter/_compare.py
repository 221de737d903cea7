"""Model comparison: the same request to several models at once, measured.

Each model's answer is streamed (that is how time to first token is measured) through the
client's ordinary pipeline, so budgets, cost scopes and retries apply. A model that fails is
reported with its error instead of raising. With `repeats`, numbers are medians.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from ._cost import to_decimal

if TYPE_CHECKING:
    from ._chat import AsyncChatCompletions, ChatCompletions

__all__ = ["CompareProgress", "Comparison", "ModelResult", "acompare", "compare"]


@dataclass(frozen=True, slots=True)
class CompareProgress:
    """A step of a comparison, for live displays (`on_progress`).

    `status` is `"started"`, `"streaming"` (text arrived: `chars` so far), `"done"` (`result`
    set) or `"failed"` (`result` set, with its `error`).
    """

    model: str
    status: Literal["started", "streaming", "done", "failed"]
    chars: int = 0
    result: ModelResult | None = None


@dataclass(frozen=True, slots=True)
class ModelResult:
    """One model's answer and measurements (medians over the successful runs with `repeats`).

    Attributes:
        model: the model asked.
        output: the answer's text (of the first successful run).
        finish_reason: why it stopped.
        time_to_first_token: seconds from sending to the first output.
        latency: seconds from sending to the end of the answer.
        prompt_tokens, completion_tokens: token counts from the usage.
        cost: USD, from the usage.
        provider: the provider that served it.
        generation_id: the generation id (of the first successful run).
        runs: how many runs succeeded.
        error: the error when every run failed (None otherwise).
    """

    model: str
    output: str | None = None
    finish_reason: str | None = None
    time_to_first_token: float | None = None
    latency: float | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    cost: Decimal | None = None
    provider: str | None = None
    generation_id: str | None = None
    runs: int = 0
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        """Whether the model answered."""
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (cost as a string, the error as its text)."""
        return {
            "model": self.model,
            "output": self.output,
            "finish_reason": self.finish_reason,
            "time_to_first_token": self.time_to_first_token,
            "latency": self.latency,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "cost": None if self.cost is None else str(self.cost),
            "provider": self.provider,
            "generation_id": self.generation_id,
            "runs": self.runs,
            "error": None if self.error is None else f"{type(self.error).__name__}: {self.error}",
        }


@dataclass(frozen=True, slots=True)
class Comparison:
    """The results of `client.compare(...)`, one per model in the order asked."""

    results: list[ModelResult]
    repeats: int = 1

    def __iter__(self) -> Any:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    def __getitem__(self, model: str) -> ModelResult:
        """The result of a model by id."""
        for result in self.results:
            if result.model == model:
                return result
        raise KeyError(model)

    @property
    def cost(self) -> Decimal:
        """The sum of the models' costs (medians, with `repeats`)."""
        return sum((r.cost for r in self.results if r.cost is not None), Decimal(0))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"repeats": self.repeats, "results": [r.to_dict() for r in self.results]}


@dataclass(slots=True)
class _Sample:
    output: str
    finish_reason: str | None
    ttft: float | None
    latency: float
    prompt_tokens: int | None
    completion_tokens: int | None
    cost: Decimal | None
    provider: str | None
    generation_id: str | None


@dataclass(slots=True)
class _Run:
    """Measures one streamed answer: feed it the chunks and the final completion."""

    started: float
    clock: Callable[[], float]
    first: float | None = None
    chars: int = 0

    def chunk(self, chunk: Any) -> bool:
        """Take a chunk; True when it carried text (a live display may redraw)."""
        for choice in chunk.choices or ():
            delta = choice.delta
            text = delta.content or ""
            if self.first is None and (text or delta.reasoning or delta.tool_calls):
                self.first = self.clock()
            if text:
                self.chars += len(text)
                return True
        return False

    def sample(self, final: Any) -> _Sample:
        end = self.clock()
        choice = final.choices[0] if final.choices else None
        usage = final.usage or None
        return _Sample(
            output=(choice.message.content or "") if choice else "",
            finish_reason=str(choice.finish_reason) if choice and choice.finish_reason else None,
            ttft=None if self.first is None else self.first - self.started,
            latency=end - self.started,
            prompt_tokens=usage.prompt_tokens if usage else None,
            completion_tokens=usage.completion_tokens if usage else None,
            cost=to_decimal(usage.cost) if usage else None,
            provider=final.provider or None,
            generation_id=final.id or None,
        )


def _median(values: Sequence[Any]) -> Any:
    present = [v for v in values if v is not None]
    if not present:
        return None
    median = statistics.median(present)  # a Decimal for costs
    return int(median) if all(isinstance(v, int) for v in present) else median


def summarize(model: str, samples: list[_Sample], errors: list[Exception]) -> ModelResult:
    """One model's result from its runs."""
    if not samples:
        return ModelResult(model, error=errors[0] if errors else None)
    first = samples[0]
    return ModelResult(
        model,
        output=first.output,
        finish_reason=first.finish_reason,
        time_to_first_token=_median([s.ttft for s in samples]),
        latency=_median([s.latency for s in samples]),
        prompt_tokens=_median([s.prompt_tokens for s in samples]),
        completion_tokens=_median([s.completion_tokens for s in samples]),
        cost=_median([s.cost for s in samples]),
        provider=first.provider,
        generation_id=first.generation_id,
        runs=len(samples),
    )


@dataclass
class _Job:
    model: str
    params: dict[str, Any]
    repeats: int
    notify: Callable[[CompareProgress], None] | None
    clock: Callable[[], float]
    samples: list[_Sample] = field(default_factory=list)
    errors: list[Exception] = field(default_factory=list)

    def tell(self, status: Any, chars: int = 0, result: ModelResult | None = None) -> None:
        if self.notify is not None:
            self.notify(CompareProgress(self.model, status, chars, result))

    def result(self) -> ModelResult:
        result = summarize(self.model, self.samples, self.errors)
        self.tell("done" if result.ok else "failed", result=result)
        return result


def _warm() -> None:
    """Load what the first answer needs, so no model's timing includes the one-off imports."""
    import openrouter_api.api.chat.create_chat_completion  # noqa: F401
    from openrouter_api.models import ChatCompletion, ChatCompletionChunk  # noqa: F401


def _check(models: Sequence[str], repeats: int, concurrency: int) -> None:
    if isinstance(models, str) or not models or not all(isinstance(m, str) for m in models):
        raise TypeError("compare: models must be a non-empty list of model ids")
    if repeats < 1:
        raise ValueError("compare: repeats must be at least 1")
    if concurrency < 1:
        raise ValueError("compare: concurrency must be at least 1")
    _warm()


def _jobs(
    models: Sequence[str],
    params: Mapping[str, Any],
    repeats: int,
    on_progress: Callable[[CompareProgress], None] | None,
) -> list[_Job]:
    for reserved in ("model", "models", "stream"):
        if reserved in params:
            raise TypeError(f"compare: {reserved!r} is set by compare itself")
    from ._validation import build_payload

    # Bad parameters are the same mistake for every model: refused once, before sending.
    build_payload(
        "compare", "ChatCompletionRequest", {**params, "model": models[0], "stream": True}
    )
    return [_Job(m, dict(params), repeats, on_progress, time.perf_counter) for m in models]


def _run_sync(completions: ChatCompletions, job: _Job) -> ModelResult:
    job.tell("started")
    for _ in range(job.repeats):
        run = _Run(job.clock(), job.clock)
        try:
            with completions.create(model=job.model, stream=True, **job.params) as stream:
                for chunk in stream:
                    if run.chunk(chunk):
                        job.tell("streaming", run.chars)
                job.samples.append(run.sample(stream.get_final_completion()))
        except Exception as exc:  # one model failing must not stop the others
            job.errors.append(exc)
    return job.result()


def compare(
    completions: ChatCompletions,
    models: Sequence[str],
    params: Mapping[str, Any],
    *,
    repeats: int = 1,
    concurrency: int = 4,
    on_progress: Callable[[CompareProgress], None] | None = None,
) -> Comparison:
    """The sync comparison: one thread per model, at most `concurrency` at once."""
    _check(models, repeats, concurrency)
    jobs = _jobs(models, params, repeats, on_progress)
    if concurrency == 1 or len(jobs) == 1:
        return Comparison([_run_sync(completions, job) for job in jobs], repeats)
    import contextvars
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=min(concurrency, len(jobs))) as pool:
        # each thread runs in a copy of the caller's context: its cost scopes see every call
        futures = [
            pool.submit(contextvars.copy_context().run, _run_sync, completions, job) for job in jobs
        ]
        return Comparison([future.result() for future in futures], repeats)


async def _run_async(completions: AsyncChatCompletions, job: _Job, gate: Any) -> ModelResult:
    async with gate:
        job.tell("started")
        for _ in range(job.repeats):
            run = _Run(job.clock(), job.clock)
            try:
                stream = await completions.create(model=job.model, stream=True, **job.params)
                async with stream:
                    async for chunk in stream:
                        if run.chunk(chunk):
                            job.tell("streaming", run.chars)
                    job.samples.append(run.sample(await stream.get_final_completion()))
            except Exception as exc:
                job.errors.append(exc)
        return job.result()


async def acompare(
    completions: AsyncChatCompletions,
    models: Sequence[str],
    params: Mapping[str, Any],
    *,
    repeats: int = 1,
    concurrency: int = 4,
    on_progress: Callable[[CompareProgress], None] | None = None,
) -> Comparison:
    """The async comparison: tasks bounded by a semaphore of `concurrency`."""
    import asyncio  # loaded already: this is an async client

    _check(models, repeats, concurrency)
    jobs = _jobs(models, params, repeats, on_progress)
    gate = asyncio.Semaphore(concurrency)
    results = await asyncio.gather(*(_run_async(completions, job, gate) for job in jobs))
    return Comparison(list(results), repeats)
