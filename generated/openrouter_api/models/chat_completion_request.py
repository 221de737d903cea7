from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.chat_completion_request_verbosity_known import ChatCompletionRequestVerbosityKnown
from ..models.chat_output_modality_known import ChatOutputModalityKnown
from ..models.chat_route_mode_known import ChatRouteModeKnown
from ..models.chat_service_tier_known import ChatServiceTierKnown
from ..models.chat_tool_choice_mode import ChatToolChoiceMode
from ..models.reasoning_effort_known import ReasoningEffortKnown
from ..types import UNSET, Unset
from ..types import Model as _Model


class ChatCompletionRequest(_Model):
    """Body of `POST /chat/completions`. Only `messages` is required; without `model` the
    account's default model is used. Parameters a chosen provider does not support are
    dropped silently unless `provider.require_parameters` is true.

        Attributes:
            messages (list[AssistantMessage | DeveloperMessage | SystemMessage | ToolMessage | UserMessage]): The
                conversation so far, oldest first.
            model (str | Unset): Model slug such as `openai/gpt-4o` or `anthropic/claude-sonnet-4:thinking`. Variants
                (`:free`, `:nitro`, `:floor`, `:online`, `:thinking`, `:extended`, `:exacto`),
                presets (`@preset/<slug>`) and `~author/family-latest` aliases are accepted.
            models (list[str] | Unset): Fallback models tried in order when the current one fails for any reason.
            temperature (float | None | Unset): Sampling temperature; higher values give more varied output.
            top_p (float | None | Unset): Nucleus sampling; keep only the smallest token set whose probability mass reaches
                this value.
            top_k (int | None | Unset): Sample only from the K most likely tokens (1 = always the top token). Not available
                on OpenAI models.
            min_p (float | None | Unset): Drop tokens whose probability is below this fraction of the top token's
                probability.
            top_a (float | None | Unset): Keep only tokens whose probability is high enough relative to the top token
                (scaled by its square).
            frequency_penalty (float | None | Unset): Penalise tokens in proportion to how often they already occurred.
            presence_penalty (float | None | Unset): Penalise tokens that already occurred at all.
            repetition_penalty (float | None | Unset): Multiplicative penalty on repeated tokens; 1 means no penalty.
            seed (int | None | Unset): Seed for best-effort deterministic sampling.
            max_tokens (int | None | Unset): Older name for `max_completion_tokens`. Some providers require at least 16.
            max_completion_tokens (int | None | Unset): Upper bound on generated tokens, reasoning tokens included.
            stop (list[str] | None | str | Unset): Up to four sequences that end generation when produced.
            logit_bias (LogitBias | None | Unset): Per-token bias added to the logits before sampling.
            logprobs (bool | None | Unset): Return the log probability of each generated token.
            top_logprobs (int | None | Unset): How many alternative tokens to report per position; requires `logprobs`.
            prediction (None | Prediction | Unset): Predicted output that lets supporting models answer faster.
            verbosity (ChatCompletionRequestVerbosityKnown | str | Unset): How long and detailed the answer should be
                (mapped to Anthropic `output_config.effort` on Claude).
            web_search_options (WebSearchOptions | Unset): OpenAI-style web search settings for models with built-in search.
            tools (list[ChatServerTool | FunctionTool] | Unset): Tools the model may call: client-side function tools, or
                OpenRouter server tools
                (executed by OpenRouter) named by `type`. Send them again on every turn.
            tool_choice (ChatNamedToolChoice | ChatServerToolChoice | ChatToolChoiceMode | Unset): How the model should use
                `tools`.
            deferred_tools (DeferredToolsControl | Unset): Opt-in router-level deferred-tool protocol: tools marked
                `defer_loading` stay hidden
                until found by the chosen search. Keep the tool catalogue unchanged across turns and
                replay assistant reasoning as received.
            parallel_tool_calls (bool | None | Unset): Allow several tool calls in one turn (the server assumes true when
                unset).
            stop_server_tools_when (list[StopServerToolsWhenFinishReasonIs | StopServerToolsWhenHasToolCall |
                StopServerToolsWhenMaxCost | StopServerToolsWhenMaxTokensUsed | StopServerToolsWhenStepCountIs] | Unset):
                Conditions that end OpenRouter's server-tool loop; the first one met wins.
            response_format (ResponseFormatGrammar | ResponseFormatJsonObject | ResponseFormatJsonSchema |
                ResponseFormatPython | ResponseFormatText | Unset): Constrains the shape of the answer, told apart by `type`.
            reasoning (ReasoningConfig | Unset): Reasoning ("thinking") settings. Give either `effort` or `max_tokens`, not
                both;
                `GET /models` reports which efforts each model accepts.
            reasoning_effort (None | ReasoningEffortKnown | str | Unset): Shorthand for `reasoning.effort`; must not
                contradict it.
            include_reasoning (bool | Unset): Older switch; true is like `reasoning: {}`, false like `reasoning: {exclude:
                true}`.
            provider (None | ProviderPreferences | Unset): Provider routing preferences for this request.
            route (ChatRouteModeKnown | None | str | Unset): Legacy routing mode; use `models` and `provider.sort` instead.
            plugins (list[AutoBetaRouterPlugin | AutoRouterPlugin | ContextCompressionPlugin | FileParserPlugin |
                FusionPlugin | GenericPlugin | ModerationPlugin | ParetoRouterPlugin | ResponseHealingPlugin | WebFetchPlugin |
                WebPlugin] | Unset): Plugins to run for this request, each identified by its `id`.
            session_id (str | Unset): Groups related requests; used as the sticky provider-routing key and for
                observability.
            user (str | Unset): Stable identifier of your end user; hashed before anything is sent upstream.
            metadata (RequestMetadata | Unset): Up to 16 string pairs stored with the request (keys up to 64 characters,
                values up to 512).
            trace (TraceConfig | Unset): Observability fields forwarded to configured broadcast destinations. The named keys
                are
                understood; any other key is passed on as custom metadata.
            service_tier (ChatServiceTierKnown | None | str | Unset): Processing tier to ask for. `fast` is an alias of
                `priority`.
            modalities (list[ChatOutputModalityKnown | str] | Unset): Output modalities wanted, for models that can produce
                images or audio.
            image_config (ImageConfig | Unset): Free-form settings for image-generating models, for example `aspect_ratio`
                or `image_size`.
            cache_control (CacheControl | Unset): Anthropic-style prompt-cache marker. On a content part it marks a
                breakpoint; at the top
                level of the request it asks for automatic breakpoints.
            prompt_cache_key (None | str | Unset): Key that helps the provider reuse a cached prompt prefix across requests.
            prompt_cache_options (None | PromptCacheOptions | Unset): Request-wide prompt-cache settings (OpenAI models that
                support explicit caching).
            debug (ChatDebugOptions | Unset): Debugging aids (streaming only).
            stream (bool | Unset): Return server-sent events instead of one JSON body (false when unset).
            stream_options (ChatStreamOptions | None | Unset):
            usage (ChatUsageOptions | Unset): No effect; usage is always returned.
            transforms (list[str] | Unset): Old prompt transforms such as `middle-out`; superseded by the `context-
                compression` plugin.
            preset (str | Unset): Slug of a saved preset whose settings apply to this request.
    """

    __slots__ = (
        "messages",
        "model",
        "models",
        "temperature",
        "top_p",
        "top_k",
        "min_p",
        "top_a",
        "frequency_penalty",
        "presence_penalty",
        "repetition_penalty",
        "seed",
        "max_tokens",
        "max_completion_tokens",
        "stop",
        "logit_bias",
        "logprobs",
        "top_logprobs",
        "prediction",
        "verbosity",
        "web_search_options",
        "tools",
        "tool_choice",
        "deferred_tools",
        "parallel_tool_calls",
        "stop_server_tools_when",
        "response_format",
        "reasoning",
        "reasoning_effort",
        "include_reasoning",
        "provider",
        "route",
        "plugins",
        "session_id",
        "user",
        "metadata",
        "trace",
        "service_tier",
        "modalities",
        "image_config",
        "cache_control",
        "prompt_cache_key",
        "prompt_cache_options",
        "debug",
        "stream",
        "stream_options",
        "usage",
        "transforms",
        "preset",
        "additional_properties",
    )

    messages: list[AssistantMessage | DeveloperMessage | SystemMessage | ToolMessage | UserMessage]
    model: str | Unset
    models: list[str] | Unset
    temperature: float | None | Unset
    top_p: float | None | Unset
    top_k: int | None | Unset
    min_p: float | None | Unset
    top_a: float | None | Unset
    frequency_penalty: float | None | Unset
    presence_penalty: float | None | Unset
    repetition_penalty: float | None | Unset
    seed: int | None | Unset
    max_tokens: int | None | Unset
    max_completion_tokens: int | None | Unset
    stop: list[str] | None | str | Unset
    logit_bias: LogitBias | None | Unset
    logprobs: bool | None | Unset
    top_logprobs: int | None | Unset
    prediction: None | Prediction | Unset
    verbosity: ChatCompletionRequestVerbosityKnown | str | Unset
    web_search_options: WebSearchOptions | Unset
    tools: list[ChatServerTool | FunctionTool] | Unset
    tool_choice: ChatNamedToolChoice | ChatServerToolChoice | ChatToolChoiceMode | Unset
    deferred_tools: DeferredToolsControl | Unset
    parallel_tool_calls: bool | None | Unset
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
    response_format: (
        ResponseFormatGrammar
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatPython
        | ResponseFormatText
        | Unset
    )
    reasoning: ReasoningConfig | Unset
    reasoning_effort: None | ReasoningEffortKnown | str | Unset
    include_reasoning: bool | Unset
    provider: None | ProviderPreferences | Unset
    route: ChatRouteModeKnown | None | str | Unset
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
    session_id: str | Unset
    user: str | Unset
    metadata: RequestMetadata | Unset
    trace: TraceConfig | Unset
    service_tier: ChatServiceTierKnown | None | str | Unset
    modalities: list[ChatOutputModalityKnown | str] | Unset
    image_config: ImageConfig | Unset
    cache_control: CacheControl | Unset
    prompt_cache_key: None | str | Unset
    prompt_cache_options: None | PromptCacheOptions | Unset
    debug: ChatDebugOptions | Unset
    stream: bool | Unset
    stream_options: ChatStreamOptions | None | Unset
    usage: ChatUsageOptions | Unset
    transforms: list[str] | Unset
    preset: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        messages: list[
            AssistantMessage | DeveloperMessage | SystemMessage | ToolMessage | UserMessage
        ],
        model: str | Unset = UNSET,
        models: list[str] | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        min_p: float | None | Unset = UNSET,
        top_a: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        repetition_penalty: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        logit_bias: LogitBias | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        prediction: None | Prediction | Unset = UNSET,
        verbosity: ChatCompletionRequestVerbosityKnown | str | Unset = UNSET,
        web_search_options: WebSearchOptions | Unset = UNSET,
        tools: list[ChatServerTool | FunctionTool] | Unset = UNSET,
        tool_choice: ChatNamedToolChoice
        | ChatServerToolChoice
        | ChatToolChoiceMode
        | Unset = UNSET,
        deferred_tools: DeferredToolsControl | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        stop_server_tools_when: list[
            StopServerToolsWhenFinishReasonIs
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenStepCountIs
        ]
        | Unset = UNSET,
        response_format: ResponseFormatGrammar
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatPython
        | ResponseFormatText
        | Unset = UNSET,
        reasoning: ReasoningConfig | Unset = UNSET,
        reasoning_effort: None | ReasoningEffortKnown | str | Unset = UNSET,
        include_reasoning: bool | Unset = UNSET,
        provider: None | ProviderPreferences | Unset = UNSET,
        route: ChatRouteModeKnown | None | str | Unset = UNSET,
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
        session_id: str | Unset = UNSET,
        user: str | Unset = UNSET,
        metadata: RequestMetadata | Unset = UNSET,
        trace: TraceConfig | Unset = UNSET,
        service_tier: ChatServiceTierKnown | None | str | Unset = UNSET,
        modalities: list[ChatOutputModalityKnown | str] | Unset = UNSET,
        image_config: ImageConfig | Unset = UNSET,
        cache_control: CacheControl | Unset = UNSET,
        prompt_cache_key: None | str | Unset = UNSET,
        prompt_cache_options: None | PromptCacheOptions | Unset = UNSET,
        debug: ChatDebugOptions | Unset = UNSET,
        stream: bool | Unset = UNSET,
        stream_options: ChatStreamOptions | None | Unset = UNSET,
        usage: ChatUsageOptions | Unset = UNSET,
        transforms: list[str] | Unset = UNSET,
        preset: str | Unset = UNSET,
    ) -> None:
        self.messages = messages
        self.model = model
        self.models = models
        self.temperature = temperature
        self.top_p = top_p
        self.top_k = top_k
        self.min_p = min_p
        self.top_a = top_a
        self.frequency_penalty = frequency_penalty
        self.presence_penalty = presence_penalty
        self.repetition_penalty = repetition_penalty
        self.seed = seed
        self.max_tokens = max_tokens
        self.max_completion_tokens = max_completion_tokens
        self.stop = stop
        self.logit_bias = logit_bias
        self.logprobs = logprobs
        self.top_logprobs = top_logprobs
        self.prediction = prediction
        self.verbosity = verbosity
        self.web_search_options = web_search_options
        self.tools = tools
        self.tool_choice = tool_choice
        self.deferred_tools = deferred_tools
        self.parallel_tool_calls = parallel_tool_calls
        self.stop_server_tools_when = stop_server_tools_when
        self.response_format = response_format
        self.reasoning = reasoning
        self.reasoning_effort = reasoning_effort
        self.include_reasoning = include_reasoning
        self.provider = provider
        self.route = route
        self.plugins = plugins
        self.session_id = session_id
        self.user = user
        self.metadata = metadata
        self.trace = trace
        self.service_tier = service_tier
        self.modalities = modalities
        self.image_config = image_config
        self.cache_control = cache_control
        self.prompt_cache_key = prompt_cache_key
        self.prompt_cache_options = prompt_cache_options
        self.debug = debug
        self.stream = stream
        self.stream_options = stream_options
        self.usage = usage
        self.transforms = transforms
        self.preset = preset
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            if isinstance(messages_item_data, SystemMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, DeveloperMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, UserMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, AssistantMessage):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        model = self.model

        models: list[str] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = self.models

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

        top_k: int | None | Unset
        if isinstance(self.top_k, Unset):
            top_k = UNSET
        else:
            top_k = self.top_k

        min_p: float | None | Unset
        if isinstance(self.min_p, Unset):
            min_p = UNSET
        else:
            min_p = self.min_p

        top_a: float | None | Unset
        if isinstance(self.top_a, Unset):
            top_a = UNSET
        else:
            top_a = self.top_a

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        repetition_penalty: float | None | Unset
        if isinstance(self.repetition_penalty, Unset):
            repetition_penalty = UNSET
        else:
            repetition_penalty = self.repetition_penalty

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        max_completion_tokens: int | None | Unset
        if isinstance(self.max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
            max_completion_tokens = self.max_completion_tokens

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        logit_bias: dict[str, Any] | None | Unset
        if isinstance(self.logit_bias, Unset):
            logit_bias = UNSET
        elif isinstance(self.logit_bias, LogitBias):
            logit_bias = self.logit_bias.to_dict()
        else:
            logit_bias = self.logit_bias

        logprobs: bool | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        else:
            logprobs = self.logprobs

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        prediction: dict[str, Any] | None | Unset
        if isinstance(self.prediction, Unset):
            prediction = UNSET
        elif isinstance(self.prediction, Prediction):
            prediction = self.prediction.to_dict()
        else:
            prediction = self.prediction

        verbosity: str | Unset
        if isinstance(self.verbosity, Unset):
            verbosity = UNSET
        elif isinstance(self.verbosity, ChatCompletionRequestVerbosityKnown):
            verbosity = self.verbosity.value
        else:
            verbosity = self.verbosity

        web_search_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.web_search_options, Unset):
            web_search_options = self.web_search_options.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, FunctionTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ChatToolChoiceMode):
            tool_choice = self.tool_choice.value
        elif isinstance(self.tool_choice, ChatNamedToolChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.to_dict()

        deferred_tools: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deferred_tools, Unset):
            deferred_tools = self.deferred_tools.to_dict()

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

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

        response_format: dict[str, Any] | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ResponseFormatText):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonObject):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonSchema):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatGrammar):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format.to_dict()

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, ReasoningEffortKnown):
            reasoning_effort = self.reasoning_effort.value
        else:
            reasoning_effort = self.reasoning_effort

        include_reasoning = self.include_reasoning

        provider: dict[str, Any] | None | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, ProviderPreferences):
            provider = self.provider.to_dict()
        else:
            provider = self.provider

        route: None | str | Unset
        if isinstance(self.route, Unset):
            route = UNSET
        elif isinstance(self.route, ChatRouteModeKnown):
            route = self.route.value
        else:
            route = self.route

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

        session_id = self.session_id

        user = self.user

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        trace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trace, Unset):
            trace = self.trace.to_dict()

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        elif isinstance(self.service_tier, ChatServiceTierKnown):
            service_tier = self.service_tier.value
        else:
            service_tier = self.service_tier

        modalities: list[str] | Unset = UNSET
        if not isinstance(self.modalities, Unset):
            modalities = []
            for modalities_item_data in self.modalities:
                modalities_item: str
                if isinstance(modalities_item_data, ChatOutputModalityKnown):
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

        debug: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug, Unset):
            debug = self.debug.to_dict()

        stream = self.stream

        stream_options: dict[str, Any] | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        elif isinstance(self.stream_options, ChatStreamOptions):
            stream_options = self.stream_options.to_dict()
        else:
            stream_options = self.stream_options

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        transforms: list[str] | Unset = UNSET
        if not isinstance(self.transforms, Unset):
            transforms = self.transforms

        preset = self.preset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if models is not UNSET:
            field_dict["models"] = models
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if min_p is not UNSET:
            field_dict["min_p"] = min_p
        if top_a is not UNSET:
            field_dict["top_a"] = top_a
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if repetition_penalty is not UNSET:
            field_dict["repetition_penalty"] = repetition_penalty
        if seed is not UNSET:
            field_dict["seed"] = seed
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if stop is not UNSET:
            field_dict["stop"] = stop
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if prediction is not UNSET:
            field_dict["prediction"] = prediction
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity
        if web_search_options is not UNSET:
            field_dict["web_search_options"] = web_search_options
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if deferred_tools is not UNSET:
            field_dict["deferred_tools"] = deferred_tools
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if stop_server_tools_when is not UNSET:
            field_dict["stop_server_tools_when"] = stop_server_tools_when
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if include_reasoning is not UNSET:
            field_dict["include_reasoning"] = include_reasoning
        if provider is not UNSET:
            field_dict["provider"] = provider
        if route is not UNSET:
            field_dict["route"] = route
        if plugins is not UNSET:
            field_dict["plugins"] = plugins
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if user is not UNSET:
            field_dict["user"] = user
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if trace is not UNSET:
            field_dict["trace"] = trace
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if image_config is not UNSET:
            field_dict["image_config"] = image_config
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if debug is not UNSET:
            field_dict["debug"] = debug
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if usage is not UNSET:
            field_dict["usage"] = usage
        if transforms is not UNSET:
            field_dict["transforms"] = transforms
        if preset is not UNSET:
            field_dict["preset"] = preset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_messages_item(
            data: object,
        ) -> AssistantMessage | DeveloperMessage | SystemMessage | ToolMessage | UserMessage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_message_type_0 = SystemMessage.from_dict(data)

                return componentsschemas_chat_message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_message_type_1 = DeveloperMessage.from_dict(data)

                return componentsschemas_chat_message_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_message_type_2 = UserMessage.from_dict(data)

                return componentsschemas_chat_message_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_message_type_3 = AssistantMessage.from_dict(data)

                return componentsschemas_chat_message_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_chat_message_type_4 = ToolMessage.from_dict(data)

            return componentsschemas_chat_message_type_4

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = _parse_messages_item(messages_item_data)
            messages.append(messages_item)

        model = d.pop("model", UNSET)

        models = cast("list[str]", d.pop("models", UNSET))

        temperature = cast("float | None | Unset", d.pop("temperature", UNSET))

        top_p = cast("float | None | Unset", d.pop("top_p", UNSET))

        top_k = cast("int | None | Unset", d.pop("top_k", UNSET))

        min_p = cast("float | None | Unset", d.pop("min_p", UNSET))

        top_a = cast("float | None | Unset", d.pop("top_a", UNSET))

        frequency_penalty = cast("float | None | Unset", d.pop("frequency_penalty", UNSET))

        presence_penalty = cast("float | None | Unset", d.pop("presence_penalty", UNSET))

        repetition_penalty = cast("float | None | Unset", d.pop("repetition_penalty", UNSET))

        seed = cast("int | None | Unset", d.pop("seed", UNSET))

        max_tokens = cast("int | None | Unset", d.pop("max_tokens", UNSET))

        max_completion_tokens = cast("int | None | Unset", d.pop("max_completion_tokens", UNSET))

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

        def _parse_logit_bias(data: object) -> LogitBias | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logit_bias_type_0 = LogitBias.from_dict(data)

                return logit_bias_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("LogitBias | None | Unset", data)

        logit_bias = _parse_logit_bias(d.pop("logit_bias", UNSET))

        logprobs = cast("bool | None | Unset", d.pop("logprobs", UNSET))

        top_logprobs = cast("int | None | Unset", d.pop("top_logprobs", UNSET))

        def _parse_prediction(data: object) -> None | Prediction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prediction_type_0 = Prediction.from_dict(data)

                return prediction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Prediction | Unset", data)

        prediction = _parse_prediction(d.pop("prediction", UNSET))

        def _parse_verbosity(data: object) -> ChatCompletionRequestVerbosityKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verbosity_verbosity_known = ChatCompletionRequestVerbosityKnown._parse(data)

                return verbosity_verbosity_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ChatCompletionRequestVerbosityKnown | str | Unset", data)

        verbosity = _parse_verbosity(d.pop("verbosity", UNSET))

        _web_search_options = d.pop("web_search_options", UNSET)
        web_search_options: WebSearchOptions | Unset
        if isinstance(_web_search_options, Unset):
            web_search_options = UNSET
        else:
            web_search_options = WebSearchOptions.from_dict(_web_search_options)

        def _parse_tools_item(data: object) -> ChatServerTool | FunctionTool:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tools_item_type_0 = FunctionTool.from_dict(data)

                return tools_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tools_item_type_1 = ChatServerTool.from_dict(data)

            return tools_item_type_1

        _tools = d.pop("tools", UNSET)
        tools: list[ChatServerTool | FunctionTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = _parse_tools_item(tools_item_data)
                tools.append(tools_item)

        def _parse_tool_choice(
            data: object,
        ) -> ChatNamedToolChoice | ChatServerToolChoice | ChatToolChoiceMode | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tool_choice_type_0 = ChatToolChoiceMode._parse(data)

                return tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_1 = ChatNamedToolChoice.from_dict(data)

                return tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tool_choice_type_2 = ChatServerToolChoice.from_dict(data)

            return tool_choice_type_2

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        _deferred_tools = d.pop("deferred_tools", UNSET)
        deferred_tools: DeferredToolsControl | Unset
        if isinstance(_deferred_tools, Unset):
            deferred_tools = UNSET
        else:
            deferred_tools = DeferredToolsControl.from_dict(_deferred_tools)

        parallel_tool_calls = cast("bool | None | Unset", d.pop("parallel_tool_calls", UNSET))

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

        def _parse_response_format(
            data: object,
        ) -> (
            ResponseFormatGrammar
            | ResponseFormatJsonObject
            | ResponseFormatJsonSchema
            | ResponseFormatPython
            | ResponseFormatText
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_response_format_type_0 = ResponseFormatText.from_dict(data)

                return componentsschemas_chat_response_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_response_format_type_1 = ResponseFormatJsonObject.from_dict(
                    data
                )

                return componentsschemas_chat_response_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_response_format_type_2 = ResponseFormatJsonSchema.from_dict(
                    data
                )

                return componentsschemas_chat_response_format_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_response_format_type_3 = ResponseFormatGrammar.from_dict(
                    data
                )

                return componentsschemas_chat_response_format_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_chat_response_format_type_4 = ResponseFormatPython.from_dict(data)

            return componentsschemas_chat_response_format_type_4

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        _reasoning = d.pop("reasoning", UNSET)
        reasoning: ReasoningConfig | Unset
        if isinstance(_reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = ReasoningConfig.from_dict(_reasoning)

        def _parse_reasoning_effort(data: object) -> None | ReasoningEffortKnown | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_reasoning_effort_type_0 = ReasoningEffortKnown._parse(data)

                return componentsschemas_reasoning_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ReasoningEffortKnown | str | Unset", data)

        reasoning_effort = _parse_reasoning_effort(d.pop("reasoning_effort", UNSET))

        include_reasoning = d.pop("include_reasoning", UNSET)

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

        def _parse_route(data: object) -> ChatRouteModeKnown | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_chat_route_mode_type_0 = ChatRouteModeKnown._parse(data)

                return componentsschemas_chat_route_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ChatRouteModeKnown | None | str | Unset", data)

        route = _parse_route(d.pop("route", UNSET))

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

        session_id = d.pop("session_id", UNSET)

        user = d.pop("user", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: RequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = RequestMetadata.from_dict(_metadata)

        _trace = d.pop("trace", UNSET)
        trace: TraceConfig | Unset
        if isinstance(_trace, Unset):
            trace = UNSET
        else:
            trace = TraceConfig.from_dict(_trace)

        def _parse_service_tier(data: object) -> ChatServiceTierKnown | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_chat_service_tier_type_0 = ChatServiceTierKnown._parse(data)

                return componentsschemas_chat_service_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ChatServiceTierKnown | None | str | Unset", data)

        service_tier = _parse_service_tier(d.pop("service_tier", UNSET))

        def _parse_modalities_item(data: object) -> ChatOutputModalityKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_chat_output_modality_type_0 = ChatOutputModalityKnown._parse(data)

                return componentsschemas_chat_output_modality_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ChatOutputModalityKnown | str", data)

        _modalities = d.pop("modalities", UNSET)
        modalities: list[ChatOutputModalityKnown | str] | Unset = UNSET
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

        _debug = d.pop("debug", UNSET)
        debug: ChatDebugOptions | Unset
        if isinstance(_debug, Unset):
            debug = UNSET
        else:
            debug = ChatDebugOptions.from_dict(_debug)

        stream = d.pop("stream", UNSET)

        def _parse_stream_options(data: object) -> ChatStreamOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stream_options_type_0 = ChatStreamOptions.from_dict(data)

                return stream_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ChatStreamOptions | None | Unset", data)

        stream_options = _parse_stream_options(d.pop("stream_options", UNSET))

        _usage = d.pop("usage", UNSET)
        usage: ChatUsageOptions | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = ChatUsageOptions.from_dict(_usage)

        transforms = cast("list[str]", d.pop("transforms", UNSET))

        preset = d.pop("preset", UNSET)

        chat_completion_request = cls(
            messages=messages,
            model=model,
            models=models,
            temperature=temperature,
            top_p=top_p,
            top_k=top_k,
            min_p=min_p,
            top_a=top_a,
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            repetition_penalty=repetition_penalty,
            seed=seed,
            max_tokens=max_tokens,
            max_completion_tokens=max_completion_tokens,
            stop=stop,
            logit_bias=logit_bias,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            prediction=prediction,
            verbosity=verbosity,
            web_search_options=web_search_options,
            tools=tools,
            tool_choice=tool_choice,
            deferred_tools=deferred_tools,
            parallel_tool_calls=parallel_tool_calls,
            stop_server_tools_when=stop_server_tools_when,
            response_format=response_format,
            reasoning=reasoning,
            reasoning_effort=reasoning_effort,
            include_reasoning=include_reasoning,
            provider=provider,
            route=route,
            plugins=plugins,
            session_id=session_id,
            user=user,
            metadata=metadata,
            trace=trace,
            service_tier=service_tier,
            modalities=modalities,
            image_config=image_config,
            cache_control=cache_control,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_options=prompt_cache_options,
            debug=debug,
            stream=stream,
            stream_options=stream_options,
            usage=usage,
            transforms=transforms,
            preset=preset,
        )

        chat_completion_request.additional_properties = d
        return chat_completion_request

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
from ..models.assistant_message import AssistantMessage  # noqa: E402
from ..models.auto_beta_router_plugin import AutoBetaRouterPlugin  # noqa: E402
from ..models.auto_router_plugin import AutoRouterPlugin  # noqa: E402
from ..models.cache_control import CacheControl  # noqa: E402
from ..models.chat_debug_options import ChatDebugOptions  # noqa: E402
from ..models.chat_named_tool_choice import ChatNamedToolChoice  # noqa: E402
from ..models.chat_server_tool import ChatServerTool  # noqa: E402
from ..models.chat_server_tool_choice import ChatServerToolChoice  # noqa: E402
from ..models.chat_stream_options import ChatStreamOptions  # noqa: E402
from ..models.chat_usage_options import ChatUsageOptions  # noqa: E402
from ..models.context_compression_plugin import ContextCompressionPlugin  # noqa: E402
from ..models.deferred_tools_control import DeferredToolsControl  # noqa: E402
from ..models.developer_message import DeveloperMessage  # noqa: E402
from ..models.file_parser_plugin import FileParserPlugin  # noqa: E402
from ..models.function_tool import FunctionTool  # noqa: E402
from ..models.fusion_plugin import FusionPlugin  # noqa: E402
from ..models.generic_plugin import GenericPlugin  # noqa: E402
from ..models.image_config import ImageConfig  # noqa: E402
from ..models.logit_bias import LogitBias  # noqa: E402
from ..models.moderation_plugin import ModerationPlugin  # noqa: E402
from ..models.pareto_router_plugin import ParetoRouterPlugin  # noqa: E402
from ..models.prediction import Prediction  # noqa: E402
from ..models.prompt_cache_options import PromptCacheOptions  # noqa: E402
from ..models.provider_preferences import ProviderPreferences  # noqa: E402
from ..models.reasoning_config import ReasoningConfig  # noqa: E402
from ..models.request_metadata import RequestMetadata  # noqa: E402
from ..models.response_format_grammar import ResponseFormatGrammar  # noqa: E402
from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: E402
from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: E402
from ..models.response_format_python import ResponseFormatPython  # noqa: E402
from ..models.response_format_text import ResponseFormatText  # noqa: E402
from ..models.response_healing_plugin import ResponseHealingPlugin  # noqa: E402
from ..models.stop_server_tools_when_finish_reason_is import StopServerToolsWhenFinishReasonIs  # noqa: E402
from ..models.stop_server_tools_when_has_tool_call import StopServerToolsWhenHasToolCall  # noqa: E402
from ..models.stop_server_tools_when_max_cost import StopServerToolsWhenMaxCost  # noqa: E402
from ..models.stop_server_tools_when_max_tokens_used import StopServerToolsWhenMaxTokensUsed  # noqa: E402
from ..models.stop_server_tools_when_step_count_is import StopServerToolsWhenStepCountIs  # noqa: E402
from ..models.system_message import SystemMessage  # noqa: E402
from ..models.tool_message import ToolMessage  # noqa: E402
from ..models.trace_config import TraceConfig  # noqa: E402
from ..models.user_message import UserMessage  # noqa: E402
from ..models.web_fetch_plugin import WebFetchPlugin  # noqa: E402
from ..models.web_plugin import WebPlugin  # noqa: E402
from ..models.web_search_options import WebSearchOptions  # noqa: E402
