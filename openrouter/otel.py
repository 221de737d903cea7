"""OpenTelemetry tracing: one span per call, following the GenAI semantic conventions.

Needs the `otel` extra (`pip install 'openrouter-py[otel]'`); nothing here is imported by
`import openrouter`. `instrument(client)` traces one client in place, `instrument()` every client
created afterwards; `uninstrument()` stops both. Prompts and answers are recorded only with
`capture_content=True`, and key-shaped text never reaches an attribute.
"""

from __future__ import annotations

import threading
import time
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

try:
    from opentelemetry import trace
except ImportError as exc:  # pragma: no cover - depends on what is installed
    raise ImportError(
        "openrouter.otel needs OpenTelemetry: pip install 'openrouter-py[otel]'"
    ) from exc

from ._errors import APIStatusError
from ._genai import (
    GENAI_OPERATIONS,
    PROVIDER,
    Attributes,
    answer_of,
    clean,
    generation_id_of,
    input_content,
    json_body,
    output_content,
    request_attributes,
    response_attributes,
    retry_attributes,
)
from ._logging import logger, redact
from ._middleware import (
    CallEnded,
    CallInfo,
    CallStarted,
    MiddlewareEvent,
    Retrying,
    StreamEnded,
    StreamStarted,
    add_to_every_client,
    remove_from_every_client,
)
from ._streaming import AsyncStream, Stream
from ._version import __version__

if TYPE_CHECKING:
    import httpx

    from ._middleware import AsyncSend, SyncSend

__all__ = ["instrument", "uninstrument"]


@dataclass(slots=True)
class _Call:
    """The open span of one call and what its events taught so far."""

    span: trace.Span
    started_ns: int
    inference: bool
    retries: int = 0
    generation_id: str | None = None
    answered: bool = False
    result: object = None
    error: BaseException | None = None
    stream: weakref.ref[Any] | None = None
    stream_end: StreamEnded | None = None
    finalizer: weakref.finalize[Any, Any] | None = None


class _Tracing:
    """The spans of the clients one `instrument` call traces, keyed by call id.

    The sync pipeline tells its events on the calling thread (a stream's end on whichever thread
    closes it), the async one on the event loop: the table is guarded by a lock, and each span is
    ended by whoever takes its entry out of the table.
    """

    def __init__(self, tracer_provider: Any, capture_content: bool) -> None:
        self.tracer = trace.get_tracer("openrouter", __version__, tracer_provider=tracer_provider)
        self.capture_content = capture_content
        self.active = True
        self._calls: dict[int, _Call] = {}
        self._lock = threading.Lock()

    def span_of(self, request: httpx.Request) -> trace.Span | None:
        """The span of the call this attempt belongs to (for its HTTP spans to nest under)."""
        info = request.extensions.get("openrouter")
        if not isinstance(info, CallInfo):
            return None
        with self._lock:
            call = self._calls.get(info.call_id)
        return None if call is None else call.span

    def answered(self, request: httpx.Request, response: httpx.Response) -> None:
        """Note what an attempt's response headers say (the generation id)."""
        generation_id = response.headers.get("x-generation-id")
        if not generation_id:
            return
        info = request.extensions.get("openrouter")
        with self._lock:
            call = self._calls.get(info.call_id) if isinstance(info, CallInfo) else None
            if call is not None:
                call.generation_id = generation_id

    def on_event(self, event: MiddlewareEvent) -> None:
        """Follow the call's events; tracing never breaks a call, so a failure here is logged."""
        try:
            self._follow(event)
        except Exception:
            logger.exception("openrouter.otel: could not trace a %s event", type(event).__name__)

    def _follow(self, event: MiddlewareEvent) -> None:
        if isinstance(event, CallStarted):
            if self.active:
                self._start(event)
            return
        with self._lock:
            call = self._calls.get(event.call.call_id)
        if call is None:
            return
        if isinstance(event, Retrying):
            call.retries += 1
            call.span.add_event("openrouter.retry", retry_attributes(event))
        elif isinstance(event, StreamStarted):
            seconds = (time.time_ns() - call.started_ns) / 1e9
            call.span.set_attribute("gen_ai.response.time_to_first_chunk", seconds)
            call.span.add_event("gen_ai.first_chunk")
        else:
            self._ended(event)

    # -- the span's life ------------------------------------------------------------------------
    def _start(self, event: CallStarted) -> None:
        info, request = event.call, event.request
        body = json_body(request)
        operation = GENAI_OPERATIONS.get(info.operation, info.operation)
        model = body.get("model") if isinstance(body.get("model"), str) else None
        attributes: Attributes = {
            "gen_ai.operation.name": operation,
            "gen_ai.provider.name": PROVIDER,
            "gen_ai.system": PROVIDER,
            "openrouter.operation": info.operation,
            "server.address": request.url.host,
            "server.port": request.url.port or (443 if request.url.scheme == "https" else 80),
        }
        if info.stream:
            attributes["gen_ai.request.stream"] = True
        attributes.update(request_attributes(body))
        if self.capture_content:
            attributes.update(input_content(body))
        name = f"{operation} {model}" if model and info.operation in GENAI_OPERATIONS else operation
        started = time.time_ns()
        span = self.tracer.start_span(
            name,
            kind=trace.SpanKind.CLIENT,
            attributes=clean(attributes),
            start_time=started,
        )
        with self._lock:
            self._calls[info.call_id] = _Call(span, started, info.operation in GENAI_OPERATIONS)

    def _ended(self, event: CallEnded | StreamEnded) -> None:
        """Note the end of a call or of its stream; end the span once nothing more will come.

        A stream's span waits for the stream's end (which may also come first, when the whole
        body arrived while the stream was primed). A stream collected unclosed ends it too.
        """
        call_id = event.call.call_id
        with self._lock:
            call = self._calls.get(call_id)
            if call is None:
                return
            if isinstance(event, StreamEnded):
                call.stream_end = event
            else:
                call.answered, call.error = True, event.error
                if isinstance(event.result, Stream | AsyncStream):
                    call.stream = weakref.ref(event.result)  # never keep a stream alive
                else:
                    call.result = event.result
            streaming = call.stream is not None and call.error is None
            if not call.answered or (streaming and call.stream_end is None):
                if isinstance(event, CallEnded) and streaming:
                    call.finalizer = weakref.finalize(event.result, self._abandoned, call_id)
                    call.finalizer.atexit = False
                return
            del self._calls[call_id]
        if call.finalizer is not None:
            call.finalizer.detach()
        stream = call.stream() if call.stream is not None else None
        ending = call.stream_end
        error = call.error or (ending.error if ending is not None else None)
        self._end(call, stream if stream is not None else call.result, error, ending)

    def _abandoned(self, call_id: int) -> None:
        """A stream was garbage-collected without being closed or read to its end."""
        with self._lock:
            call = self._calls.pop(call_id, None)
        if call is not None:
            call.span.add_event("openrouter.stream_abandoned")
            self._end(call, None, None)

    def _end(
        self,
        call: _Call,
        result: Any,
        error: BaseException | None,
        stream_end: StreamEnded | None = None,
    ) -> None:
        """End the span with what the answer (`result`, read for inference calls only) says."""
        span = call.span
        attributes: Attributes = {"openrouter.retries": call.retries}
        answer = answer_of(result) if call.inference and result is not None else None
        if answer is not None:
            attributes.update(response_attributes(answer))
            if self.capture_content:
                attributes.update(output_content(answer))
        if stream_end is not None and stream_end.cost is not None:
            attributes["openrouter.cost"] = float(stream_end.cost)
        generation_id = call.generation_id or generation_id_of(attributes)
        if generation_id:
            attributes["openrouter.generation_id"] = generation_id
        if error is not None:
            kind = type(error).__qualname__
            attributes["error.type"] = kind
            if isinstance(error, APIStatusError):
                attributes["http.response.status_code"] = error.status_code
            span.add_event(
                "exception",
                clean({"exception.type": kind, "exception.message": str(error)}),
            )
            span.set_status(trace.Status(trace.StatusCode.ERROR, redact(str(error))[:200]))
        span.set_attributes(clean(attributes))
        span.end()


# -- the middleware and the switches -------------------------------------------------------------


class _SyncLayer:
    """The tracing middleware of an `OpenRouter` client."""

    def __init__(self, tracing: _Tracing) -> None:
        self.tracing = tracing
        self.on_event = tracing.on_event

    def __call__(self, request: httpx.Request, call_next: SyncSend) -> httpx.Response:
        span = self.tracing.span_of(request)
        if span is None:
            return call_next(request)
        with trace.use_span(span, record_exception=False, set_status_on_exception=False):
            response = call_next(request)
        self.tracing.answered(request, response)
        return response


class _AsyncLayer:
    """The tracing middleware of an `AsyncOpenRouter` client."""

    def __init__(self, tracing: _Tracing) -> None:
        self.tracing = tracing
        self.on_event = tracing.on_event

    async def __call__(self, request: httpx.Request, call_next: AsyncSend) -> httpx.Response:
        span = self.tracing.span_of(request)
        if span is None:
            return await call_next(request)
        with trace.use_span(span, record_exception=False, set_status_on_exception=False):
            response = await call_next(request)
        self.tracing.answered(request, response)
        return response


_lock = threading.Lock()
_every_client: _SyncLayer | None = None
_tracings: weakref.WeakSet[_Tracing] = weakref.WeakSet()


def instrument(
    client: Any = None, *, tracer_provider: Any = None, capture_content: bool = False
) -> None:
    """Trace every call of `client` (in place), or of every client created from now on.

    Args:
        client: an `OpenRouter` or `AsyncOpenRouter`; a client already traced stays as it is.
            Without one, every client created afterwards is traced (calling it again changes
            the settings for clients created after that).
        tracer_provider: where spans go; defaults to OpenTelemetry's global provider.
        capture_content: also record the prompt and the answer (`gen_ai.input.messages`,
            `gen_ai.output.messages`, `gen_ai.system_instructions`), as JSON text.
    """
    global _every_client
    tracing = _Tracing(tracer_provider, capture_content)
    if client is not None:
        from ._client import AsyncOpenRouter, OpenRouter

        if not isinstance(client, OpenRouter | AsyncOpenRouter):
            raise TypeError(
                f"instrument() takes an OpenRouter or AsyncOpenRouter, got {type(client).__name__}"
            )
        if any(_traces(layer) for layer in client._config.middleware):
            return
        layer = _AsyncLayer(tracing) if isinstance(client, AsyncOpenRouter) else _SyncLayer(tracing)
        with _lock:
            _tracings.add(tracing)
        client._use_middleware(layer)
        return
    sync_layer = _SyncLayer(tracing)
    with _lock:
        if _every_client is not None:
            remove_from_every_client(_every_client)
        _every_client = sync_layer
        _tracings.add(tracing)
        add_to_every_client(sync_layer, _AsyncLayer(tracing))


def uninstrument() -> None:
    """Stop tracing: clients created from now on are not traced, and every client traced
    before stops opening spans (spans already open still end)."""
    global _every_client
    with _lock:
        if _every_client is not None:
            remove_from_every_client(_every_client)
            _every_client = None
        for tracing in list(_tracings):
            tracing.active = False
        _tracings.clear()


def _traces(layer: Any) -> bool:
    return isinstance(layer, _SyncLayer | _AsyncLayer) and layer.tracing.active
