from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.create_response_request_include_item_known import (
    CreateResponseRequestIncludeItemKnown,
)
from ..models.create_response_request_modalities_item_known import (
    CreateResponseRequestModalitiesItemKnown,
)
from ..models.create_response_request_service_tier_known import (
    CreateResponseRequestServiceTierKnown,
)
from ..models.create_response_request_truncation_known import CreateResponseRequestTruncationKnown
from ..models.response_tool_choice_mode import ResponseToolChoiceMode
from ..types import UNSET, Unset
from ..types import Model as _Model


class CreateResponseRequest(_Model):
    """A Responses API request. Every field is optional; usually `model` and `input` are set.

    Attributes:
        model (str | Unset): Model slug; the account default is used when omitted.
        models (list[str] | Unset): Fallback models, tried in order when the first one fails.
        input (list[ResponseCustomToolCall | ResponseFunctionCall | ResponseFunctionCallOutputInput |
            ResponseInputMessage | ResponseItemReference | ResponseOtherInputItem | ResponseOutputMessage |
            ResponseReasoningItem] | str | Unset): A plain user prompt, or the conversation as a list of input items.
        instructions (None | str | Unset): System/developer instructions placed before the input.
        tools (list[ChatServerTool | OpenRouterDatetimeTool | OpenRouterWebFetchTool | OpenRouterWebSearchTool |
            ResponseCodeInterpreterTool | ResponseComputerUseTool | ResponseCustomTool | ResponseFileSearchTool |
            ResponseFunctionTool | ResponseImageGenerationTool | ResponseMcpTool | ResponseNamespaceTool | ResponseShellTool
            | ResponseWebSearchTool] | Unset): Function tools the caller executes, and hosted or OpenRouter server tools.
        tool_choice (ResponseToolChoiceAllowedTools | ResponseToolChoiceFunction | ResponseToolChoiceHosted |
            ResponseToolChoiceMode | Unset): `auto`, `none`, `required`, or an object naming a tool or a set of allowed
            tools.
        parallel_tool_calls (bool | None | Unset): Whether the model may call several tools in one turn.
        max_output_tokens (int | None | Unset): Upper bound on generated tokens, reasoning included.
        max_tool_calls (int | None | Unset): Upper bound on tool calls in the whole response.
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        top_k (int | Unset):
        top_logprobs (int | None | Unset): Return this many alternatives with each output token's log probability.
        presence_penalty (float | None | Unset):
        frequency_penalty (float | None | Unset):
        stop (list[str] | None | str | Unset): Up to four sequences that end generation.
        reasoning (None | ReasoningConfig | Unset): Reasoning effort, summaries and budget.
        text (ResponseTextConfig | Unset): Output text format and verbosity.
        include (list[CreateResponseRequestIncludeItemKnown | str] | Unset): Extra data to include in the output.
        truncation (CreateResponseRequestTruncationKnown | str | Unset): `auto` drops old input items when the context
            would overflow; `disabled` fails instead.
        background (bool | None | Unset): Accepted for compatibility.
        metadata (RequestMetadata | Unset): Up to 16 string pairs stored with the request (keys up to 64 characters,
            values up to 512).
        prompt (None | ResponsePromptTemplate | Unset):
        prompt_cache_key (None | str | Unset): Key that helps the provider reuse its prompt cache across requests.
        prompt_cache_options (None | PromptCacheOptions | Unset):
        safety_identifier (None | str | Unset): Stable, anonymised end-user id for provider abuse detection.
        user (str | Unset): A stable identifier of your end user.
        session_id (str | Unset): Groups related requests for observability and sticky routing; same as the `x-session-
            id` header (the body wins).
        service_tier (CreateResponseRequestServiceTierKnown | str | Unset): Processing tier (`auto` when omitted);
            `fast` is an alias of `priority`.
        provider (None | ProviderPreferences | Unset): Provider routing preferences.
        plugins (list[AutoBetaRouterPlugin | AutoRouterPlugin | ContextCompressionPlugin | FileParserPlugin |
            FusionPlugin | GenericPlugin | ModerationPlugin | ParetoRouterPlugin | ResponseHealingPlugin | WebFetchPlugin |
            WebPlugin] | Unset): OpenRouter plugins to run around the request.
        modalities (list[CreateResponseRequestModalitiesItemKnown | str] | Unset): Output modalities to ask for.
        image_config (ImageConfig | Unset): Free-form settings for image-generating models, for example `aspect_ratio`
            or `image_size`.
        cache_control (CacheControl | Unset): Anthropic-style prompt-cache marker. On a content part it marks a
            breakpoint; at the top
            level of the request it asks for automatic breakpoints.
        debug (ChatDebugOptions | Unset): Debugging aids (streaming only).
        trace (TraceConfig | Unset): Observability fields forwarded to configured broadcast destinations. The named keys
            are
            understood; any other key is passed on as custom metadata.
        stop_server_tools_when (list[StopServerToolsWhenFinishReasonIs | StopServerToolsWhenHasToolCall |
            StopServerToolsWhenMaxCost | StopServerToolsWhenMaxTokensUsed | StopServerToolsWhenStepCountIs] | Unset):
            Conditions that end the server-side tool loop early.
        stream (bool | Unset): Stream typed server-sent events (off when omitted).
        store (bool | Unset): Responses are never stored; only `false` is accepted.
    """

    __slots__ = (
        "model",
        "models",
        "input",
        "instructions",
        "tools",
        "tool_choice",
        "parallel_tool_calls",
        "max_output_tokens",
        "max_tool_calls",
        "temperature",
        "top_p",
        "top_k",
        "top_logprobs",
        "presence_penalty",
        "frequency_penalty",
        "stop",
        "reasoning",
        "text",
        "include",
        "truncation",
        "background",
        "metadata",
        "prompt",
        "prompt_cache_key",
        "prompt_cache_options",
        "safety_identifier",
        "user",
        "session_id",
        "service_tier",
        "provider",
        "plugins",
        "modalities",
        "image_config",
        "cache_control",
        "debug",
        "trace",
        "stop_server_tools_when",
        "stream",
        "store",
        "additional_properties",
    )

    model: str | Unset
    models: list[str] | Unset
    input: (
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
        | str
        | Unset
    )
    instructions: None | str | Unset
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
    )
    tool_choice: (
        ResponseToolChoiceAllowedTools
        | ResponseToolChoiceFunction
        | ResponseToolChoiceHosted
        | ResponseToolChoiceMode
        | Unset
    )
    parallel_tool_calls: bool | None | Unset
    max_output_tokens: int | None | Unset
    max_tool_calls: int | None | Unset
    temperature: float | None | Unset
    top_p: float | None | Unset
    top_k: int | Unset
    top_logprobs: int | None | Unset
    presence_penalty: float | None | Unset
    frequency_penalty: float | None | Unset
    stop: list[str] | None | str | Unset
    reasoning: None | ReasoningConfig | Unset
    text: ResponseTextConfig | Unset
    include: list[CreateResponseRequestIncludeItemKnown | str] | Unset
    truncation: CreateResponseRequestTruncationKnown | str | Unset
    background: bool | None | Unset
    metadata: RequestMetadata | Unset
    prompt: None | ResponsePromptTemplate | Unset
    prompt_cache_key: None | str | Unset
    prompt_cache_options: None | PromptCacheOptions | Unset
    safety_identifier: None | str | Unset
    user: str | Unset
    session_id: str | Unset
    service_tier: CreateResponseRequestServiceTierKnown | str | Unset
    provider: None | ProviderPreferences | Unset
    plugins: (
        list[
            AutoBetaRouterPlugin
            | AutoRouterPlugin
            | ContextCompressionPlugin
            | FileParserPlugin
            | FusionPlugin
            | GenericPlugin
            | ModerationPlugin
            | ParetoRouterPlugin
            | ResponseHealingPlugin
            | WebFetchPlugin
            | WebPlugin
        ]
        | Unset
    )
    modalities: list[CreateResponseRequestModalitiesItemKnown | str] | Unset
    image_config: ImageConfig | Unset
    cache_control: CacheControl | Unset
    debug: ChatDebugOptions | Unset
    trace: TraceConfig | Unset
    stop_server_tools_when: (
        list[
            StopServerToolsWhenFinishReasonIs
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenStepCountIs
        ]
        | Unset
    )
    stream: bool | Unset
    store: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        model: str | Unset = UNSET,
        models: list[str] | Unset = UNSET,
        input: list[
            ResponseCustomToolCall
            | ResponseFunctionCall
            | ResponseFunctionCallOutputInput
            | ResponseInputMessage
            | ResponseItemReference
            | ResponseOtherInputItem
            | ResponseOutputMessage
            | ResponseReasoningItem
        ]
        | str
        | Unset = UNSET,
        instructions: None | str | Unset = UNSET,
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
        | Unset = UNSET,
        tool_choice: ResponseToolChoiceAllowedTools
        | ResponseToolChoiceFunction
        | ResponseToolChoiceHosted
        | ResponseToolChoiceMode
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        max_output_tokens: int | None | Unset = UNSET,
        max_tool_calls: int | None | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        top_k: int | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        reasoning: None | ReasoningConfig | Unset = UNSET,
        text: ResponseTextConfig | Unset = UNSET,
        include: list[CreateResponseRequestIncludeItemKnown | str] | Unset = UNSET,
        truncation: CreateResponseRequestTruncationKnown | str | Unset = UNSET,
        background: bool | None | Unset = UNSET,
        metadata: RequestMetadata | Unset = UNSET,
        prompt: None | ResponsePromptTemplate | Unset = UNSET,
        prompt_cache_key: None | str | Unset = UNSET,
        prompt_cache_options: None | PromptCacheOptions | Unset = UNSET,
        safety_identifier: None | str | Unset = UNSET,
        user: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        service_tier: CreateResponseRequestServiceTierKnown | str | Unset = UNSET,
        provider: None | ProviderPreferences | Unset = UNSET,
        plugins: list[
            AutoBetaRouterPlugin
            | AutoRouterPlugin
            | ContextCompressionPlugin
            | FileParserPlugin
            | FusionPlugin
            | GenericPlugin
            | ModerationPlugin
            | ParetoRouterPlugin
            | ResponseHealingPlugin
            | WebFetchPlugin
            | WebPlugin
        ]
        | Unset = UNSET,
        modalities: list[CreateResponseRequestModalitiesItemKnown | str] | Unset = UNSET,
        image_config: ImageConfig | Unset = UNSET,
        cache_control: CacheControl | Unset = UNSET,
        debug: ChatDebugOptions | Unset = UNSET,
        trace: TraceConfig | Unset = UNSET,
        stop_server_tools_when: list[
            StopServerToolsWhenFinishReasonIs
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenStepCountIs
        ]
        | Unset = UNSET,
        stream: bool | Unset = UNSET,
        store: bool | Unset = UNSET,
    ) -> None:
        self.model = model
        self.models = models
        self.input = input
        self.instructions = instructions
        self.tools = tools
        self.tool_choice = tool_choice
        self.parallel_tool_calls = parallel_tool_calls
        self.max_output_tokens = max_output_tokens
        self.max_tool_calls = max_tool_calls
        self.temperature = temperature
        self.top_p = top_p
        self.top_k = top_k
        self.top_logprobs = top_logprobs
        self.presence_penalty = presence_penalty
        self.frequency_penalty = frequency_penalty
        self.stop = stop
        self.reasoning = reasoning
        self.text = text
        self.include = include
        self.truncation = truncation
        self.background = background
        self.metadata = metadata
        self.prompt = prompt
        self.prompt_cache_key = prompt_cache_key
        self.prompt_cache_options = prompt_cache_options
        self.safety_identifier = safety_identifier
        self.user = user
        self.session_id = session_id
        self.service_tier = service_tier
        self.provider = provider
        self.plugins = plugins
        self.modalities = modalities
        self.image_config = image_config
        self.cache_control = cache_control
        self.debug = debug
        self.trace = trace
        self.stop_server_tools_when = stop_server_tools_when
        self.stream = stream
        self.store = store
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        models: list[str] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = self.models

        input_: list[dict[str, Any]] | str | Unset
        if isinstance(self.input, Unset):
            input_ = UNSET
        elif isinstance(self.input, list):
            input_ = []
            for input_type_1_item_data in self.input:
                input_type_1_item: dict[str, Any]
                if isinstance(input_type_1_item_data, ResponseFunctionCallOutputInput):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseFunctionCall):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseReasoningItem):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseCustomToolCall):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseItemReference):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseOutputMessage):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseInputMessage):
                    input_type_1_item = input_type_1_item_data.to_dict()
                else:
                    input_type_1_item = input_type_1_item_data.to_dict()

                input_.append(input_type_1_item)

        else:
            input_ = self.input

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

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

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ResponseToolChoiceMode):
            tool_choice = self.tool_choice.value
        elif isinstance(self.tool_choice, ResponseToolChoiceFunction):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ResponseToolChoiceAllowedTools):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.to_dict()

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

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

        top_k = self.top_k

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
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

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, ReasoningConfig):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = []
            for include_item_data in self.include:
                include_item: str
                if isinstance(include_item_data, CreateResponseRequestIncludeItemKnown):
                    include_item = include_item_data.value
                else:
                    include_item = include_item_data
                include.append(include_item)

        truncation: str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        elif isinstance(self.truncation, CreateResponseRequestTruncationKnown):
            truncation = self.truncation.value
        else:
            truncation = self.truncation

        background: bool | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

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

        prompt_cache_options: dict[str, Any] | None | Unset
        if isinstance(self.prompt_cache_options, Unset):
            prompt_cache_options = UNSET
        elif isinstance(self.prompt_cache_options, PromptCacheOptions):
            prompt_cache_options = self.prompt_cache_options.to_dict()
        else:
            prompt_cache_options = self.prompt_cache_options

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        user = self.user

        session_id = self.session_id

        service_tier: str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        elif isinstance(self.service_tier, CreateResponseRequestServiceTierKnown):
            service_tier = self.service_tier.value
        else:
            service_tier = self.service_tier

        provider: dict[str, Any] | None | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, ProviderPreferences):
            provider = self.provider.to_dict()
        else:
            provider = self.provider

        plugins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plugins, Unset):
            plugins = []
            for plugins_item_data in self.plugins:
                plugins_item: dict[str, Any]
                if isinstance(plugins_item_data, WebPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, WebFetchPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, FileParserPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, ResponseHealingPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, ContextCompressionPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, ModerationPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, AutoRouterPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, AutoBetaRouterPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, ParetoRouterPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, FusionPlugin):
                    plugins_item = plugins_item_data.to_dict()
                else:
                    plugins_item = plugins_item_data.to_dict()

                plugins.append(plugins_item)

        modalities: list[str] | Unset = UNSET
        if not isinstance(self.modalities, Unset):
            modalities = []
            for modalities_item_data in self.modalities:
                modalities_item: str
                if isinstance(modalities_item_data, CreateResponseRequestModalitiesItemKnown):
                    modalities_item = modalities_item_data.value
                else:
                    modalities_item = modalities_item_data
                modalities.append(modalities_item)

        image_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_config, Unset):
            image_config = self.image_config.to_dict()

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        debug: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug, Unset):
            debug = self.debug.to_dict()

        trace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trace, Unset):
            trace = self.trace.to_dict()

        stop_server_tools_when: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stop_server_tools_when, Unset):
            stop_server_tools_when = []
            for stop_server_tools_when_item_data in self.stop_server_tools_when:
                stop_server_tools_when_item: dict[str, Any]
                if isinstance(stop_server_tools_when_item_data, StopServerToolsWhenStepCountIs):
                    stop_server_tools_when_item = stop_server_tools_when_item_data.to_dict()
                elif isinstance(stop_server_tools_when_item_data, StopServerToolsWhenHasToolCall):
                    stop_server_tools_when_item = stop_server_tools_when_item_data.to_dict()
                elif isinstance(stop_server_tools_when_item_data, StopServerToolsWhenMaxTokensUsed):
                    stop_server_tools_when_item = stop_server_tools_when_item_data.to_dict()
                elif isinstance(stop_server_tools_when_item_data, StopServerToolsWhenMaxCost):
                    stop_server_tools_when_item = stop_server_tools_when_item_data.to_dict()
                else:
                    stop_server_tools_when_item = stop_server_tools_when_item_data.to_dict()

                stop_server_tools_when.append(stop_server_tools_when_item)

        stream = self.stream

        store = self.store

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if models is not UNSET:
            field_dict["models"] = models
        if input_ is not UNSET:
            field_dict["input"] = input_
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if stop is not UNSET:
            field_dict["stop"] = stop
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if text is not UNSET:
            field_dict["text"] = text
        if include is not UNSET:
            field_dict["include"] = include
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if background is not UNSET:
            field_dict["background"] = background
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if user is not UNSET:
            field_dict["user"] = user
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if provider is not UNSET:
            field_dict["provider"] = provider
        if plugins is not UNSET:
            field_dict["plugins"] = plugins
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if image_config is not UNSET:
            field_dict["image_config"] = image_config
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if debug is not UNSET:
            field_dict["debug"] = debug
        if trace is not UNSET:
            field_dict["trace"] = trace
        if stop_server_tools_when is not UNSET:
            field_dict["stop_server_tools_when"] = stop_server_tools_when
        if stream is not UNSET:
            field_dict["stream"] = stream
        if store is not UNSET:
            field_dict["store"] = store

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model", UNSET)

        models = cast("list[str]", d.pop("models", UNSET))

        def _parse_input_(
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
            | str
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()

                def _parse_input_type_1_item(
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

                input_type_1 = []
                _input_type_1 = data
                for input_type_1_item_data in _input_type_1:
                    input_type_1_item = _parse_input_type_1_item(input_type_1_item_data)
                    input_type_1.append(input_type_1_item)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[ResponseCustomToolCall | ResponseFunctionCall | ResponseFunctionCallOutputInput | ResponseInputMessage | ResponseItemReference | ResponseOtherInputItem | ResponseOutputMessage | ResponseReasoningItem] | str | Unset",
                data,
            )

        input_ = _parse_input_(d.pop("input", UNSET))

        instructions = cast("None | str | Unset", d.pop("instructions", UNSET))

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

        def _parse_tool_choice(
            data: object,
        ) -> (
            ResponseToolChoiceAllowedTools
            | ResponseToolChoiceFunction
            | ResponseToolChoiceHosted
            | ResponseToolChoiceMode
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_response_tool_choice_type_0 = ResponseToolChoiceMode._parse(data)

                return componentsschemas_response_tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_tool_choice_type_1 = (
                    ResponseToolChoiceFunction.from_dict(data)
                )

                return componentsschemas_response_tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_tool_choice_type_2 = (
                    ResponseToolChoiceAllowedTools.from_dict(data)
                )

                return componentsschemas_response_tool_choice_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_response_tool_choice_type_3 = ResponseToolChoiceHosted.from_dict(data)

            return componentsschemas_response_tool_choice_type_3

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        parallel_tool_calls = cast("bool | None | Unset", d.pop("parallel_tool_calls", UNSET))

        max_output_tokens = cast("int | None | Unset", d.pop("max_output_tokens", UNSET))

        max_tool_calls = cast("int | None | Unset", d.pop("max_tool_calls", UNSET))

        temperature = cast("float | None | Unset", d.pop("temperature", UNSET))

        top_p = cast("float | None | Unset", d.pop("top_p", UNSET))

        top_k = d.pop("top_k", UNSET)

        top_logprobs = cast("int | None | Unset", d.pop("top_logprobs", UNSET))

        presence_penalty = cast("float | None | Unset", d.pop("presence_penalty", UNSET))

        frequency_penalty = cast("float | None | Unset", d.pop("frequency_penalty", UNSET))

        def _parse_stop(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stop_type_1 = cast("list[str]", data)

                return stop_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | str | Unset", data)

        stop = _parse_stop(d.pop("stop", UNSET))

        def _parse_reasoning(data: object) -> None | ReasoningConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_type_0 = ReasoningConfig.from_dict(data)

                return reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ReasoningConfig | Unset", data)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        _text = d.pop("text", UNSET)
        text: ResponseTextConfig | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = ResponseTextConfig.from_dict(_text)

        def _parse_include_item(data: object) -> CreateResponseRequestIncludeItemKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                include_item_include_item_known = CreateResponseRequestIncludeItemKnown._parse(data)

                return include_item_include_item_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CreateResponseRequestIncludeItemKnown | str", data)

        _include = d.pop("include", UNSET)
        include: list[CreateResponseRequestIncludeItemKnown | str] | Unset = UNSET
        if _include is not UNSET:
            include = []
            for include_item_data in _include:
                include_item = _parse_include_item(include_item_data)
                include.append(include_item)

        def _parse_truncation(data: object) -> CreateResponseRequestTruncationKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                truncation_truncation_known = CreateResponseRequestTruncationKnown._parse(data)

                return truncation_truncation_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CreateResponseRequestTruncationKnown | str | Unset", data)

        truncation = _parse_truncation(d.pop("truncation", UNSET))

        background = cast("bool | None | Unset", d.pop("background", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: RequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = RequestMetadata.from_dict(_metadata)

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

        def _parse_prompt_cache_options(data: object) -> None | PromptCacheOptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_cache_options_type_0 = PromptCacheOptions.from_dict(data)

                return prompt_cache_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PromptCacheOptions | Unset", data)

        prompt_cache_options = _parse_prompt_cache_options(d.pop("prompt_cache_options", UNSET))

        safety_identifier = cast("None | str | Unset", d.pop("safety_identifier", UNSET))

        user = d.pop("user", UNSET)

        session_id = d.pop("session_id", UNSET)

        def _parse_service_tier(
            data: object,
        ) -> CreateResponseRequestServiceTierKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_tier_service_tier_known = CreateResponseRequestServiceTierKnown._parse(data)

                return service_tier_service_tier_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CreateResponseRequestServiceTierKnown | str | Unset", data)

        service_tier = _parse_service_tier(d.pop("service_tier", UNSET))

        def _parse_provider(data: object) -> None | ProviderPreferences | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provider_type_0 = ProviderPreferences.from_dict(data)

                return provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ProviderPreferences | Unset", data)

        provider = _parse_provider(d.pop("provider", UNSET))

        def _parse_plugins_item(
            data: object,
        ) -> (
            AutoBetaRouterPlugin
            | AutoRouterPlugin
            | ContextCompressionPlugin
            | FileParserPlugin
            | FusionPlugin
            | GenericPlugin
            | ModerationPlugin
            | ParetoRouterPlugin
            | ResponseHealingPlugin
            | WebFetchPlugin
            | WebPlugin
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_plugin_type_0 = WebPlugin.from_dict(data)

                return componentsschemas_chat_plugin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_plugin_type_1 = WebFetchPlugin.from_dict(data)

                return componentsschemas_chat_plugin_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_plugin_type_2 = FileParserPlugin.from_dict(data)

                return componentsschemas_chat_plugin_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_plugin_type_3 = ResponseHealingPlugin.from_dict(data)

                return componentsschemas_chat_plugin_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_plugin_type_4 = ContextCompressionPlugin.from_dict(data)

                return componentsschemas_chat_plugin_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_plugin_type_5 = ModerationPlugin.from_dict(data)

                return componentsschemas_chat_plugin_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_plugin_type_6 = AutoRouterPlugin.from_dict(data)

                return componentsschemas_chat_plugin_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_plugin_type_7 = AutoBetaRouterPlugin.from_dict(data)

                return componentsschemas_chat_plugin_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_plugin_type_8 = ParetoRouterPlugin.from_dict(data)

                return componentsschemas_chat_plugin_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_plugin_type_9 = FusionPlugin.from_dict(data)

                return componentsschemas_chat_plugin_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_chat_plugin_type_10 = GenericPlugin.from_dict(data)

            return componentsschemas_chat_plugin_type_10

        _plugins = d.pop("plugins", UNSET)
        plugins: (
            list[
                AutoBetaRouterPlugin
                | AutoRouterPlugin
                | ContextCompressionPlugin
                | FileParserPlugin
                | FusionPlugin
                | GenericPlugin
                | ModerationPlugin
                | ParetoRouterPlugin
                | ResponseHealingPlugin
                | WebFetchPlugin
                | WebPlugin
            ]
            | Unset
        ) = UNSET
        if _plugins is not UNSET:
            plugins = []
            for plugins_item_data in _plugins:
                plugins_item = _parse_plugins_item(plugins_item_data)
                plugins.append(plugins_item)

        def _parse_modalities_item(data: object) -> CreateResponseRequestModalitiesItemKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modalities_item_modalities_item_known = (
                    CreateResponseRequestModalitiesItemKnown._parse(data)
                )

                return modalities_item_modalities_item_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CreateResponseRequestModalitiesItemKnown | str", data)

        _modalities = d.pop("modalities", UNSET)
        modalities: list[CreateResponseRequestModalitiesItemKnown | str] | Unset = UNSET
        if _modalities is not UNSET:
            modalities = []
            for modalities_item_data in _modalities:
                modalities_item = _parse_modalities_item(modalities_item_data)
                modalities.append(modalities_item)

        _image_config = d.pop("image_config", UNSET)
        image_config: ImageConfig | Unset
        if isinstance(_image_config, Unset):
            image_config = UNSET
        else:
            image_config = ImageConfig.from_dict(_image_config)

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: CacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = CacheControl.from_dict(_cache_control)

        _debug = d.pop("debug", UNSET)
        debug: ChatDebugOptions | Unset
        if isinstance(_debug, Unset):
            debug = UNSET
        else:
            debug = ChatDebugOptions.from_dict(_debug)

        _trace = d.pop("trace", UNSET)
        trace: TraceConfig | Unset
        if isinstance(_trace, Unset):
            trace = UNSET
        else:
            trace = TraceConfig.from_dict(_trace)

        def _parse_stop_server_tools_when_item(
            data: object,
        ) -> (
            StopServerToolsWhenFinishReasonIs
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenStepCountIs
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stop_server_tools_when_condition_type_0 = (
                    StopServerToolsWhenStepCountIs.from_dict(data)
                )

                return componentsschemas_stop_server_tools_when_condition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stop_server_tools_when_condition_type_1 = (
                    StopServerToolsWhenHasToolCall.from_dict(data)
                )

                return componentsschemas_stop_server_tools_when_condition_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stop_server_tools_when_condition_type_2 = (
                    StopServerToolsWhenMaxTokensUsed.from_dict(data)
                )

                return componentsschemas_stop_server_tools_when_condition_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stop_server_tools_when_condition_type_3 = (
                    StopServerToolsWhenMaxCost.from_dict(data)
                )

                return componentsschemas_stop_server_tools_when_condition_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_stop_server_tools_when_condition_type_4 = (
                StopServerToolsWhenFinishReasonIs.from_dict(data)
            )

            return componentsschemas_stop_server_tools_when_condition_type_4

        _stop_server_tools_when = d.pop("stop_server_tools_when", UNSET)
        stop_server_tools_when: (
            list[
                StopServerToolsWhenFinishReasonIs
                | StopServerToolsWhenHasToolCall
                | StopServerToolsWhenMaxCost
                | StopServerToolsWhenMaxTokensUsed
                | StopServerToolsWhenStepCountIs
            ]
            | Unset
        ) = UNSET
        if _stop_server_tools_when is not UNSET:
            stop_server_tools_when = []
            for stop_server_tools_when_item_data in _stop_server_tools_when:
                stop_server_tools_when_item = _parse_stop_server_tools_when_item(
                    stop_server_tools_when_item_data
                )
                stop_server_tools_when.append(stop_server_tools_when_item)

        stream = d.pop("stream", UNSET)

        store = d.pop("store", UNSET)

        create_response_request = cls(
            model=model,
            models=models,
            input=input_,
            instructions=instructions,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            max_output_tokens=max_output_tokens,
            max_tool_calls=max_tool_calls,
            temperature=temperature,
            top_p=top_p,
            top_k=top_k,
            top_logprobs=top_logprobs,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            stop=stop,
            reasoning=reasoning,
            text=text,
            include=include,
            truncation=truncation,
            background=background,
            metadata=metadata,
            prompt=prompt,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_options=prompt_cache_options,
            safety_identifier=safety_identifier,
            user=user,
            session_id=session_id,
            service_tier=service_tier,
            provider=provider,
            plugins=plugins,
            modalities=modalities,
            image_config=image_config,
            cache_control=cache_control,
            debug=debug,
            trace=trace,
            stop_server_tools_when=stop_server_tools_when,
            stream=stream,
            store=store,
        )

        create_response_request.additional_properties = d
        return create_response_request

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
from ..models.auto_beta_router_plugin import AutoBetaRouterPlugin  # noqa: E402
from ..models.auto_router_plugin import AutoRouterPlugin  # noqa: E402
from ..models.cache_control import CacheControl  # noqa: E402
from ..models.chat_debug_options import ChatDebugOptions  # noqa: E402
from ..models.chat_server_tool import ChatServerTool  # noqa: E402
from ..models.context_compression_plugin import ContextCompressionPlugin  # noqa: E402
from ..models.file_parser_plugin import FileParserPlugin  # noqa: E402
from ..models.fusion_plugin import FusionPlugin  # noqa: E402
from ..models.generic_plugin import GenericPlugin  # noqa: E402
from ..models.image_config import ImageConfig  # noqa: E402
from ..models.moderation_plugin import ModerationPlugin  # noqa: E402
from ..models.open_router_datetime_tool import OpenRouterDatetimeTool  # noqa: E402
from ..models.open_router_web_fetch_tool import OpenRouterWebFetchTool  # noqa: E402
from ..models.open_router_web_search_tool import OpenRouterWebSearchTool  # noqa: E402
from ..models.pareto_router_plugin import ParetoRouterPlugin  # noqa: E402
from ..models.prompt_cache_options import PromptCacheOptions  # noqa: E402
from ..models.provider_preferences import ProviderPreferences  # noqa: E402
from ..models.reasoning_config import ReasoningConfig  # noqa: E402
from ..models.request_metadata import RequestMetadata  # noqa: E402
from ..models.response_code_interpreter_tool import ResponseCodeInterpreterTool  # noqa: E402
from ..models.response_computer_use_tool import ResponseComputerUseTool  # noqa: E402
from ..models.response_custom_tool import ResponseCustomTool  # noqa: E402
from ..models.response_custom_tool_call import ResponseCustomToolCall  # noqa: E402
from ..models.response_file_search_tool import ResponseFileSearchTool  # noqa: E402
from ..models.response_function_call import ResponseFunctionCall  # noqa: E402
from ..models.response_function_call_output_input import ResponseFunctionCallOutputInput  # noqa: E402
from ..models.response_function_tool import ResponseFunctionTool  # noqa: E402
from ..models.response_healing_plugin import ResponseHealingPlugin  # noqa: E402
from ..models.response_image_generation_tool import ResponseImageGenerationTool  # noqa: E402
from ..models.response_input_message import ResponseInputMessage  # noqa: E402
from ..models.response_item_reference import ResponseItemReference  # noqa: E402
from ..models.response_mcp_tool import ResponseMcpTool  # noqa: E402
from ..models.response_namespace_tool import ResponseNamespaceTool  # noqa: E402
from ..models.response_other_input_item import ResponseOtherInputItem  # noqa: E402
from ..models.response_output_message import ResponseOutputMessage  # noqa: E402
from ..models.response_prompt_template import ResponsePromptTemplate  # noqa: E402
from ..models.response_reasoning_item import ResponseReasoningItem  # noqa: E402
from ..models.response_shell_tool import ResponseShellTool  # noqa: E402
from ..models.response_text_config import ResponseTextConfig  # noqa: E402
from ..models.response_tool_choice_allowed_tools import ResponseToolChoiceAllowedTools  # noqa: E402
from ..models.response_tool_choice_function import ResponseToolChoiceFunction  # noqa: E402
from ..models.response_tool_choice_hosted import ResponseToolChoiceHosted  # noqa: E402
from ..models.response_web_search_tool import ResponseWebSearchTool  # noqa: E402
from ..models.stop_server_tools_when_finish_reason_is import StopServerToolsWhenFinishReasonIs  # noqa: E402
from ..models.stop_server_tools_when_has_tool_call import StopServerToolsWhenHasToolCall  # noqa: E402
from ..models.stop_server_tools_when_max_cost import StopServerToolsWhenMaxCost  # noqa: E402
from ..models.stop_server_tools_when_max_tokens_used import StopServerToolsWhenMaxTokensUsed  # noqa: E402
from ..models.stop_server_tools_when_step_count_is import StopServerToolsWhenStepCountIs  # noqa: E402
from ..models.trace_config import TraceConfig  # noqa: E402
from ..models.web_fetch_plugin import WebFetchPlugin  # noqa: E402
from ..models.web_plugin import WebPlugin  # noqa: E402
