"""Rebuild a final result from stream events. Pure: dicts in, dicts out.

`ChatAccumulator` rebuilds a chat completion (or a legacy text completion) from its chunks:
content, refusal, reasoning, reasoning_details (merged by index when they have one, appended when
they do not), tool calls (arguments concatenated per index), annotations, images, logprobs,
finish and native finish reasons, provider and usage with cost. Unknown fields are kept.
`ResponsesAccumulator` and `MessagesAccumulator` do the same for the Responses and Anthropic
Messages event streams.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "Accumulator",
    "ChatAccumulator",
    "ImagesAccumulator",
    "MessagesAccumulator",
    "ResponsesAccumulator",
]

_CHUNK_ONLY = {"choices", "object", "usage", "error"}


class Accumulator:
    """What a stream needs from an accumulator."""

    #: a finish reason (or terminal event) was seen: the result is complete
    finished: bool = False

    def add(self, data: dict[str, Any], event: str | None) -> tuple[str | None, int]:
        """Fold one event into the result; return its plain-text delta and its generated output.

        Generated (billable) output is anything the provider produced: text, refusal, reasoning,
        reasoning details, tool-call names and arguments, images, audio. It is counted in
        characters; an image or an audio part counts at least 1, so its presence is never
        mistaken for "nothing generated yet".
        """
        raise NotImplementedError

    def error(self, data: dict[str, Any], event: str | None) -> dict[str, Any] | None:
        """The error object an event carries, if it reports a failure."""
        raise NotImplementedError

    def snapshot(self) -> dict[str, Any]:
        """The result so far, shaped like the non-streaming response."""
        raise NotImplementedError


def _chars(value: object) -> int:
    return len(value) if isinstance(value, str) else 0


#: the text fields of a reasoning detail: joined across chunks, and counted as generated output
_DETAIL_TEXT = ("text", "summary", "data")


def _detail_chars(detail: dict[str, Any]) -> int:
    chars = 0
    for field in _DETAIL_TEXT:
        value = detail.get(field)
        if type(value) is str:
            chars += len(value)
    return chars or 1


class _Text:
    """Text that arrives in pieces (content, reasoning, tool-call arguments), joined on demand.

    Every 256 pieces are joined into one block on the way: a long stream then keeps about its
    characters instead of one string object per piece (some 60 bytes each), and joining stays
    linear (extending one growing string per piece copied all of it every time).
    """

    __slots__ = ("blocks", "pieces")

    def __init__(self, first: str | None = None) -> None:
        self.blocks: list[str] = []
        self.pieces: list[str] = [] if first is None else [first]

    def add(self, piece: str) -> None:
        pieces = self.pieces
        pieces.append(piece)
        if len(pieces) == 256:
            self.blocks.append("".join(pieces))
            pieces.clear()

    def __bool__(self) -> bool:
        """Whether any piece came, an empty one included."""
        return bool(self.pieces or self.blocks)

    def __str__(self) -> str:
        return "".join(self.blocks) + "".join(self.pieces)


class _Detail:
    """One reasoning detail being rebuilt: its fields, and the pieces of its text fields.

    Pieces are joined when a result is shaped: adding each piece to a growing string copies
    all of it every time, which made a long reasoning block quadratic.
    """

    __slots__ = ("fields", "pieces")

    def __init__(self, detail: dict[str, Any]) -> None:
        self.fields = dict(detail)
        self.pieces: dict[str, _Text] = {}

    def merge(self, detail: dict[str, Any]) -> int:
        """Fold in a later part of this detail; return its generated characters (at least 1)."""
        fields, pieces = self.fields, self.pieces
        chars = 0
        for key, value in detail.items():
            if key in _DETAIL_TEXT:
                if type(value) is str:
                    parts = pieces.get(key)
                    if parts is None:
                        first = fields.get(key)
                        parts = pieces[key] = _Text(first if type(first) is str else None)
                    parts.add(value)
                    chars += len(value)
            elif value is not None:
                fields[key] = value
        return chars or 1

    def as_dict(self) -> dict[str, Any]:
        detail = dict(self.fields)
        for key, parts in self.pieces.items():
            detail[key] = str(parts)
        return detail


def _text_of(value: object, field: str) -> str:
    """A tool call's name or arguments piece, which must be a string."""
    if type(value) is not str:
        raise TypeError(f"a tool call's {field} is {type(value).__name__}, not a string")
    return value


class _ToolCall:
    """One tool call being rebuilt; its name and arguments as pieces (see `_Detail`)."""

    __slots__ = ("arguments", "id", "name", "type")

    def __init__(self) -> None:
        self.id: Any = None
        self.type: Any = "function"
        self.name = _Text()
        self.arguments = _Text()

    def merge(self, call: dict[str, Any]) -> int:
        """Fold in a part of this call; return the characters of name and arguments it adds."""
        value = call.get("id")
        if value:
            self.id = value
        value = call.get("type")
        if value:
            self.type = value
        function = call.get("function")
        if function is None:
            return 0
        if type(function) is not dict:
            raise TypeError(f"a tool call's function is {type(function).__name__}, not an object")
        name, arguments = function.get("name"), function.get("arguments")
        chars = 0
        if name is not None:
            self.name.add(_text_of(name, "name"))
            chars += len(name)
        if arguments is not None:
            self.arguments.add(_text_of(arguments, "arguments"))
            chars += len(arguments)
        return chars

    def as_dict(self) -> dict[str, Any]:
        function = {"name": str(self.name), "arguments": str(self.arguments)}
        return {"id": self.id, "type": self.type, "function": function}


class _Choice:
    __slots__ = (
        "annotations",
        "content",
        "extra",
        "finish_reason",
        "images",
        "index",
        "logprobs",
        "merged_details",
        "native_finish_reason",
        "reasoning",
        "reasoning_details",
        "refusal",
        "role",
        "tool_calls",
    )

    def __init__(self, index: int) -> None:
        self.index = index
        self.role = "assistant"
        self.content = _Text()
        self.refusal = _Text()
        self.reasoning = _Text()
        self.reasoning_details: list[_Detail] = []
        #: the details that later ones with the same (index, type) merge into
        self.merged_details: dict[tuple[Any, Any], _Detail] = {}
        self.tool_calls: dict[Any, _ToolCall] = {}
        self.annotations: list[Any] = []
        self.images: list[Any] = []
        self.logprobs: dict[str, list[Any]] = {}
        self.finish_reason: str | None = None
        self.native_finish_reason: str | None = None
        self.extra: dict[str, Any] = {}

    def add_delta(self, delta: dict[str, Any]) -> int:
        """Fold one delta in; return how many generated characters it carried."""
        chars = 0
        for key, value in delta.items():
            if value is None:
                continue
            if key in ("content", "text"):  # legacy text completions use "text"
                if isinstance(value, str):
                    self.content.add(value)
                    chars += len(value)
                else:
                    self.extra[key] = value  # kept as it came; never joined into the text
            elif key == "role":
                self.role = value
            elif key in ("refusal", "reasoning") and isinstance(value, str):
                (self.refusal if key == "refusal" else self.reasoning).add(value)
                chars += len(value)
            elif key == "reasoning_details" and isinstance(value, list):
                for detail in value:
                    if isinstance(detail, dict):
                        chars += self._add_detail(detail)
            elif key == "tool_calls" and isinstance(value, list):
                for position, call in enumerate(value):
                    if isinstance(call, dict):
                        chars += self._add_tool_call(call, position)
            elif key == "annotations" and isinstance(value, list):
                self.annotations.extend(value)
            elif key == "images" and isinstance(value, list):
                self.images.extend(value)
                chars += len(value)
            else:
                self.extra[key] = value
                if key == "audio":
                    chars += max(
                        1, _chars(value.get("transcript")) if isinstance(value, dict) else 1
                    )
        return chars

    def _add_detail(self, detail: dict[str, Any]) -> int:
        """Fold one reasoning detail in; return its generated characters (at least 1)."""
        index = detail.get("index")
        key = None
        if index is not None:
            try:
                key = (index, detail.get("type"))
                existing = self.merged_details.get(key)
            except TypeError:  # an index or type that is not a plain value: nothing to merge with
                key = existing = None
            if existing is not None:
                return existing.merge(detail)
        new = _Detail(detail)
        self.reasoning_details.append(new)
        if key is not None:
            self.merged_details[key] = new
        return _detail_chars(detail)

    def _add_tool_call(self, call: dict[str, Any], position: int) -> int:
        """Fold one tool-call part in; return the characters of name and arguments it adds."""
        index = call.get("index")
        if index is None:
            # Some providers omit the index; a call with a new id starts a new slot.
            known = [i for i, c in self.tool_calls.items() if c.id == call.get("id")]
            index = (
                known[0]
                if known
                else (position if call.get("id") is None else len(self.tool_calls))
            )
        slot = self.tool_calls.get(index)
        if slot is None:
            slot = self.tool_calls[index] = _ToolCall()
        return slot.merge(call)

    def add_logprobs(self, logprobs: dict[str, Any]) -> None:
        for key, value in logprobs.items():
            if isinstance(value, list):
                self.logprobs.setdefault(key, []).extend(value)

    def as_dict(self, text_completion: bool) -> dict[str, Any]:
        content = str(self.content)
        choice: dict[str, Any] = {
            "index": self.index,
            "finish_reason": self.finish_reason,
            "logprobs": self.logprobs or None,
        }
        if self.native_finish_reason is not None:
            choice["native_finish_reason"] = self.native_finish_reason
        if text_completion:
            choice["text"] = content
            return choice
        message: dict[str, Any] = {"role": self.role, **self.extra}
        message["content"] = content if (self.content or not self.tool_calls) else None
        if self.refusal:
            message["refusal"] = str(self.refusal)
        if self.reasoning:
            message["reasoning"] = str(self.reasoning)
        if self.reasoning_details:
            message["reasoning_details"] = [detail.as_dict() for detail in self.reasoning_details]
        if self.tool_calls:
            calls = self.tool_calls
            message["tool_calls"] = [calls[i].as_dict() for i in sorted(calls)]
        if self.annotations:
            message["annotations"] = self.annotations
        if self.images:
            message["images"] = self.images
        choice["message"] = message
        return choice


def _error_object(error: object) -> dict[str, Any] | None:
    """An `error` field as an object: some providers send a plain string."""
    if isinstance(error, dict):
        return error
    if isinstance(error, str) and error:
        return {"message": error}
    return None


class ChatAccumulator(Accumulator):
    """Chat completion chunks (or legacy text completion chunks) -> the final object."""

    def __init__(self, *, text_completion: bool = False) -> None:
        self.text_completion = text_completion
        self.top: dict[str, Any] = {}
        self.choices: dict[int, _Choice] = {}
        self.usage: dict[str, Any] | None = None
        self.finished = False

    def add(self, data: dict[str, Any], event: str | None) -> tuple[str | None, int]:
        # The chunk's other fields (id, model, provider, ...) are kept, the last non-null value
        # of each; the per-chunk ones are left out when the result is shaped (`snapshot`).
        if None in data.values():
            top = self.top
            for key, value in data.items():
                if value is not None:
                    top[key] = value
        else:  # the usual chunk: no nulls at its top level, one update
            self.top.update(data)
        usage = data.get("usage")
        if isinstance(usage, dict):
            self.usage = usage
        choices = data.get("choices")
        if type(choices) is not list:  # `null` or something else: no choices
            return None, 0
        text: str | None = None
        chars = 0
        for raw in choices:
            if not isinstance(raw, dict):
                continue
            index = raw.get("index", 0)
            if not isinstance(index, int):
                index = 0
            choice = self.choices.get(index)
            if choice is None:
                choice = self.choices[index] = _Choice(index)
            delta = raw.get("delta")
            if delta is None and self.text_completion:
                delta = {"text": raw.get("text")}
            if isinstance(delta, dict):
                chars += choice.add_delta(delta)
                if text is None:
                    piece = delta.get("text" if self.text_completion else "content")
                    if isinstance(piece, str) and piece:
                        text = piece
            value = raw.get("logprobs")
            if isinstance(value, dict):
                choice.add_logprobs(value)
            value = raw.get("finish_reason")
            if value is not None:
                choice.finish_reason = value
                self.finished = True
            value = raw.get("native_finish_reason")
            if value is not None:
                choice.native_finish_reason = value
        return text, chars

    def error(self, data: dict[str, Any], event: str | None) -> dict[str, Any] | None:
        error = data.get("error")
        return None if error is None else _error_object(error)

    def snapshot(self) -> dict[str, Any]:
        result = {k: v for k, v in self.top.items() if k not in _CHUNK_ONLY}
        result["object"] = "text_completion" if self.text_completion else "chat.completion"
        result["choices"] = [
            self.choices[i].as_dict(self.text_completion) for i in sorted(self.choices)
        ]
        if self.usage is not None:
            result["usage"] = self.usage
        return result


def _output_chars(response: object) -> int:
    """Generated characters in a Responses object's `output` (at least 1 per output item)."""
    output = response.get("output") if isinstance(response, dict) else None
    if not isinstance(output, list):
        return 0
    total = 0
    for item in output:
        if not isinstance(item, dict):
            continue
        chars = _chars(item.get("arguments"))
        for part in item.get("content") or ():
            if isinstance(part, dict):
                chars += _chars(part.get("text"))
        total += max(chars, 1)
    return total


class _EventAccumulator(Accumulator):
    """An accumulator of typed events: fold each in, then read its text and generated output."""

    def add(self, data: dict[str, Any], event: str | None) -> tuple[str | None, int]:
        self._fold(data, event)
        return self.text(data, event), self.billable(data, event)

    def _fold(self, data: dict[str, Any], event: str | None) -> None:
        raise NotImplementedError

    def text(self, data: dict[str, Any], event: str | None) -> str | None:
        """The plain text delta an event carries, if any."""
        raise NotImplementedError

    def billable(self, data: dict[str, Any], event: str | None) -> int:
        """How many generated characters an event carries (see `Accumulator.add`)."""
        raise NotImplementedError


class ResponsesAccumulator(_EventAccumulator):
    """Responses API events (`response.*`) -> the final response object."""

    def __init__(self) -> None:
        self.response: dict[str, Any] = {}
        self.output_text: list[str] = []
        self.finished = False

    def _fold(self, data: dict[str, Any], event: str | None) -> None:
        kind = data.get("type", event)
        if isinstance(data.get("response"), dict):
            self.response = data["response"]
        if kind == "response.output_text.delta" and isinstance(data.get("delta"), str):
            self.output_text.append(data["delta"])
        if kind in ("response.completed", "response.incomplete"):
            self.finished = True

    def error(self, data: dict[str, Any], event: str | None) -> dict[str, Any] | None:
        kind = data.get("type", event)
        if kind in ("error", "response.error"):
            return _error_object(data.get("error")) or {
                "code": data.get("code"),
                "message": data.get("message"),
            }
        if kind == "response.failed":
            failed = data.get("response") or {}
            error = failed.get("error") if isinstance(failed, dict) else None
            return error if isinstance(error, dict) else {"message": "the response failed"}
        return None

    def text(self, data: dict[str, Any], event: str | None) -> str | None:
        if data.get("type", event) == "response.output_text.delta":
            delta = data.get("delta")
            return delta if isinstance(delta, str) else None
        return None

    def billable(self, data: dict[str, Any], event: str | None) -> int:
        # Every generated part of a response streams as `response.<part>.delta` (text, refusal,
        # reasoning, reasoning summary, function-call arguments, audio) or as a partial image.
        kind = str(data.get("type", event))
        if kind.endswith(".delta"):
            return max(1, _chars(data.get("delta")))
        if kind.endswith(".partial_image"):
            return 1
        if kind == "response.output_item.added":
            item = data.get("item")
            return _chars(item.get("name")) if isinstance(item, dict) else 0
        if kind in ("response.failed", "response.incomplete"):
            return _output_chars(data.get("response"))  # output generated before it stopped
        return 0

    def snapshot(self) -> dict[str, Any]:
        result = dict(self.response)
        if "output_text" not in result and self.output_text:
            result["output_text"] = "".join(self.output_text)
        return result


class MessagesAccumulator(_EventAccumulator):
    """Anthropic Messages named events -> the final message."""

    def __init__(self) -> None:
        self.message: dict[str, Any] = {}
        self.blocks: dict[int, dict[str, Any]] = {}
        self.json_parts: dict[int, list[str]] = {}
        self.finished = False

    def _fold(self, data: dict[str, Any], event: str | None) -> None:
        kind = data.get("type", event)
        if kind == "message_start":
            self.message = dict(data.get("message") or {})
        elif kind == "content_block_start":
            self.blocks[data.get("index", len(self.blocks))] = dict(data.get("content_block") or {})
        elif kind == "content_block_delta":
            block = self.blocks.setdefault(data.get("index", 0), {"type": "text", "text": ""})
            delta = data.get("delta") or {}
            kind_of_delta = delta.get("type")
            if kind_of_delta == "text_delta":
                block["text"] = block.get("text", "") + delta.get("text", "")
            elif kind_of_delta == "thinking_delta":
                block["thinking"] = block.get("thinking", "") + delta.get("thinking", "")
            elif kind_of_delta == "signature_delta":
                block["signature"] = delta.get("signature")
            elif kind_of_delta == "input_json_delta":
                self.json_parts.setdefault(data.get("index", 0), []).append(
                    delta.get("partial_json", "")
                )
        elif kind == "message_delta":
            delta = data.get("delta") or {}
            self.message.update({k: v for k, v in delta.items() if v is not None})
            if data.get("usage"):
                self.message["usage"] = {**self.message.get("usage", {}), **data["usage"]}
        elif kind == "message_stop":
            self.finished = True

    def error(self, data: dict[str, Any], event: str | None) -> dict[str, Any] | None:
        if data.get("type", event) == "error":
            return _error_object(data.get("error")) or {"message": "error event"}
        return None

    def text(self, data: dict[str, Any], event: str | None) -> str | None:
        if data.get("type", event) == "content_block_delta":
            delta = data.get("delta") or {}
            if delta.get("type") == "text_delta":
                return str(delta.get("text", ""))
        return None

    def billable(self, data: dict[str, Any], event: str | None) -> int:
        kind = data.get("type", event)
        if kind == "content_block_delta":
            delta = data.get("delta")
            if not isinstance(delta, dict):
                return 0
            return max(1, sum(_chars(v) for k, v in delta.items() if k != "type"))
        if kind == "content_block_start":
            block = data.get("content_block")
            if isinstance(block, dict) and block.get("type") not in (None, "text", "thinking"):
                return max(1, _chars(block.get("name")))  # a tool_use block names its tool
            if isinstance(block, dict):
                return _chars(block.get("text")) + _chars(block.get("thinking"))
        return 0

    def snapshot(self) -> dict[str, Any]:
        import json

        result = dict(self.message)
        content = []
        for index in sorted(self.blocks):
            block = dict(self.blocks[index])
            if index in self.json_parts:
                joined = "".join(self.json_parts[index])
                try:
                    block["input"] = json.loads(joined) if joined else {}
                except ValueError:
                    block["input"] = joined
            content.append(block)
        if content:
            result["content"] = content
        return result


class ImagesAccumulator(_EventAccumulator):
    """Image generation events (`image_generation.*`) -> the final image generation."""

    def __init__(self) -> None:
        self.images: list[dict[str, Any]] = []
        self.created: int | None = None
        self.usage: dict[str, Any] | None = None
        self.finished = False

    def _fold(self, data: dict[str, Any], event: str | None) -> None:
        if data.get("type", event) != "image_generation.completed":
            return
        image = {"b64_json": data.get("b64_json")}
        if data.get("media_type"):
            image["media_type"] = data["media_type"]
        self.images.append(image)
        self.created = data.get("created", self.created)
        if isinstance(data.get("usage"), dict):
            self.usage = data["usage"]
        self.finished = True

    def error(self, data: dict[str, Any], event: str | None) -> dict[str, Any] | None:
        if data.get("type", event) == "error":
            return _error_object(data.get("error")) or {"message": "error event"}
        return None

    def text(self, data: dict[str, Any], event: str | None) -> str | None:
        if (
            data.get("type", event) == "image_generation.text_chunk"
            and data.get("phase") == "content"
        ):
            text = data.get("text")
            return text if isinstance(text, str) else None
        return None

    def billable(self, data: dict[str, Any], event: str | None) -> int:
        kind = str(data.get("type", event))
        if kind == "image_generation.text_chunk":
            return _chars(data.get("text"))
        return 1 if kind.startswith("image_generation.") else 0

    def snapshot(self) -> dict[str, Any]:
        result: dict[str, Any] = {"created": self.created or 0, "data": list(self.images)}
        if self.usage is not None:
            result["usage"] = self.usage
        return result
