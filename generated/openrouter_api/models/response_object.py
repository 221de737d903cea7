from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..models.inference_error_type_known import InferenceErrorTypeKnown
from ..models.response_status_known import ResponseStatusKnown
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ResponseObject(_ReadModel):
    """A complete (non-streamed) Responses API result; also embedded in lifecycle stream events.

    Attributes:
        id (str): Generation id of the response.
        object (Literal['response']):
        created_at (int): Unix time in seconds.
        model (str): The model that actually answered.
        status (ResponseStatusKnown | str): `completed`, `incomplete`, `in_progress`, `failed`, `cancelled` or `queued`
            (open set).
        output (list[ResponseApplyPatchCall | ResponseCodeInterpreterCall | ResponseCustomToolCall |
            ResponseFileSearchCall | ResponseFunctionCall | ResponseImageGenerationCall | ResponseOutputMessage |
            ResponseReasoningItem | ResponseUnknownOutputItem | ResponseWebSearchCall]):
        completed_at (int | None): Unix time in seconds when generation finished.
        output_text (str | None): All `output_text` parts of the output joined together, for convenience.
        error (None | ResponseError):
        error_type (InferenceErrorTypeKnown | None | str): Precise error category when the response failed (open set).
        incomplete_details (None | ResponseIncompleteDetails):
        instructions (list[ResponseCustomToolCall | ResponseFunctionCall | ResponseFunctionCallOutputInput |
            ResponseInputMessage | ResponseItemReference | ResponseOtherInputItem | ResponseOutputMessage |
            ResponseReasoningItem] | None | str): The instructions that were used, as text or input items.
        metadata (None | ResponseObjectMetadataType0):
        temperature (float | None):
        top_p (float | None):
        top_logprobs (int | None):
        presence_penalty (float | None):
        frequency_penalty (float | None):
        max_output_tokens (int | None):
        max_tool_calls (int | None):
        parallel_tool_calls (bool | None):
        tool_choice (ResponseObjectToolChoiceType1 | str | None): The tool choice in effect (a mode string or a tool-
            choice object).
        tools (list[ChatServerTool | OpenRouterDatetimeTool | OpenRouterWebFetchTool | OpenRouterWebSearchTool |
            ResponseCodeInterpreterTool | ResponseComputerUseTool | ResponseCustomTool | ResponseFileSearchTool |
            ResponseFunctionTool | ResponseImageGenerationTool | ResponseMcpTool | ResponseNamespaceTool | ResponseShellTool
            | ResponseWebSearchTool] | None):
        reasoning (None | ResponseObjectReasoningType0): The reasoning settings that were applied (`effort`, `summary`,
            ...).
        text (ResponseTextConfig | None): Output text format and verbosity.
        truncation (None | str):
        background (bool | None):
        store (bool | None):
        previous_response_id (None | str):
        prompt (None | ResponsePromptTemplate):
        prompt_cache_key (None | str):
        safety_identifier (None | str):
        service_tier (None | str): The tier the request was processed in.
        user (None | str):
        usage (None | ResponseUsage):
        openrouter_metadata (None | OpenRouterMetadata): Routing diagnostics, present when the `X-OpenRouter-Metadata`
            header is `enabled`.
    """

    __slots__ = (
        "id",
        "object",
        "created_at",
        "model",
        "status",
        "output",
        "completed_at",
        "output_text",
        "error",
        "error_type",
        "incomplete_details",
        "instructions",
        "metadata",
        "temperature",
        "top_p",
        "top_logprobs",
        "presence_penalty",
        "frequency_penalty",
        "max_output_tokens",
        "max_tool_calls",
        "parallel_tool_calls",
        "tool_choice",
        "tools",
        "reasoning",
        "text",
        "truncation",
        "background",
        "store",
        "previous_response_id",
        "prompt",
        "prompt_cache_key",
        "safety_identifier",
        "service_tier",
        "user",
        "usage",
        "openrouter_metadata",
        "additional_properties",
    )

    id: str
    object: Literal["response"]
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
    completed_at: int | None
    output_text: str | None
    error: None | ResponseError
    error_type: InferenceErrorTypeKnown | None | str
    incomplete_details: None | ResponseIncompleteDetails
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
    )
    metadata: None | ResponseObjectMetadataType0
    temperature: float | None
    top_p: float | None
    top_logprobs: int | None
    presence_penalty: float | None
    frequency_penalty: float | None
    max_output_tokens: int | None
    max_tool_calls: int | None
    parallel_tool_calls: bool | None
    tool_choice: ResponseObjectToolChoiceType1 | str | None
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
        | None
    )
    reasoning: None | ResponseObjectReasoningType0
    text: ResponseTextConfig | None
    truncation: None | str
    background: bool | None
    store: bool | None
    previous_response_id: None | str
    prompt: None | ResponsePromptTemplate
    prompt_cache_key: None | str
    safety_identifier: None | str
    service_tier: None | str
    user: None | str
    usage: None | ResponseUsage
    openrouter_metadata: None | OpenRouterMetadata
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        object: Literal["response"],
        created_at: int,
        model: str,
        status: ResponseStatusKnown | str,
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
        ],
        completed_at: int | None = None,
        output_text: str | None = None,
        error: None | ResponseError = None,
        error_type: InferenceErrorTypeKnown | None | str = None,
        incomplete_details: None | ResponseIncompleteDetails = None,
        instructions: list[
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
        | str = None,
        metadata: None | ResponseObjectMetadataType0 = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_logprobs: int | None = None,
        presence_penalty: float | None = None,
        frequency_penalty: float | None = None,
        max_output_tokens: int | None = None,
        max_tool_calls: int | None = None,
        parallel_tool_calls: bool | None = None,
        tool_choice: ResponseObjectToolChoiceType1 | str | None = None,
        tools: list[
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
        | None = None,
        reasoning: None | ResponseObjectReasoningType0 = None,
        text: ResponseTextConfig | None = None,
        truncation: None | str = None,
        background: bool | None = None,
        store: bool | None = None,
        previous_response_id: None | str = None,
        prompt: None | ResponsePromptTemplate = None,
        prompt_cache_key: None | str = None,
        safety_identifier: None | str = None,
        service_tier: None | str = None,
        user: None | str = None,
        usage: None | ResponseUsage = None,
        openrouter_metadata: None | OpenRouterMetadata = None,
    ) -> None:
        self.id = id
        self.object = object
        self.created_at = created_at
        self.model = model
        self.status = status
        self.output = output
        self.completed_at = completed_at
        self.output_text = output_text
        self.error = error
        self.error_type = error_type
        self.incomplete_details = incomplete_details
        self.instructions = instructions
        self.metadata = metadata
        self.temperature = temperature
        self.top_p = top_p
        self.top_logprobs = top_logprobs
        self.presence_penalty = presence_penalty
        self.frequency_penalty = frequency_penalty
        self.max_output_tokens = max_output_tokens
        self.max_tool_calls = max_tool_calls
        self.parallel_tool_calls = parallel_tool_calls
        self.tool_choice = tool_choice
        self.tools = tools
        self.reasoning = reasoning
        self.text = text
        self.truncation = truncation
        self.background = background
        self.store = store
        self.previous_response_id = previous_response_id
        self.prompt = prompt
        self.prompt_cache_key = prompt_cache_key
        self.safety_identifier = safety_identifier
        self.service_tier = service_tier
        self.user = user
        self.usage = usage
        self.openrouter_metadata = openrouter_metadata
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("object", "object", True, "Literal['response']"),
        ("created_at", "created_at", True, "int"),
        ("model", "model", True, "str"),
        ("status", "status", True, "ResponseStatusKnown | str"),
        (
            "output",
            "output",
            True,
            "list[ResponseApplyPatchCall | ResponseCodeInterpreterCall | ResponseCustomToolCall | ResponseFileSearchCall | ResponseFunctionCall | ResponseImageGenerationCall | ResponseOutputMessage | ResponseReasoningItem | ResponseUnknownOutputItem | ResponseWebSearchCall]",
        ),
        ("completed_at", "completed_at", False, "int | None"),
        ("output_text", "output_text", False, "str"),
        ("error", "error", False, "None | ResponseError"),
        ("error_type", "error_type", False, "InferenceErrorTypeKnown | None | str"),
        ("incomplete_details", "incomplete_details", False, "None | ResponseIncompleteDetails"),
        (
            "instructions",
            "instructions",
            False,
            "list[ResponseCustomToolCall | ResponseFunctionCall | ResponseFunctionCallOutputInput | ResponseInputMessage | ResponseItemReference | ResponseOtherInputItem | ResponseOutputMessage | ResponseReasoningItem] | None | str",
        ),
        ("metadata", "metadata", False, "None | ResponseObjectMetadataType0"),
        ("temperature", "temperature", False, "float | None"),
        ("top_p", "top_p", False, "float | None"),
        ("top_logprobs", "top_logprobs", False, "int"),
        ("presence_penalty", "presence_penalty", False, "float | None"),
        ("frequency_penalty", "frequency_penalty", False, "float | None"),
        ("max_output_tokens", "max_output_tokens", False, "int | None"),
        ("max_tool_calls", "max_tool_calls", False, "int | None"),
        ("parallel_tool_calls", "parallel_tool_calls", False, "bool"),
        ("tool_choice", "tool_choice", False, "ResponseObjectToolChoiceType1 | str"),
        (
            "tools",
            "tools",
            False,
            "list[ChatServerTool | OpenRouterDatetimeTool | OpenRouterWebFetchTool | OpenRouterWebSearchTool | ResponseCodeInterpreterTool | ResponseComputerUseTool | ResponseCustomTool | ResponseFileSearchTool | ResponseFunctionTool | ResponseImageGenerationTool | ResponseMcpTool | ResponseNamespaceTool | ResponseShellTool | ResponseWebSearchTool]",
        ),
        ("reasoning", "reasoning", False, "None | ResponseObjectReasoningType0"),
        ("text", "text", False, "ResponseTextConfig"),
        ("truncation", "truncation", False, "None | str"),
        ("background", "background", False, "bool | None"),
        ("store", "store", False, "bool"),
        ("previous_response_id", "previous_response_id", False, "None | str"),
        ("prompt", "prompt", False, "None | ResponsePromptTemplate"),
        ("prompt_cache_key", "prompt_cache_key", False, "None | str"),
        ("safety_identifier", "safety_identifier", False, "None | str"),
        ("service_tier", "service_tier", False, "None | str"),
        ("user", "user", False, "None | str"),
        ("usage", "usage", False, "None | ResponseUsage"),
        ("openrouter_metadata", "openrouter_metadata", False, "None | OpenRouterMetadata"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.id = _json_get_("id")
        _new_model_.object = _json_get_("object")
        _new_model_.created_at = _json_get_("created_at")
        _new_model_.model = _json_get_("model")
        _status = _json_get_("status")
        status: Any = (
            ResponseStatusKnown._value2member_map_.get(_status, _status)
            if isinstance(_status, str)
            else _status
        )
        _new_model_.status = status
        _output = _json_get_("output")
        if isinstance(_output, list):
            output: Any = []
            for _list_item_ in _output:
                output.append(_read_output_item(_list_item_))
        else:
            output = _output
        _new_model_.output = output
        _new_model_.completed_at = _json_get_("completed_at")
        _new_model_.output_text = _json_get_("output_text")
        _error = _json_get_("error")
        error: Any = ResponseError.from_dict(_error) if isinstance(_error, dict) else _error
        _new_model_.error = error
        _error_type = _json_get_("error_type")
        error_type: Any = (
            InferenceErrorTypeKnown._value2member_map_.get(_error_type, _error_type)
            if isinstance(_error_type, str)
            else _error_type
        )
        _new_model_.error_type = error_type
        _incomplete_details = _json_get_("incomplete_details")
        incomplete_details: Any = (
            ResponseIncompleteDetails.from_dict(_incomplete_details)
            if isinstance(_incomplete_details, dict)
            else _incomplete_details
        )
        _new_model_.incomplete_details = incomplete_details
        _instructions = _json_get_("instructions")
        instructions: Any = _read_instructions(_instructions)
        _new_model_.instructions = instructions
        _metadata = _json_get_("metadata")
        metadata: Any = (
            ResponseObjectMetadataType0.from_dict(_metadata)
            if isinstance(_metadata, dict)
            else _metadata
        )
        _new_model_.metadata = metadata
        _new_model_.temperature = _json_get_("temperature")
        _new_model_.top_p = _json_get_("top_p")
        _new_model_.top_logprobs = _json_get_("top_logprobs")
        _new_model_.presence_penalty = _json_get_("presence_penalty")
        _new_model_.frequency_penalty = _json_get_("frequency_penalty")
        _new_model_.max_output_tokens = _json_get_("max_output_tokens")
        _new_model_.max_tool_calls = _json_get_("max_tool_calls")
        _new_model_.parallel_tool_calls = _json_get_("parallel_tool_calls")
        _tool_choice = _json_get_("tool_choice")
        tool_choice: Any = (
            ResponseObjectToolChoiceType1.from_dict(_tool_choice)
            if isinstance(_tool_choice, dict)
            else _tool_choice
        )
        _new_model_.tool_choice = tool_choice
        _tools = _json_get_("tools")
        if isinstance(_tools, list):
            tools: Any = []
            for _list_item_ in _tools:
                tools.append(_read_tools_item(_list_item_))
        else:
            tools = _tools
        _new_model_.tools = tools
        _reasoning = _json_get_("reasoning")
        reasoning: Any = (
            ResponseObjectReasoningType0.from_dict(_reasoning)
            if isinstance(_reasoning, dict)
            else _reasoning
        )
        _new_model_.reasoning = reasoning
        _text = _json_get_("text")
        text: Any = ResponseTextConfig.from_dict(_text) if isinstance(_text, dict) else _text
        _new_model_.text = text
        _new_model_.truncation = _json_get_("truncation")
        _new_model_.background = _json_get_("background")
        _new_model_.store = _json_get_("store")
        _new_model_.previous_response_id = _json_get_("previous_response_id")
        _prompt = _json_get_("prompt")
        prompt: Any = (
            ResponsePromptTemplate.from_dict(_prompt) if isinstance(_prompt, dict) else _prompt
        )
        _new_model_.prompt = prompt
        _new_model_.prompt_cache_key = _json_get_("prompt_cache_key")
        _new_model_.safety_identifier = _json_get_("safety_identifier")
        _new_model_.service_tier = _json_get_("service_tier")
        _new_model_.user = _json_get_("user")
        _usage = _json_get_("usage")
        usage: Any = ResponseUsage.from_dict(_usage) if isinstance(_usage, dict) else _usage
        _new_model_.usage = usage
        _openrouter_metadata = _json_get_("openrouter_metadata")
        openrouter_metadata: Any = (
            OpenRouterMetadata.from_dict(_openrouter_metadata)
            if isinstance(_openrouter_metadata, dict)
            else _openrouter_metadata
        )
        _new_model_.openrouter_metadata = openrouter_metadata
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
        "id",
        "object",
        "created_at",
        "model",
        "status",
        "output",
        "completed_at",
        "output_text",
        "error",
        "error_type",
        "incomplete_details",
        "instructions",
        "metadata",
        "temperature",
        "top_p",
        "top_logprobs",
        "presence_penalty",
        "frequency_penalty",
        "max_output_tokens",
        "max_tool_calls",
        "parallel_tool_calls",
        "tool_choice",
        "tools",
        "reasoning",
        "text",
        "truncation",
        "background",
        "store",
        "previous_response_id",
        "prompt",
        "prompt_cache_key",
        "safety_identifier",
        "service_tier",
        "user",
        "usage",
        "openrouter_metadata",
    )
)


def _read_output_item(data: Any) -> Any:
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


def _read_instructions(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [_read_instructions_type_1_item(i0) for i0 in data] if isinstance(data, list) else data
        )
    return data


def _read_instructions_type_1_item(data: Any) -> Any:
    if isinstance(data, dict):
        if data.get("type") == "function_call_output":
            return ResponseFunctionCallOutputInput.from_dict(data)
        if data.get("type") == "function_call":
            return ResponseFunctionCall.from_dict(data)
        if data.get("type") == "reasoning":
            return ResponseReasoningItem.from_dict(data)
        if data.get("type") == "custom_tool_call":
            return ResponseCustomToolCall.from_dict(data)
        if data.get("type") == "item_reference":
            return ResponseItemReference.from_dict(data)
        if data.get("type") == "message":
            if "type" in data and "id" in data and "role" in data and "content" in data:
                return ResponseOutputMessage.from_dict(data)
            return ResponseInputMessage.from_dict(data)
        return ResponseOtherInputItem.from_dict(data)
    return data


def _read_tools_item(data: Any) -> Any:
    if isinstance(data, dict):
        if data.get("type") == "function":
            return ResponseFunctionTool.from_dict(data)
        if data.get("type") == "file_search":
            return ResponseFileSearchTool.from_dict(data)
        if data.get("type") == "computer_use_preview":
            return ResponseComputerUseTool.from_dict(data)
        if data.get("type") == "code_interpreter":
            return ResponseCodeInterpreterTool.from_dict(data)
        if data.get("type") == "mcp":
            return ResponseMcpTool.from_dict(data)
        if data.get("type") == "image_generation":
            return ResponseImageGenerationTool.from_dict(data)
        if data.get("type") == "custom":
            return ResponseCustomTool.from_dict(data)
        if data.get("type") == "namespace":
            return ResponseNamespaceTool.from_dict(data)
        if data.get("type") == "openrouter:web_search":
            return OpenRouterWebSearchTool.from_dict(data)
        if data.get("type") == "openrouter:web_fetch":
            return OpenRouterWebFetchTool.from_dict(data)
        if data.get("type") == "openrouter:datetime":
            return OpenRouterDatetimeTool.from_dict(data)
        if "type" in data:
            return ResponseWebSearchTool.from_dict(data)
        if "type" in data:
            return ResponseShellTool.from_dict(data)
        if "type" in data:
            return ChatServerTool.from_dict(data)
        return data
    return data


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
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
else:
    ChatServerTool = _Deferred_(globals(), "..models.chat_server_tool", "ChatServerTool")
    OpenRouterDatetimeTool = _Deferred_(
        globals(), "..models.open_router_datetime_tool", "OpenRouterDatetimeTool"
    )
    OpenRouterMetadata = _Deferred_(
        globals(), "..models.open_router_metadata", "OpenRouterMetadata"
    )
    OpenRouterWebFetchTool = _Deferred_(
        globals(), "..models.open_router_web_fetch_tool", "OpenRouterWebFetchTool"
    )
    OpenRouterWebSearchTool = _Deferred_(
        globals(), "..models.open_router_web_search_tool", "OpenRouterWebSearchTool"
    )
    ResponseApplyPatchCall = _Deferred_(
        globals(), "..models.response_apply_patch_call", "ResponseApplyPatchCall"
    )
    ResponseCodeInterpreterCall = _Deferred_(
        globals(), "..models.response_code_interpreter_call", "ResponseCodeInterpreterCall"
    )
    ResponseCodeInterpreterTool = _Deferred_(
        globals(), "..models.response_code_interpreter_tool", "ResponseCodeInterpreterTool"
    )
    ResponseComputerUseTool = _Deferred_(
        globals(), "..models.response_computer_use_tool", "ResponseComputerUseTool"
    )
    ResponseCustomTool = _Deferred_(
        globals(), "..models.response_custom_tool", "ResponseCustomTool"
    )
    ResponseCustomToolCall = _Deferred_(
        globals(), "..models.response_custom_tool_call", "ResponseCustomToolCall"
    )
    ResponseError = _Deferred_(globals(), "..models.response_error", "ResponseError")
    ResponseFileSearchCall = _Deferred_(
        globals(), "..models.response_file_search_call", "ResponseFileSearchCall"
    )
    ResponseFileSearchTool = _Deferred_(
        globals(), "..models.response_file_search_tool", "ResponseFileSearchTool"
    )
    ResponseFunctionCall = _Deferred_(
        globals(), "..models.response_function_call", "ResponseFunctionCall"
    )
    ResponseFunctionCallOutputInput = _Deferred_(
        globals(), "..models.response_function_call_output_input", "ResponseFunctionCallOutputInput"
    )
    ResponseFunctionTool = _Deferred_(
        globals(), "..models.response_function_tool", "ResponseFunctionTool"
    )
    ResponseImageGenerationCall = _Deferred_(
        globals(), "..models.response_image_generation_call", "ResponseImageGenerationCall"
    )
    ResponseImageGenerationTool = _Deferred_(
        globals(), "..models.response_image_generation_tool", "ResponseImageGenerationTool"
    )
    ResponseIncompleteDetails = _Deferred_(
        globals(), "..models.response_incomplete_details", "ResponseIncompleteDetails"
    )
    ResponseInputMessage = _Deferred_(
        globals(), "..models.response_input_message", "ResponseInputMessage"
    )
    ResponseItemReference = _Deferred_(
        globals(), "..models.response_item_reference", "ResponseItemReference"
    )
    ResponseMcpTool = _Deferred_(globals(), "..models.response_mcp_tool", "ResponseMcpTool")
    ResponseNamespaceTool = _Deferred_(
        globals(), "..models.response_namespace_tool", "ResponseNamespaceTool"
    )
    ResponseObjectMetadataType0 = _Deferred_(
        globals(), "..models.response_object_metadata_type_0", "ResponseObjectMetadataType0"
    )
    ResponseObjectReasoningType0 = _Deferred_(
        globals(), "..models.response_object_reasoning_type_0", "ResponseObjectReasoningType0"
    )
    ResponseObjectToolChoiceType1 = _Deferred_(
        globals(), "..models.response_object_tool_choice_type_1", "ResponseObjectToolChoiceType1"
    )
    ResponseOtherInputItem = _Deferred_(
        globals(), "..models.response_other_input_item", "ResponseOtherInputItem"
    )
    ResponseOutputMessage = _Deferred_(
        globals(), "..models.response_output_message", "ResponseOutputMessage"
    )
    ResponsePromptTemplate = _Deferred_(
        globals(), "..models.response_prompt_template", "ResponsePromptTemplate"
    )
    ResponseReasoningItem = _Deferred_(
        globals(), "..models.response_reasoning_item", "ResponseReasoningItem"
    )
    ResponseShellTool = _Deferred_(globals(), "..models.response_shell_tool", "ResponseShellTool")
    ResponseTextConfig = _Deferred_(
        globals(), "..models.response_text_config", "ResponseTextConfig"
    )
    ResponseUnknownOutputItem = _Deferred_(
        globals(), "..models.response_unknown_output_item", "ResponseUnknownOutputItem"
    )
    ResponseUsage = _Deferred_(globals(), "..models.response_usage", "ResponseUsage")
    ResponseWebSearchCall = _Deferred_(
        globals(), "..models.response_web_search_call", "ResponseWebSearchCall"
    )
    ResponseWebSearchTool = _Deferred_(
        globals(), "..models.response_web_search_tool", "ResponseWebSearchTool"
    )
