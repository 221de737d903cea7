from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.create_message_request_speed_known import CreateMessageRequestSpeedKnown
from ..types import UNSET, Unset
from ..types import Model as _Model


class CreateMessageRequest(_Model):
    """An Anthropic Messages request, plus OpenRouter routing fields.

    Attributes:
        model (str): Model slug, for example `anthropic/claude-sonnet-4.5` (any OpenRouter model works).
        messages (list[AnthropicInputMessage]):
        max_tokens (int | Unset): Upper bound on generated tokens.
        system (list[AnthropicTextBlockParam] | str | Unset): System prompt, as text or text blocks.
        stop_sequences (list[str] | Unset):
        temperature (float | Unset):
        top_p (float | Unset):
        top_k (int | Unset):
        tools (list[AnthropicBashTool | AnthropicCustomTool | AnthropicTextEditorTool | AnthropicWebSearchTool |
            ChatServerTool | OpenRouterDatetimeTool | OpenRouterWebFetchTool | OpenRouterWebSearchTool] | Unset):
        tool_choice (AnthropicToolChoiceAny | AnthropicToolChoiceAuto | AnthropicToolChoiceNone |
            AnthropicToolChoiceTool | Unset): How the model should use tools.
        thinking (AnthropicThinkingAdaptive | AnthropicThinkingDisabled | AnthropicThinkingEnabled | Unset): Extended
            thinking settings.
        output_config (AnthropicOutputConfig | Unset): Output effort, structured format and task budget.
        speed (CreateMessageRequestSpeedKnown | str | Unset): Ask for the faster (pricier) serving mode where offered.
        context_management (AnthropicContextManagement | None | Unset):
        metadata (AnthropicRequestMetadata | Unset):
        cache_control (CacheControl | Unset): Anthropic-style prompt-cache marker. On a content part it marks a
            breakpoint; at the top
            level of the request it asks for automatic breakpoints.
        service_tier (str | Unset): Requested service tier.
        stream (bool | Unset): Stream named server-sent events (off when omitted).
        models (list[str] | Unset): Fallback models, tried in order when the first one fails; cannot be combined with
            `fallbacks`.
        fallbacks (list[AnthropicFallbackModel] | Unset): Up to three fallback models in Anthropic style; cannot be
            combined with `models`.
        provider (None | ProviderPreferences | Unset): Provider routing preferences.
        plugins (list[AutoBetaRouterPlugin | AutoRouterPlugin | ContextCompressionPlugin | FileParserPlugin |
            FusionPlugin | GenericPlugin | ModerationPlugin | ParetoRouterPlugin | ResponseHealingPlugin | WebFetchPlugin |
            WebPlugin] | Unset):
        session_id (str | Unset): Groups related requests for observability and sticky routing.
        user (str | Unset): A stable identifier of your end user.
        trace (TraceConfig | Unset): Observability fields forwarded to configured broadcast destinations. The named keys
            are
            understood; any other key is passed on as custom metadata.
        stop_server_tools_when (list[StopServerToolsWhenFinishReasonIs | StopServerToolsWhenHasToolCall |
            StopServerToolsWhenMaxCost | StopServerToolsWhenMaxTokensUsed | StopServerToolsWhenStepCountIs] | Unset):
    """

    __slots__ = (
        "model",
        "messages",
        "max_tokens",
        "system",
        "stop_sequences",
        "temperature",
        "top_p",
        "top_k",
        "tools",
        "tool_choice",
        "thinking",
        "output_config",
        "speed",
        "context_management",
        "metadata",
        "cache_control",
        "service_tier",
        "stream",
        "models",
        "fallbacks",
        "provider",
        "plugins",
        "session_id",
        "user",
        "trace",
        "stop_server_tools_when",
        "additional_properties",
    )

    model: str
    messages: list[AnthropicInputMessage]
    max_tokens: int | Unset
    system: list[AnthropicTextBlockParam] | str | Unset
    stop_sequences: list[str] | Unset
    temperature: float | Unset
    top_p: float | Unset
    top_k: int | Unset
    tools: (
        list[
            AnthropicBashTool
            | AnthropicCustomTool
            | AnthropicTextEditorTool
            | AnthropicWebSearchTool
            | ChatServerTool
            | OpenRouterDatetimeTool
            | OpenRouterWebFetchTool
            | OpenRouterWebSearchTool
        ]
        | Unset
    )
    tool_choice: (
        AnthropicToolChoiceAny
        | AnthropicToolChoiceAuto
        | AnthropicToolChoiceNone
        | AnthropicToolChoiceTool
        | Unset
    )
    thinking: (
        AnthropicThinkingAdaptive | AnthropicThinkingDisabled | AnthropicThinkingEnabled | Unset
    )
    output_config: AnthropicOutputConfig | Unset
    speed: CreateMessageRequestSpeedKnown | str | Unset
    context_management: AnthropicContextManagement | None | Unset
    metadata: AnthropicRequestMetadata | Unset
    cache_control: CacheControl | Unset
    service_tier: str | Unset
    stream: bool | Unset
    models: list[str] | Unset
    fallbacks: list[AnthropicFallbackModel] | Unset
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
    session_id: str | Unset
    user: str | Unset
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
    additional_properties: dict[str, Any]

    def __init__(
        self,
        model: str,
        messages: list[AnthropicInputMessage],
        max_tokens: int | Unset = UNSET,
        system: list[AnthropicTextBlockParam] | str | Unset = UNSET,
        stop_sequences: list[str] | Unset = UNSET,
        temperature: float | Unset = UNSET,
        top_p: float | Unset = UNSET,
        top_k: int | Unset = UNSET,
        tools: list[
            AnthropicBashTool
            | AnthropicCustomTool
            | AnthropicTextEditorTool
            | AnthropicWebSearchTool
            | ChatServerTool
            | OpenRouterDatetimeTool
            | OpenRouterWebFetchTool
            | OpenRouterWebSearchTool
        ]
        | Unset = UNSET,
        tool_choice: AnthropicToolChoiceAny
        | AnthropicToolChoiceAuto
        | AnthropicToolChoiceNone
        | AnthropicToolChoiceTool
        | Unset = UNSET,
        thinking: AnthropicThinkingAdaptive
        | AnthropicThinkingDisabled
        | AnthropicThinkingEnabled
        | Unset = UNSET,
        output_config: AnthropicOutputConfig | Unset = UNSET,
        speed: CreateMessageRequestSpeedKnown | str | Unset = UNSET,
        context_management: AnthropicContextManagement | None | Unset = UNSET,
        metadata: AnthropicRequestMetadata | Unset = UNSET,
        cache_control: CacheControl | Unset = UNSET,
        service_tier: str | Unset = UNSET,
        stream: bool | Unset = UNSET,
        models: list[str] | Unset = UNSET,
        fallbacks: list[AnthropicFallbackModel] | Unset = UNSET,
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
        session_id: str | Unset = UNSET,
        user: str | Unset = UNSET,
        trace: TraceConfig | Unset = UNSET,
        stop_server_tools_when: list[
            StopServerToolsWhenFinishReasonIs
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenStepCountIs
        ]
        | Unset = UNSET,
    ) -> None:
        self.model = model
        self.messages = messages
        self.max_tokens = max_tokens
        self.system = system
        self.stop_sequences = stop_sequences
        self.temperature = temperature
        self.top_p = top_p
        self.top_k = top_k
        self.tools = tools
        self.tool_choice = tool_choice
        self.thinking = thinking
        self.output_config = output_config
        self.speed = speed
        self.context_management = context_management
        self.metadata = metadata
        self.cache_control = cache_control
        self.service_tier = service_tier
        self.stream = stream
        self.models = models
        self.fallbacks = fallbacks
        self.provider = provider
        self.plugins = plugins
        self.session_id = session_id
        self.user = user
        self.trace = trace
        self.stop_server_tools_when = stop_server_tools_when
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        max_tokens = self.max_tokens

        system: list[dict[str, Any]] | str | Unset
        if isinstance(self.system, Unset):
            system = UNSET
        elif isinstance(self.system, list):
            system = []
            for system_type_1_item_data in self.system:
                system_type_1_item = system_type_1_item_data.to_dict()
                system.append(system_type_1_item)

        else:
            system = self.system

        stop_sequences: list[str] | Unset = UNSET
        if not isinstance(self.stop_sequences, Unset):
            stop_sequences = self.stop_sequences

        temperature = self.temperature

        top_p = self.top_p

        top_k = self.top_k

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, AnthropicWebSearchTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, AnthropicBashTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, AnthropicTextEditorTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, OpenRouterWebSearchTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, OpenRouterWebFetchTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, OpenRouterDatetimeTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, AnthropicCustomTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        tool_choice: dict[str, Any] | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, AnthropicToolChoiceAuto):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, AnthropicToolChoiceAny):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, AnthropicToolChoiceNone):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.to_dict()

        thinking: dict[str, Any] | Unset
        if isinstance(self.thinking, Unset):
            thinking = UNSET
        elif isinstance(self.thinking, AnthropicThinkingEnabled):
            thinking = self.thinking.to_dict()
        elif isinstance(self.thinking, AnthropicThinkingDisabled):
            thinking = self.thinking.to_dict()
        else:
            thinking = self.thinking.to_dict()

        output_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_config, Unset):
            output_config = self.output_config.to_dict()

        speed: str | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        elif isinstance(self.speed, CreateMessageRequestSpeedKnown):
            speed = self.speed.value
        else:
            speed = self.speed

        context_management: dict[str, Any] | None | Unset
        if isinstance(self.context_management, Unset):
            context_management = UNSET
        elif isinstance(self.context_management, AnthropicContextManagement):
            context_management = self.context_management.to_dict()
        else:
            context_management = self.context_management

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        service_tier = self.service_tier

        stream = self.stream

        models: list[str] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = self.models

        fallbacks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fallbacks, Unset):
            fallbacks = []
            for fallbacks_item_data in self.fallbacks:
                fallbacks_item = fallbacks_item_data.to_dict()
                fallbacks.append(fallbacks_item)

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

        session_id = self.session_id

        user = self.user

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "messages": messages,
            }
        )
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if system is not UNSET:
            field_dict["system"] = system
        if stop_sequences is not UNSET:
            field_dict["stop_sequences"] = stop_sequences
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if output_config is not UNSET:
            field_dict["output_config"] = output_config
        if speed is not UNSET:
            field_dict["speed"] = speed
        if context_management is not UNSET:
            field_dict["context_management"] = context_management
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if stream is not UNSET:
            field_dict["stream"] = stream
        if models is not UNSET:
            field_dict["models"] = models
        if fallbacks is not UNSET:
            field_dict["fallbacks"] = fallbacks
        if provider is not UNSET:
            field_dict["provider"] = provider
        if plugins is not UNSET:
            field_dict["plugins"] = plugins
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if user is not UNSET:
            field_dict["user"] = user
        if trace is not UNSET:
            field_dict["trace"] = trace
        if stop_server_tools_when is not UNSET:
            field_dict["stop_server_tools_when"] = stop_server_tools_when

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = AnthropicInputMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        max_tokens = d.pop("max_tokens", UNSET)

        def _parse_system(data: object) -> list[AnthropicTextBlockParam] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                system_type_1 = []
                _system_type_1 = data
                for system_type_1_item_data in _system_type_1:
                    system_type_1_item = AnthropicTextBlockParam.from_dict(system_type_1_item_data)

                    system_type_1.append(system_type_1_item)

                return system_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[AnthropicTextBlockParam] | str | Unset", data)

        system = _parse_system(d.pop("system", UNSET))

        stop_sequences = cast("list[str]", d.pop("stop_sequences", UNSET))

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        top_k = d.pop("top_k", UNSET)

        def _parse_tools_item(
            data: object,
        ) -> (
            AnthropicBashTool
            | AnthropicCustomTool
            | AnthropicTextEditorTool
            | AnthropicWebSearchTool
            | ChatServerTool
            | OpenRouterDatetimeTool
            | OpenRouterWebFetchTool
            | OpenRouterWebSearchTool
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_anthropic_tool_type_0 = AnthropicWebSearchTool.from_dict(data)

                return componentsschemas_anthropic_tool_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_anthropic_tool_type_1 = AnthropicBashTool.from_dict(data)

                return componentsschemas_anthropic_tool_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_anthropic_tool_type_2 = AnthropicTextEditorTool.from_dict(data)

                return componentsschemas_anthropic_tool_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_anthropic_tool_type_3 = OpenRouterWebSearchTool.from_dict(data)

                return componentsschemas_anthropic_tool_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_anthropic_tool_type_4 = OpenRouterWebFetchTool.from_dict(data)

                return componentsschemas_anthropic_tool_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_anthropic_tool_type_5 = OpenRouterDatetimeTool.from_dict(data)

                return componentsschemas_anthropic_tool_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_anthropic_tool_type_6 = AnthropicCustomTool.from_dict(data)

                return componentsschemas_anthropic_tool_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_anthropic_tool_type_7 = ChatServerTool.from_dict(data)

            return componentsschemas_anthropic_tool_type_7

        _tools = d.pop("tools", UNSET)
        tools: (
            list[
                AnthropicBashTool
                | AnthropicCustomTool
                | AnthropicTextEditorTool
                | AnthropicWebSearchTool
                | ChatServerTool
                | OpenRouterDatetimeTool
                | OpenRouterWebFetchTool
                | OpenRouterWebSearchTool
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
            AnthropicToolChoiceAny
            | AnthropicToolChoiceAuto
            | AnthropicToolChoiceNone
            | AnthropicToolChoiceTool
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_anthropic_tool_choice_type_0 = AnthropicToolChoiceAuto.from_dict(
                    data
                )

                return componentsschemas_anthropic_tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_anthropic_tool_choice_type_1 = AnthropicToolChoiceAny.from_dict(
                    data
                )

                return componentsschemas_anthropic_tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_anthropic_tool_choice_type_2 = AnthropicToolChoiceNone.from_dict(
                    data
                )

                return componentsschemas_anthropic_tool_choice_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_anthropic_tool_choice_type_3 = AnthropicToolChoiceTool.from_dict(data)

            return componentsschemas_anthropic_tool_choice_type_3

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        def _parse_thinking(
            data: object,
        ) -> (
            AnthropicThinkingAdaptive | AnthropicThinkingDisabled | AnthropicThinkingEnabled | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_anthropic_thinking_config_type_0 = (
                    AnthropicThinkingEnabled.from_dict(data)
                )

                return componentsschemas_anthropic_thinking_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_anthropic_thinking_config_type_1 = (
                    AnthropicThinkingDisabled.from_dict(data)
                )

                return componentsschemas_anthropic_thinking_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_anthropic_thinking_config_type_2 = (
                AnthropicThinkingAdaptive.from_dict(data)
            )

            return componentsschemas_anthropic_thinking_config_type_2

        thinking = _parse_thinking(d.pop("thinking", UNSET))

        _output_config = d.pop("output_config", UNSET)
        output_config: AnthropicOutputConfig | Unset
        if isinstance(_output_config, Unset):
            output_config = UNSET
        else:
            output_config = AnthropicOutputConfig.from_dict(_output_config)

        def _parse_speed(data: object) -> CreateMessageRequestSpeedKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                speed_speed_known = CreateMessageRequestSpeedKnown._parse(data)

                return speed_speed_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CreateMessageRequestSpeedKnown | str | Unset", data)

        speed = _parse_speed(d.pop("speed", UNSET))

        def _parse_context_management(data: object) -> AnthropicContextManagement | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                context_management_type_0 = AnthropicContextManagement.from_dict(data)

                return context_management_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AnthropicContextManagement | None | Unset", data)

        context_management = _parse_context_management(d.pop("context_management", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: AnthropicRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AnthropicRequestMetadata.from_dict(_metadata)

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: CacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = CacheControl.from_dict(_cache_control)

        service_tier = d.pop("service_tier", UNSET)

        stream = d.pop("stream", UNSET)

        models = cast("list[str]", d.pop("models", UNSET))

        _fallbacks = d.pop("fallbacks", UNSET)
        fallbacks: list[AnthropicFallbackModel] | Unset = UNSET
        if _fallbacks is not UNSET:
            fallbacks = []
            for fallbacks_item_data in _fallbacks:
                fallbacks_item = AnthropicFallbackModel.from_dict(fallbacks_item_data)

                fallbacks.append(fallbacks_item)

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

        session_id = d.pop("session_id", UNSET)

        user = d.pop("user", UNSET)

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

        create_message_request = cls(
            model=model,
            messages=messages,
            max_tokens=max_tokens,
            system=system,
            stop_sequences=stop_sequences,
            temperature=temperature,
            top_p=top_p,
            top_k=top_k,
            tools=tools,
            tool_choice=tool_choice,
            thinking=thinking,
            output_config=output_config,
            speed=speed,
            context_management=context_management,
            metadata=metadata,
            cache_control=cache_control,
            service_tier=service_tier,
            stream=stream,
            models=models,
            fallbacks=fallbacks,
            provider=provider,
            plugins=plugins,
            session_id=session_id,
            user=user,
            trace=trace,
            stop_server_tools_when=stop_server_tools_when,
        )

        create_message_request.additional_properties = d
        return create_message_request

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
from ..models.anthropic_bash_tool import AnthropicBashTool  # noqa: E402
from ..models.anthropic_context_management import AnthropicContextManagement  # noqa: E402
from ..models.anthropic_custom_tool import AnthropicCustomTool  # noqa: E402
from ..models.anthropic_fallback_model import AnthropicFallbackModel  # noqa: E402
from ..models.anthropic_input_message import AnthropicInputMessage  # noqa: E402
from ..models.anthropic_output_config import AnthropicOutputConfig  # noqa: E402
from ..models.anthropic_request_metadata import AnthropicRequestMetadata  # noqa: E402
from ..models.anthropic_text_block_param import AnthropicTextBlockParam  # noqa: E402
from ..models.anthropic_text_editor_tool import AnthropicTextEditorTool  # noqa: E402
from ..models.anthropic_thinking_adaptive import AnthropicThinkingAdaptive  # noqa: E402
from ..models.anthropic_thinking_disabled import AnthropicThinkingDisabled  # noqa: E402
from ..models.anthropic_thinking_enabled import AnthropicThinkingEnabled  # noqa: E402
from ..models.anthropic_tool_choice_any import AnthropicToolChoiceAny  # noqa: E402
from ..models.anthropic_tool_choice_auto import AnthropicToolChoiceAuto  # noqa: E402
from ..models.anthropic_tool_choice_none import AnthropicToolChoiceNone  # noqa: E402
from ..models.anthropic_tool_choice_tool import AnthropicToolChoiceTool  # noqa: E402
from ..models.anthropic_web_search_tool import AnthropicWebSearchTool  # noqa: E402
from ..models.auto_beta_router_plugin import AutoBetaRouterPlugin  # noqa: E402
from ..models.auto_router_plugin import AutoRouterPlugin  # noqa: E402
from ..models.cache_control import CacheControl  # noqa: E402
from ..models.chat_server_tool import ChatServerTool  # noqa: E402
from ..models.context_compression_plugin import ContextCompressionPlugin  # noqa: E402
from ..models.file_parser_plugin import FileParserPlugin  # noqa: E402
from ..models.fusion_plugin import FusionPlugin  # noqa: E402
from ..models.generic_plugin import GenericPlugin  # noqa: E402
from ..models.moderation_plugin import ModerationPlugin  # noqa: E402
from ..models.open_router_datetime_tool import OpenRouterDatetimeTool  # noqa: E402
from ..models.open_router_web_fetch_tool import OpenRouterWebFetchTool  # noqa: E402
from ..models.open_router_web_search_tool import OpenRouterWebSearchTool  # noqa: E402
from ..models.pareto_router_plugin import ParetoRouterPlugin  # noqa: E402
from ..models.provider_preferences import ProviderPreferences  # noqa: E402
from ..models.response_healing_plugin import ResponseHealingPlugin  # noqa: E402
from ..models.stop_server_tools_when_finish_reason_is import StopServerToolsWhenFinishReasonIs  # noqa: E402
from ..models.stop_server_tools_when_has_tool_call import StopServerToolsWhenHasToolCall  # noqa: E402
from ..models.stop_server_tools_when_max_cost import StopServerToolsWhenMaxCost  # noqa: E402
from ..models.stop_server_tools_when_max_tokens_used import StopServerToolsWhenMaxTokensUsed  # noqa: E402
from ..models.stop_server_tools_when_step_count_is import StopServerToolsWhenStepCountIs  # noqa: E402
from ..models.trace_config import TraceConfig  # noqa: E402
from ..models.web_fetch_plugin import WebFetchPlugin  # noqa: E402
from ..models.web_plugin import WebPlugin  # noqa: E402
