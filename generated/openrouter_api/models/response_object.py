from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inference_error_type_known import InferenceErrorTypeKnown
from ..models.response_status_known import ResponseStatusKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseObject")


@_attrs_define
class ResponseObject:
    """A complete (non-streamed) Responses API result; also embedded in lifecycle stream events.

    Attributes:
        id (str): Generation id of the response.
        object_ (Literal['response']):
        created_at (int): Unix time in seconds.
        model (str): The model that actually answered.
        status (ResponseStatusKnown | str): `completed`, `incomplete`, `in_progress`, `failed`, `cancelled` or `queued`
            (open set).
        output (list[ResponseApplyPatchCall | ResponseCodeInterpreterCall | ResponseCustomToolCall |
            ResponseFileSearchCall | ResponseFunctionCall | ResponseImageGenerationCall | ResponseOutputMessage |
            ResponseReasoningItem | ResponseUnknownOutputItem | ResponseWebSearchCall]):
        completed_at (int | None | Unset): Unix time in seconds when generation finished.
        output_text (str | Unset): All `output_text` parts of the output joined together, for convenience.
        error (None | ResponseError | Unset):
        error_type (InferenceErrorTypeKnown | None | str | Unset): Precise error category when the response failed (open
            set).
        incomplete_details (None | ResponseIncompleteDetails | Unset):
        instructions (list[ResponseCustomToolCall | ResponseFunctionCall | ResponseFunctionCallOutputInput |
            ResponseInputMessage | ResponseItemReference | ResponseOtherInputItem | ResponseOutputMessage |
            ResponseReasoningItem] | None | str | Unset): The instructions that were used, as text or input items.
        metadata (None | ResponseObjectMetadataType0 | Unset):
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        top_logprobs (int | Unset):
        presence_penalty (float | None | Unset):
        frequency_penalty (float | None | Unset):
        max_output_tokens (int | None | Unset):
        max_tool_calls (int | None | Unset):
        parallel_tool_calls (bool | Unset):
        tool_choice (ResponseObjectToolChoiceType1 | str | Unset): The tool choice in effect (a mode string or a tool-
            choice object).
        tools (list[ChatServerTool | OpenRouterDatetimeTool | OpenRouterWebFetchTool | OpenRouterWebSearchTool |
            ResponseCodeInterpreterTool | ResponseComputerUseTool | ResponseCustomTool | ResponseFileSearchTool |
            ResponseFunctionTool | ResponseImageGenerationTool | ResponseMcpTool | ResponseNamespaceTool | ResponseShellTool
            | ResponseWebSearchTool] | Unset):
        reasoning (None | ResponseObjectReasoningType0 | Unset): The reasoning settings that were applied (`effort`,
            `summary`, ...).
        text (ResponseTextConfig | Unset): Output text format and verbosity.
        truncation (None | str | Unset):
        background (bool | None | Unset):
        store (bool | Unset):
        previous_response_id (None | str | Unset):
        prompt (None | ResponsePromptTemplate | Unset):
        prompt_cache_key (None | str | Unset):
        safety_identifier (None | str | Unset):
        service_tier (None | str | Unset): The tier the request was processed in.
        user (None | str | Unset):
        usage (None | ResponseUsage | Unset):
        openrouter_metadata (None | OpenRouterMetadata | Unset): Routing diagnostics, present when the `X-OpenRouter-
            Metadata` header is `enabled`.
    """

    id: str
    object_: Literal["response"]
    created_at: int
    model: str
    status: ResponseStatusKnown | str
    output: list[
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
    ]
    completed_at: int | None | Unset = UNSET
    output_text: str | Unset = UNSET
    error: None | ResponseError | Unset = UNSET
    error_type: InferenceErrorTypeKnown | None | str | Unset = UNSET
    incomplete_details: None | ResponseIncompleteDetails | Unset = UNSET
    instructions: (
        list[
            ResponseCustomToolCall
            | ResponseFunctionCall
            | ResponseFunctionCallOutputInput
            | ResponseInputMessage
            | ResponseItemReference
            | ResponseOtherInputItem
            | ResponseOutputMessage
            | ResponseReasoningItem
        ]
        | None
        | str
        | Unset
    ) = UNSET
    metadata: None | ResponseObjectMetadataType0 | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    top_logprobs: int | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    parallel_tool_calls: bool | Unset = UNSET
    tool_choice: ResponseObjectToolChoiceType1 | str | Unset = UNSET
    tools: (
        list[
            ChatServerTool
            | OpenRouterDatetimeTool
            | OpenRouterWebFetchTool
            | OpenRouterWebSearchTool
            | ResponseCodeInterpreterTool
            | ResponseComputerUseTool
            | ResponseCustomTool
            | ResponseFileSearchTool
            | ResponseFunctionTool
            | ResponseImageGenerationTool
            | ResponseMcpTool
            | ResponseNamespaceTool
            | ResponseShellTool
            | ResponseWebSearchTool
        ]
        | Unset
    ) = UNSET
    reasoning: None | ResponseObjectReasoningType0 | Unset = UNSET
    text: ResponseTextConfig | Unset = UNSET
    truncation: None | str | Unset = UNSET
    background: bool | None | Unset = UNSET
    store: bool | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    prompt: None | ResponsePromptTemplate | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    usage: None | ResponseUsage | Unset = UNSET
    openrouter_metadata: None | OpenRouterMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created_at = self.created_at

        model = self.model

        status: str
        if isinstance(self.status, ResponseStatusKnown):
            status = self.status.value
        else:
            status = self.status

        output = []
        for output_item_data in self.output:
            output_item: dict[str, Any]
            if isinstance(output_item_data, ResponseOutputMessage):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ResponseReasoningItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ResponseFunctionCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ResponseCustomToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ResponseWebSearchCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ResponseFileSearchCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ResponseImageGenerationCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ResponseCodeInterpreterCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ResponseApplyPatchCall):
                output_item = output_item_data.to_dict()
            else:
                output_item = output_item_data.to_dict()

            output.append(output_item)

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        output_text = self.output_text

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ResponseError):
            error = self.error.to_dict()
        else:
            error = self.error

        error_type: None | str | Unset
        if isinstance(self.error_type, Unset):
            error_type = UNSET
        elif isinstance(self.error_type, InferenceErrorTypeKnown):
            error_type = self.error_type.value
        else:
            error_type = self.error_type

        incomplete_details: dict[str, Any] | None | Unset
        if isinstance(self.incomplete_details, Unset):
            incomplete_details = UNSET
        elif isinstance(self.incomplete_details, ResponseIncompleteDetails):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

        instructions: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        elif isinstance(self.instructions, list):
            instructions = []
            for instructions_type_1_item_data in self.instructions:
                instructions_type_1_item: dict[str, Any]
                if isinstance(instructions_type_1_item_data, ResponseFunctionCallOutputInput):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, ResponseFunctionCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, ResponseReasoningItem):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, ResponseCustomToolCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, ResponseItemReference):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, ResponseOutputMessage):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, ResponseInputMessage):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                else:
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()

                instructions.append(instructions_type_1_item)

        else:
            instructions = self.instructions

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ResponseObjectMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        top_logprobs = self.top_logprobs

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        max_tool_calls: int | None | Unset
        if isinstance(self.max_tool_calls, Unset):
            max_tool_calls = UNSET
        else:
            max_tool_calls = self.max_tool_calls

        parallel_tool_calls = self.parallel_tool_calls

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ResponseObjectToolChoiceType1):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, ResponseFunctionTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ResponseWebSearchTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ResponseFileSearchTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ResponseComputerUseTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ResponseCodeInterpreterTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ResponseMcpTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ResponseImageGenerationTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ResponseCustomTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ResponseNamespaceTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ResponseShellTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, OpenRouterWebSearchTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, OpenRouterWebFetchTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, OpenRouterDatetimeTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, ResponseObjectReasoningType0):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        truncation: None | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        else:
            truncation = self.truncation

        background: bool | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        store = self.store

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, ResponsePromptTemplate):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, ResponseUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        openrouter_metadata: dict[str, Any] | None | Unset
        if isinstance(self.openrouter_metadata, Unset):
            openrouter_metadata = UNSET
        elif isinstance(self.openrouter_metadata, OpenRouterMetadata):
            openrouter_metadata = self.openrouter_metadata.to_dict()
        else:
            openrouter_metadata = self.openrouter_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created_at": created_at,
                "model": model,
                "status": status,
                "output": output,
            }
        )
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if output_text is not UNSET:
            field_dict["output_text"] = output_text
        if error is not UNSET:
            field_dict["error"] = error
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if incomplete_details is not UNSET:
            field_dict["incomplete_details"] = incomplete_details
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if text is not UNSET:
            field_dict["text"] = text
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if background is not UNSET:
            field_dict["background"] = background
        if store is not UNSET:
            field_dict["store"] = store
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if user is not UNSET:
            field_dict["user"] = user
        if usage is not UNSET:
            field_dict["usage"] = usage
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast('Literal["response"]', d.pop("object"))
        if object_ != "response":
            raise ValueError(f"object must match const 'response', got '{object_}'")

        created_at = d.pop("created_at")

        model = d.pop("model")

        def _parse_status(data: object) -> ResponseStatusKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ResponseStatusKnown._parse(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ResponseStatusKnown | str", data)

        status = _parse_status(d.pop("status"))

        def _parse_output_item(
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
        ):
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

        output = []
        _output = d.pop("output")
        for output_item_data in _output:
            output_item = _parse_output_item(output_item_data)
            output.append(output_item)

        completed_at = cast("int | None | Unset", d.pop("completed_at", UNSET))

        output_text = d.pop("output_text", UNSET)

        def _parse_error(data: object) -> None | ResponseError | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ResponseError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ResponseError | Unset", data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_error_type(data: object) -> InferenceErrorTypeKnown | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                error_type_type_0 = InferenceErrorTypeKnown._parse(data)

                return error_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("InferenceErrorTypeKnown | None | str | Unset", data)

        error_type = _parse_error_type(d.pop("error_type", UNSET))

        def _parse_incomplete_details(data: object) -> None | ResponseIncompleteDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incomplete_details_type_0 = ResponseIncompleteDetails.from_dict(data)

                return incomplete_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ResponseIncompleteDetails | Unset", data)

        incomplete_details = _parse_incomplete_details(d.pop("incomplete_details", UNSET))

        def _parse_instructions(
            data: object,
        ) -> (
            list[
                ResponseCustomToolCall
                | ResponseFunctionCall
                | ResponseFunctionCallOutputInput
                | ResponseInputMessage
                | ResponseItemReference
                | ResponseOtherInputItem
                | ResponseOutputMessage
                | ResponseReasoningItem
            ]
            | None
            | str
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()

                def _parse_instructions_type_1_item(
                    data: object,
                ) -> (
                    ResponseCustomToolCall
                    | ResponseFunctionCall
                    | ResponseFunctionCallOutputInput
                    | ResponseInputMessage
                    | ResponseItemReference
                    | ResponseOtherInputItem
                    | ResponseOutputMessage
                    | ResponseReasoningItem
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_input_item_type_0 = (
                            ResponseFunctionCallOutputInput.from_dict(data)
                        )

                        return componentsschemas_response_input_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_input_item_type_1 = (
                            ResponseFunctionCall.from_dict(data)
                        )

                        return componentsschemas_response_input_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_input_item_type_2 = (
                            ResponseReasoningItem.from_dict(data)
                        )

                        return componentsschemas_response_input_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_input_item_type_3 = (
                            ResponseCustomToolCall.from_dict(data)
                        )

                        return componentsschemas_response_input_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_input_item_type_4 = (
                            ResponseItemReference.from_dict(data)
                        )

                        return componentsschemas_response_input_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_input_item_type_5 = (
                            ResponseOutputMessage.from_dict(data)
                        )

                        return componentsschemas_response_input_item_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_input_item_type_6 = (
                            ResponseInputMessage.from_dict(data)
                        )

                        return componentsschemas_response_input_item_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_input_item_type_7 = ResponseOtherInputItem.from_dict(
                        data
                    )

                    return componentsschemas_response_input_item_type_7

                instructions_type_1 = []
                _instructions_type_1 = data
                for instructions_type_1_item_data in _instructions_type_1:
                    instructions_type_1_item = _parse_instructions_type_1_item(
                        instructions_type_1_item_data
                    )
                    instructions_type_1.append(instructions_type_1_item)

                return instructions_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[ResponseCustomToolCall | ResponseFunctionCall | ResponseFunctionCallOutputInput | ResponseInputMessage | ResponseItemReference | ResponseOtherInputItem | ResponseOutputMessage | ResponseReasoningItem] | None | str | Unset",
                data,
            )

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_metadata(data: object) -> None | ResponseObjectMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ResponseObjectMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ResponseObjectMetadataType0 | Unset", data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        temperature = cast("float | None | Unset", d.pop("temperature", UNSET))

        top_p = cast("float | None | Unset", d.pop("top_p", UNSET))

        top_logprobs = d.pop("top_logprobs", UNSET)

        presence_penalty = cast("float | None | Unset", d.pop("presence_penalty", UNSET))

        frequency_penalty = cast("float | None | Unset", d.pop("frequency_penalty", UNSET))

        max_output_tokens = cast("int | None | Unset", d.pop("max_output_tokens", UNSET))

        max_tool_calls = cast("int | None | Unset", d.pop("max_tool_calls", UNSET))

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        def _parse_tool_choice(data: object) -> ResponseObjectToolChoiceType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_1 = ResponseObjectToolChoiceType1.from_dict(data)

                return tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ResponseObjectToolChoiceType1 | str | Unset", data)

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        def _parse_tools_item(
            data: object,
        ) -> (
            ChatServerTool
            | OpenRouterDatetimeTool
            | OpenRouterWebFetchTool
            | OpenRouterWebSearchTool
            | ResponseCodeInterpreterTool
            | ResponseComputerUseTool
            | ResponseCustomTool
            | ResponseFileSearchTool
            | ResponseFunctionTool
            | ResponseImageGenerationTool
            | ResponseMcpTool
            | ResponseNamespaceTool
            | ResponseShellTool
            | ResponseWebSearchTool
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_tool_type_0 = ResponseFunctionTool.from_dict(data)

                return componentsschemas_response_tool_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_tool_type_1 = ResponseWebSearchTool.from_dict(data)

                return componentsschemas_response_tool_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_tool_type_2 = ResponseFileSearchTool.from_dict(data)

                return componentsschemas_response_tool_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_tool_type_3 = ResponseComputerUseTool.from_dict(data)

                return componentsschemas_response_tool_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_tool_type_4 = ResponseCodeInterpreterTool.from_dict(data)

                return componentsschemas_response_tool_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_tool_type_5 = ResponseMcpTool.from_dict(data)

                return componentsschemas_response_tool_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_tool_type_6 = ResponseImageGenerationTool.from_dict(data)

                return componentsschemas_response_tool_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_tool_type_7 = ResponseCustomTool.from_dict(data)

                return componentsschemas_response_tool_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_tool_type_8 = ResponseNamespaceTool.from_dict(data)

                return componentsschemas_response_tool_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_tool_type_9 = ResponseShellTool.from_dict(data)

                return componentsschemas_response_tool_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_tool_type_10 = OpenRouterWebSearchTool.from_dict(data)

                return componentsschemas_response_tool_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_tool_type_11 = OpenRouterWebFetchTool.from_dict(data)

                return componentsschemas_response_tool_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_tool_type_12 = OpenRouterDatetimeTool.from_dict(data)

                return componentsschemas_response_tool_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_response_tool_type_13 = ChatServerTool.from_dict(data)

            return componentsschemas_response_tool_type_13

        _tools = d.pop("tools", UNSET)
        tools: (
            list[
                ChatServerTool
                | OpenRouterDatetimeTool
                | OpenRouterWebFetchTool
                | OpenRouterWebSearchTool
                | ResponseCodeInterpreterTool
                | ResponseComputerUseTool
                | ResponseCustomTool
                | ResponseFileSearchTool
                | ResponseFunctionTool
                | ResponseImageGenerationTool
                | ResponseMcpTool
                | ResponseNamespaceTool
                | ResponseShellTool
                | ResponseWebSearchTool
            ]
            | Unset
        ) = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = _parse_tools_item(tools_item_data)
                tools.append(tools_item)

        def _parse_reasoning(data: object) -> None | ResponseObjectReasoningType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_type_0 = ResponseObjectReasoningType0.from_dict(data)

                return reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ResponseObjectReasoningType0 | Unset", data)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        _text = d.pop("text", UNSET)
        text: ResponseTextConfig | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = ResponseTextConfig.from_dict(_text)

        truncation = cast("None | str | Unset", d.pop("truncation", UNSET))

        background = cast("bool | None | Unset", d.pop("background", UNSET))

        store = d.pop("store", UNSET)

        previous_response_id = cast("None | str | Unset", d.pop("previous_response_id", UNSET))

        def _parse_prompt(data: object) -> None | ResponsePromptTemplate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_type_0 = ResponsePromptTemplate.from_dict(data)

                return prompt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ResponsePromptTemplate | Unset", data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        prompt_cache_key = cast("None | str | Unset", d.pop("prompt_cache_key", UNSET))

        safety_identifier = cast("None | str | Unset", d.pop("safety_identifier", UNSET))

        service_tier = cast("None | str | Unset", d.pop("service_tier", UNSET))

        user = cast("None | str | Unset", d.pop("user", UNSET))

        def _parse_usage(data: object) -> None | ResponseUsage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = ResponseUsage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ResponseUsage | Unset", data)

        usage = _parse_usage(d.pop("usage", UNSET))

        def _parse_openrouter_metadata(data: object) -> None | OpenRouterMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                openrouter_metadata_type_0 = OpenRouterMetadata.from_dict(data)

                return openrouter_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | OpenRouterMetadata | Unset", data)

        openrouter_metadata = _parse_openrouter_metadata(d.pop("openrouter_metadata", UNSET))

        response_object = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            model=model,
            status=status,
            output=output,
            completed_at=completed_at,
            output_text=output_text,
            error=error,
            error_type=error_type,
            incomplete_details=incomplete_details,
            instructions=instructions,
            metadata=metadata,
            temperature=temperature,
            top_p=top_p,
            top_logprobs=top_logprobs,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            max_output_tokens=max_output_tokens,
            max_tool_calls=max_tool_calls,
            parallel_tool_calls=parallel_tool_calls,
            tool_choice=tool_choice,
            tools=tools,
            reasoning=reasoning,
            text=text,
            truncation=truncation,
            background=background,
            store=store,
            previous_response_id=previous_response_id,
            prompt=prompt,
            prompt_cache_key=prompt_cache_key,
            safety_identifier=safety_identifier,
            service_tier=service_tier,
            user=user,
            usage=usage,
            openrouter_metadata=openrouter_metadata,
        )

        response_object.additional_properties = d
        return response_object

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
from ..models.chat_server_tool import ChatServerTool  # noqa: E402
from ..models.open_router_datetime_tool import OpenRouterDatetimeTool  # noqa: E402
from ..models.open_router_metadata import OpenRouterMetadata  # noqa: E402
from ..models.open_router_web_fetch_tool import OpenRouterWebFetchTool  # noqa: E402
from ..models.open_router_web_search_tool import OpenRouterWebSearchTool  # noqa: E402
from ..models.response_apply_patch_call import ResponseApplyPatchCall  # noqa: E402
from ..models.response_code_interpreter_call import ResponseCodeInterpreterCall  # noqa: E402
from ..models.response_code_interpreter_tool import ResponseCodeInterpreterTool  # noqa: E402
from ..models.response_computer_use_tool import ResponseComputerUseTool  # noqa: E402
from ..models.response_custom_tool import ResponseCustomTool  # noqa: E402
from ..models.response_custom_tool_call import ResponseCustomToolCall  # noqa: E402
from ..models.response_error import ResponseError  # noqa: E402
from ..models.response_file_search_call import ResponseFileSearchCall  # noqa: E402
from ..models.response_file_search_tool import ResponseFileSearchTool  # noqa: E402
from ..models.response_function_call import ResponseFunctionCall  # noqa: E402
from ..models.response_function_call_output_input import ResponseFunctionCallOutputInput  # noqa: E402
from ..models.response_function_tool import ResponseFunctionTool  # noqa: E402
from ..models.response_image_generation_call import ResponseImageGenerationCall  # noqa: E402
from ..models.response_image_generation_tool import ResponseImageGenerationTool  # noqa: E402
from ..models.response_incomplete_details import ResponseIncompleteDetails  # noqa: E402
from ..models.response_input_message import ResponseInputMessage  # noqa: E402
from ..models.response_item_reference import ResponseItemReference  # noqa: E402
from ..models.response_mcp_tool import ResponseMcpTool  # noqa: E402
from ..models.response_namespace_tool import ResponseNamespaceTool  # noqa: E402
from ..models.response_object_metadata_type_0 import ResponseObjectMetadataType0  # noqa: E402
from ..models.response_object_reasoning_type_0 import ResponseObjectReasoningType0  # noqa: E402
from ..models.response_object_tool_choice_type_1 import ResponseObjectToolChoiceType1  # noqa: E402
from ..models.response_other_input_item import ResponseOtherInputItem  # noqa: E402
from ..models.response_output_message import ResponseOutputMessage  # noqa: E402
from ..models.response_prompt_template import ResponsePromptTemplate  # noqa: E402
from ..models.response_reasoning_item import ResponseReasoningItem  # noqa: E402
from ..models.response_shell_tool import ResponseShellTool  # noqa: E402
from ..models.response_text_config import ResponseTextConfig  # noqa: E402
from ..models.response_unknown_output_item import ResponseUnknownOutputItem  # noqa: E402
from ..models.response_usage import ResponseUsage  # noqa: E402
from ..models.response_web_search_call import ResponseWebSearchCall  # noqa: E402
from ..models.response_web_search_tool import ResponseWebSearchTool  # noqa: E402
