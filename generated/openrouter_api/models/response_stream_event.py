from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseStreamEvent")


@_attrs_define
class ResponseStreamEvent:
    """One server-sent event of a streamed response. `type` names the event
    (`response.created`, `response.in_progress`, `response.output_item.added`,
    `response.content_part.added`, `response.output_text.delta`,
    `response.output_text.done`, `response.function_call_arguments.delta`,
    `response.reasoning_summary_text.delta`, `response.output_item.done`,
    `response.completed`, `response.incomplete`, `response.failed`, `error`, ...); the other
    fields are present depending on the event.

        Attributes:
            type_ (str):
            sequence_number (int | Unset):
            response (ResponseObject | Unset): A complete (non-streamed) Responses API result; also embedded in lifecycle
                stream events.
            item (ResponseApplyPatchCall | ResponseCodeInterpreterCall | ResponseCustomToolCall | ResponseFileSearchCall |
                ResponseFunctionCall | ResponseImageGenerationCall | ResponseOutputMessage | ResponseReasoningItem |
                ResponseUnknownOutputItem | ResponseWebSearchCall | Unset): One output item; unknown item types fall through to
                `ResponseUnknownOutputItem`.
            item_id (str | Unset):
            output_index (int | Unset):
            content_index (int | Unset):
            summary_index (int | Unset):
            annotation_index (int | Unset):
            part (ResponseStreamEventPart | Unset): The content or summary part being added or finished.
            annotation (ResponseFileCitation | ResponseFilePath | ResponseUnknownAnnotation | ResponseUrlCitation | Unset):
                A citation attached to output text.
            delta (str | Unset): Newly generated text or argument fragment.
            text (str | Unset):
            arguments (str | Unset):
            refusal (str | Unset):
            logprobs (list[ResponseTokenLogprob] | Unset):
            partial_image_b64 (str | Unset):
            partial_image_index (int | Unset):
            code (None | str | Unset): Error code, on `error` events.
            message (str | Unset): Error message, on `error` events.
            param (None | str | Unset):
            error (ResponseStreamEventError | Unset):
    """

    type_: str
    sequence_number: int | Unset = UNSET
    response: ResponseObject | Unset = UNSET
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
        | Unset
    ) = UNSET
    item_id: str | Unset = UNSET
    output_index: int | Unset = UNSET
    content_index: int | Unset = UNSET
    summary_index: int | Unset = UNSET
    annotation_index: int | Unset = UNSET
    part: ResponseStreamEventPart | Unset = UNSET
    annotation: (
        ResponseFileCitation
        | ResponseFilePath
        | ResponseUnknownAnnotation
        | ResponseUrlCitation
        | Unset
    ) = UNSET
    delta: str | Unset = UNSET
    text: str | Unset = UNSET
    arguments: str | Unset = UNSET
    refusal: str | Unset = UNSET
    logprobs: list[ResponseTokenLogprob] | Unset = UNSET
    partial_image_b64: str | Unset = UNSET
    partial_image_index: int | Unset = UNSET
    code: None | str | Unset = UNSET
    message: str | Unset = UNSET
    param: None | str | Unset = UNSET
    error: ResponseStreamEventError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sequence_number = self.sequence_number

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        item: dict[str, Any] | Unset
        if isinstance(self.item, Unset):
            item = UNSET
        elif isinstance(self.item, ResponseOutputMessage):
            item = self.item.to_dict()
        elif isinstance(self.item, ResponseReasoningItem):
            item = self.item.to_dict()
        elif isinstance(self.item, ResponseFunctionCall):
            item = self.item.to_dict()
        elif isinstance(self.item, ResponseCustomToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, ResponseWebSearchCall):
            item = self.item.to_dict()
        elif isinstance(self.item, ResponseFileSearchCall):
            item = self.item.to_dict()
        elif isinstance(self.item, ResponseImageGenerationCall):
            item = self.item.to_dict()
        elif isinstance(self.item, ResponseCodeInterpreterCall):
            item = self.item.to_dict()
        elif isinstance(self.item, ResponseApplyPatchCall):
            item = self.item.to_dict()
        else:
            item = self.item.to_dict()

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        summary_index = self.summary_index

        annotation_index = self.annotation_index

        part: dict[str, Any] | Unset = UNSET
        if not isinstance(self.part, Unset):
            part = self.part.to_dict()

        annotation: dict[str, Any] | Unset
        if isinstance(self.annotation, Unset):
            annotation = UNSET
        elif isinstance(self.annotation, ResponseUrlCitation):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, ResponseFileCitation):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, ResponseFilePath):
            annotation = self.annotation.to_dict()
        else:
            annotation = self.annotation.to_dict()

        delta = self.delta

        text = self.text

        arguments = self.arguments

        refusal = self.refusal

        logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logprobs, Unset):
            logprobs = []
            for logprobs_item_data in self.logprobs:
                logprobs_item = logprobs_item_data.to_dict()
                logprobs.append(logprobs_item)

        partial_image_b64 = self.partial_image_b64

        partial_image_index = self.partial_image_index

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message = self.message

        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if response is not UNSET:
            field_dict["response"] = response
        if item is not UNSET:
            field_dict["item"] = item
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if content_index is not UNSET:
            field_dict["content_index"] = content_index
        if summary_index is not UNSET:
            field_dict["summary_index"] = summary_index
        if annotation_index is not UNSET:
            field_dict["annotation_index"] = annotation_index
        if part is not UNSET:
            field_dict["part"] = part
        if annotation is not UNSET:
            field_dict["annotation"] = annotation
        if delta is not UNSET:
            field_dict["delta"] = delta
        if text is not UNSET:
            field_dict["text"] = text
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if partial_image_b64 is not UNSET:
            field_dict["partial_image_b64"] = partial_image_b64
        if partial_image_index is not UNSET:
            field_dict["partial_image_index"] = partial_image_index
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if param is not UNSET:
            field_dict["param"] = param
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        sequence_number = d.pop("sequence_number", UNSET)

        _response = d.pop("response", UNSET)
        response: ResponseObject | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = ResponseObject.from_dict(_response)

        def _parse_item(
            data: object,
        ) -> (
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
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_output_item_type_0 = ResponseOutputMessage.from_dict(
                    data
                )

                return componentsschemas_response_output_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_output_item_type_1 = ResponseReasoningItem.from_dict(
                    data
                )

                return componentsschemas_response_output_item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_output_item_type_2 = ResponseFunctionCall.from_dict(data)

                return componentsschemas_response_output_item_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_output_item_type_3 = ResponseCustomToolCall.from_dict(
                    data
                )

                return componentsschemas_response_output_item_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_output_item_type_4 = ResponseWebSearchCall.from_dict(
                    data
                )

                return componentsschemas_response_output_item_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_output_item_type_5 = ResponseFileSearchCall.from_dict(
                    data
                )

                return componentsschemas_response_output_item_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_output_item_type_6 = (
                    ResponseImageGenerationCall.from_dict(data)
                )

                return componentsschemas_response_output_item_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_output_item_type_7 = (
                    ResponseCodeInterpreterCall.from_dict(data)
                )

                return componentsschemas_response_output_item_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_output_item_type_8 = ResponseApplyPatchCall.from_dict(
                    data
                )

                return componentsschemas_response_output_item_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_response_output_item_type_9 = ResponseUnknownOutputItem.from_dict(
                data
            )

            return componentsschemas_response_output_item_type_9

        item = _parse_item(d.pop("item", UNSET))

        item_id = d.pop("item_id", UNSET)

        output_index = d.pop("output_index", UNSET)

        content_index = d.pop("content_index", UNSET)

        summary_index = d.pop("summary_index", UNSET)

        annotation_index = d.pop("annotation_index", UNSET)

        _part = d.pop("part", UNSET)
        part: ResponseStreamEventPart | Unset
        if isinstance(_part, Unset):
            part = UNSET
        else:
            part = ResponseStreamEventPart.from_dict(_part)

        def _parse_annotation(
            data: object,
        ) -> (
            ResponseFileCitation
            | ResponseFilePath
            | ResponseUnknownAnnotation
            | ResponseUrlCitation
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_annotation_type_0 = ResponseUrlCitation.from_dict(data)

                return componentsschemas_response_annotation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_annotation_type_1 = ResponseFileCitation.from_dict(data)

                return componentsschemas_response_annotation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_annotation_type_2 = ResponseFilePath.from_dict(data)

                return componentsschemas_response_annotation_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_response_annotation_type_3 = ResponseUnknownAnnotation.from_dict(data)

            return componentsschemas_response_annotation_type_3

        annotation = _parse_annotation(d.pop("annotation", UNSET))

        delta = d.pop("delta", UNSET)

        text = d.pop("text", UNSET)

        arguments = d.pop("arguments", UNSET)

        refusal = d.pop("refusal", UNSET)

        _logprobs = d.pop("logprobs", UNSET)
        logprobs: list[ResponseTokenLogprob] | Unset = UNSET
        if _logprobs is not UNSET:
            logprobs = []
            for logprobs_item_data in _logprobs:
                logprobs_item = ResponseTokenLogprob.from_dict(logprobs_item_data)

                logprobs.append(logprobs_item)

        partial_image_b64 = d.pop("partial_image_b64", UNSET)

        partial_image_index = d.pop("partial_image_index", UNSET)

        code = cast("None | str | Unset", d.pop("code", UNSET))

        message = d.pop("message", UNSET)

        param = cast("None | str | Unset", d.pop("param", UNSET))

        _error = d.pop("error", UNSET)
        error: ResponseStreamEventError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ResponseStreamEventError.from_dict(_error)

        response_stream_event = cls(
            type_=type_,
            sequence_number=sequence_number,
            response=response,
            item=item,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            summary_index=summary_index,
            annotation_index=annotation_index,
            part=part,
            annotation=annotation,
            delta=delta,
            text=text,
            arguments=arguments,
            refusal=refusal,
            logprobs=logprobs,
            partial_image_b64=partial_image_b64,
            partial_image_index=partial_image_index,
            code=code,
            message=message,
            param=param,
            error=error,
        )

        response_stream_event.additional_properties = d
        return response_stream_event

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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
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
