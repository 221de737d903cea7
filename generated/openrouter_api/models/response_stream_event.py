from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ResponseStreamEvent(_ReadModel):
    """One server-sent event of a streamed response. `type` names the event
    (`response.created`, `response.in_progress`, `response.output_item.added`,
    `response.content_part.added`, `response.output_text.delta`,
    `response.output_text.done`, `response.function_call_arguments.delta`,
    `response.reasoning_summary_text.delta`, `response.output_item.done`,
    `response.completed`, `response.incomplete`, `response.failed`, `error`, ...); the other
    fields are present depending on the event.

        Attributes:
            type (str):
            sequence_number (int | None):
            response (ResponseObject | None): A complete (non-streamed) Responses API result; also embedded in lifecycle
                stream events.
            item (ResponseApplyPatchCall | ResponseCodeInterpreterCall | ResponseCustomToolCall | ResponseFileSearchCall |
                ResponseFunctionCall | ResponseImageGenerationCall | ResponseOutputMessage | ResponseReasoningItem |
                ResponseUnknownOutputItem | ResponseWebSearchCall | None): One output item; unknown item types fall through to
                `ResponseUnknownOutputItem`.
            item_id (str | None):
            output_index (int | None):
            content_index (int | None):
            summary_index (int | None):
            annotation_index (int | None):
            part (ResponseStreamEventPart | None): The content or summary part being added or finished.
            annotation (ResponseFileCitation | ResponseFilePath | ResponseUnknownAnnotation | ResponseUrlCitation | None): A
                citation attached to output text.
            delta (str | None): Newly generated text or argument fragment.
            text (str | None):
            arguments (str | None):
            refusal (str | None):
            logprobs (list[ResponseTokenLogprob] | None):
            partial_image_b64 (str | None):
            partial_image_index (int | None):
            code (None | str): Error code, on `error` events.
            message (str | None): Error message, on `error` events.
            param (None | str):
            error (ResponseStreamEventError | None):
    """

    __slots__ = (
        "type",
        "sequence_number",
        "response",
        "item",
        "item_id",
        "output_index",
        "content_index",
        "summary_index",
        "annotation_index",
        "part",
        "annotation",
        "delta",
        "text",
        "arguments",
        "refusal",
        "logprobs",
        "partial_image_b64",
        "partial_image_index",
        "code",
        "message",
        "param",
        "error",
        "additional_properties",
    )

    type: str
    sequence_number: int | None
    response: ResponseObject | None
    item: (
        ResponseApplyPatchCall
        | ResponseCodeInterpreterCall
        | ResponseCustomToolCall
        | ResponseFileSearchCall
        | ResponseFunctionCall
        | ResponseImageGenerationCall
        | ResponseOutputMessage
        | ResponseReasoningItem
        | ResponseUnknownOutputItem
        | ResponseWebSearchCall
        | None
    )
    item_id: str | None
    output_index: int | None
    content_index: int | None
    summary_index: int | None
    annotation_index: int | None
    part: ResponseStreamEventPart | None
    annotation: (
        ResponseFileCitation
        | ResponseFilePath
        | ResponseUnknownAnnotation
        | ResponseUrlCitation
        | None
    )
    delta: str | None
    text: str | None
    arguments: str | None
    refusal: str | None
    logprobs: list[ResponseTokenLogprob] | None
    partial_image_b64: str | None
    partial_image_index: int | None
    code: None | str
    message: str | None
    param: None | str
    error: ResponseStreamEventError | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: str,
        sequence_number: int | None = None,
        response: ResponseObject | None = None,
        item: ResponseApplyPatchCall
        | ResponseCodeInterpreterCall
        | ResponseCustomToolCall
        | ResponseFileSearchCall
        | ResponseFunctionCall
        | ResponseImageGenerationCall
        | ResponseOutputMessage
        | ResponseReasoningItem
        | ResponseUnknownOutputItem
        | ResponseWebSearchCall
        | None = None,
        item_id: str | None = None,
        output_index: int | None = None,
        content_index: int | None = None,
        summary_index: int | None = None,
        annotation_index: int | None = None,
        part: ResponseStreamEventPart | None = None,
        annotation: ResponseFileCitation
        | ResponseFilePath
        | ResponseUnknownAnnotation
        | ResponseUrlCitation
        | None = None,
        delta: str | None = None,
        text: str | None = None,
        arguments: str | None = None,
        refusal: str | None = None,
        logprobs: list[ResponseTokenLogprob] | None = None,
        partial_image_b64: str | None = None,
        partial_image_index: int | None = None,
        code: None | str = None,
        message: str | None = None,
        param: None | str = None,
        error: ResponseStreamEventError | None = None,
    ) -> None:
        self.type = type
        self.sequence_number = sequence_number
        self.response = response
        self.item = item
        self.item_id = item_id
        self.output_index = output_index
        self.content_index = content_index
        self.summary_index = summary_index
        self.annotation_index = annotation_index
        self.part = part
        self.annotation = annotation
        self.delta = delta
        self.text = text
        self.arguments = arguments
        self.refusal = refusal
        self.logprobs = logprobs
        self.partial_image_b64 = partial_image_b64
        self.partial_image_index = partial_image_index
        self.code = code
        self.message = message
        self.param = param
        self.error = error
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "str"),
        ("sequence_number", "sequence_number", False, "int"),
        ("response", "response", False, "ResponseObject"),
        (
            "item",
            "item",
            False,
            "ResponseApplyPatchCall | ResponseCodeInterpreterCall | ResponseCustomToolCall | ResponseFileSearchCall | ResponseFunctionCall | ResponseImageGenerationCall | ResponseOutputMessage | ResponseReasoningItem | ResponseUnknownOutputItem | ResponseWebSearchCall",
        ),
        ("item_id", "item_id", False, "str"),
        ("output_index", "output_index", False, "int"),
        ("content_index", "content_index", False, "int"),
        ("summary_index", "summary_index", False, "int"),
        ("annotation_index", "annotation_index", False, "int"),
        ("part", "part", False, "ResponseStreamEventPart"),
        (
            "annotation",
            "annotation",
            False,
            "ResponseFileCitation | ResponseFilePath | ResponseUnknownAnnotation | ResponseUrlCitation",
        ),
        ("delta", "delta", False, "str"),
        ("text", "text", False, "str"),
        ("arguments", "arguments", False, "str"),
        ("refusal", "refusal", False, "str"),
        ("logprobs", "logprobs", False, "list[ResponseTokenLogprob]"),
        ("partial_image_b64", "partial_image_b64", False, "str"),
        ("partial_image_index", "partial_image_index", False, "int"),
        ("code", "code", False, "None | str"),
        ("message", "message", False, "str"),
        ("param", "param", False, "None | str"),
        ("error", "error", False, "ResponseStreamEventError"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.type = _json_get_("type")
        _new_model_.sequence_number = _json_get_("sequence_number")
        _response = _json_get_("response")
        response: Any = (
            ResponseObject.from_dict(_response) if isinstance(_response, dict) else _response
        )
        _new_model_.response = response
        _item = _json_get_("item")
        item: Any = _read_item(_item)
        _new_model_.item = item
        _new_model_.item_id = _json_get_("item_id")
        _new_model_.output_index = _json_get_("output_index")
        _new_model_.content_index = _json_get_("content_index")
        _new_model_.summary_index = _json_get_("summary_index")
        _new_model_.annotation_index = _json_get_("annotation_index")
        _part = _json_get_("part")
        part: Any = ResponseStreamEventPart.from_dict(_part) if isinstance(_part, dict) else _part
        _new_model_.part = part
        _annotation = _json_get_("annotation")
        annotation: Any = _read_annotation(_annotation)
        _new_model_.annotation = annotation
        _new_model_.delta = _json_get_("delta")
        _new_model_.text = _json_get_("text")
        _new_model_.arguments = _json_get_("arguments")
        _new_model_.refusal = _json_get_("refusal")
        _logprobs = _json_get_("logprobs")
        if isinstance(_logprobs, list):
            logprobs: Any = []
            for _list_item_ in _logprobs:
                logprobs.append(
                    ResponseTokenLogprob.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            logprobs = _logprobs
        _new_model_.logprobs = logprobs
        _new_model_.partial_image_b64 = _json_get_("partial_image_b64")
        _new_model_.partial_image_index = _json_get_("partial_image_index")
        _new_model_.code = _json_get_("code")
        _new_model_.message = _json_get_("message")
        _new_model_.param = _json_get_("param")
        _error = _json_get_("error")
        error: Any = (
            ResponseStreamEventError.from_dict(_error) if isinstance(_error, dict) else _error
        )
        _new_model_.error = error
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "sequence_number",
        "response",
        "item",
        "item_id",
        "output_index",
        "content_index",
        "summary_index",
        "annotation_index",
        "part",
        "annotation",
        "delta",
        "text",
        "arguments",
        "refusal",
        "logprobs",
        "partial_image_b64",
        "partial_image_index",
        "code",
        "message",
        "param",
        "error",
    )
)


def _read_item(data: Any) -> Any:
    if isinstance(data, dict):
        if data.get("type") == "message":
            return ResponseOutputMessage.from_dict(data)
        if data.get("type") == "reasoning":
            return ResponseReasoningItem.from_dict(data)
        if data.get("type") == "function_call":
            return ResponseFunctionCall.from_dict(data)
        if data.get("type") == "custom_tool_call":
            return ResponseCustomToolCall.from_dict(data)
        if data.get("type") == "web_search_call":
            return ResponseWebSearchCall.from_dict(data)
        if data.get("type") == "file_search_call":
            return ResponseFileSearchCall.from_dict(data)
        if data.get("type") == "image_generation_call":
            return ResponseImageGenerationCall.from_dict(data)
        if data.get("type") == "code_interpreter_call":
            return ResponseCodeInterpreterCall.from_dict(data)
        if data.get("type") == "apply_patch_call":
            return ResponseApplyPatchCall.from_dict(data)
        return ResponseUnknownOutputItem.from_dict(data)
    return data


def _read_annotation(data: Any) -> Any:
    if isinstance(data, dict):
        if data.get("type") == "url_citation":
            return ResponseUrlCitation.from_dict(data)
        if data.get("type") == "file_citation":
            return ResponseFileCitation.from_dict(data)
        if data.get("type") == "file_path":
            return ResponseFilePath.from_dict(data)
        return ResponseUnknownAnnotation.from_dict(data)
    return data


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.response_apply_patch_call import ResponseApplyPatchCall  # noqa: E402
    from ..models.response_code_interpreter_call import ResponseCodeInterpreterCall  # noqa: E402
    from ..models.response_custom_tool_call import ResponseCustomToolCall  # noqa: E402
    from ..models.response_file_citation import ResponseFileCitation  # noqa: E402
    from ..models.response_file_path import ResponseFilePath  # noqa: E402
    from ..models.response_file_search_call import ResponseFileSearchCall  # noqa: E402
    from ..models.response_function_call import ResponseFunctionCall  # noqa: E402
    from ..models.response_image_generation_call import ResponseImageGenerationCall  # noqa: E402
    from ..models.response_object import ResponseObject  # noqa: E402
    from ..models.response_output_message import ResponseOutputMessage  # noqa: E402
    from ..models.response_reasoning_item import ResponseReasoningItem  # noqa: E402
    from ..models.response_stream_event_error import ResponseStreamEventError  # noqa: E402
    from ..models.response_stream_event_part import ResponseStreamEventPart  # noqa: E402
    from ..models.response_token_logprob import ResponseTokenLogprob  # noqa: E402
    from ..models.response_unknown_annotation import ResponseUnknownAnnotation  # noqa: E402
    from ..models.response_unknown_output_item import ResponseUnknownOutputItem  # noqa: E402
    from ..models.response_url_citation import ResponseUrlCitation  # noqa: E402
    from ..models.response_web_search_call import ResponseWebSearchCall  # noqa: E402
else:
    ResponseApplyPatchCall = _Deferred_(
        globals(), "..models.response_apply_patch_call", "ResponseApplyPatchCall"
    )
    ResponseCodeInterpreterCall = _Deferred_(
        globals(), "..models.response_code_interpreter_call", "ResponseCodeInterpreterCall"
    )
    ResponseCustomToolCall = _Deferred_(
        globals(), "..models.response_custom_tool_call", "ResponseCustomToolCall"
    )
    ResponseFileCitation = _Deferred_(
        globals(), "..models.response_file_citation", "ResponseFileCitation"
    )
    ResponseFilePath = _Deferred_(globals(), "..models.response_file_path", "ResponseFilePath")
    ResponseFileSearchCall = _Deferred_(
        globals(), "..models.response_file_search_call", "ResponseFileSearchCall"
    )
    ResponseFunctionCall = _Deferred_(
        globals(), "..models.response_function_call", "ResponseFunctionCall"
    )
    ResponseImageGenerationCall = _Deferred_(
        globals(), "..models.response_image_generation_call", "ResponseImageGenerationCall"
    )
    ResponseObject = _Deferred_(globals(), "..models.response_object", "ResponseObject")
    ResponseOutputMessage = _Deferred_(
        globals(), "..models.response_output_message", "ResponseOutputMessage"
    )
    ResponseReasoningItem = _Deferred_(
        globals(), "..models.response_reasoning_item", "ResponseReasoningItem"
    )
    ResponseStreamEventError = _Deferred_(
        globals(), "..models.response_stream_event_error", "ResponseStreamEventError"
    )
    ResponseStreamEventPart = _Deferred_(
        globals(), "..models.response_stream_event_part", "ResponseStreamEventPart"
    )
    ResponseTokenLogprob = _Deferred_(
        globals(), "..models.response_token_logprob", "ResponseTokenLogprob"
    )
    ResponseUnknownAnnotation = _Deferred_(
        globals(), "..models.response_unknown_annotation", "ResponseUnknownAnnotation"
    )
    ResponseUnknownOutputItem = _Deferred_(
        globals(), "..models.response_unknown_output_item", "ResponseUnknownOutputItem"
    )
    ResponseUrlCitation = _Deferred_(
        globals(), "..models.response_url_citation", "ResponseUrlCitation"
    )
    ResponseWebSearchCall = _Deferred_(
        globals(), "..models.response_web_search_call", "ResponseWebSearchCall"
    )
