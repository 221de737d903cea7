from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.reasoning_config_context_known import ReasoningConfigContextKnown
from ..models.reasoning_config_mode_known import ReasoningConfigModeKnown
from ..models.reasoning_effort_known import ReasoningEffortKnown
from ..models.reasoning_summary_verbosity_known import ReasoningSummaryVerbosityKnown
from ..types import UNSET, Unset
from ..types import Model as _Model


class ReasoningConfig(_Model):
    """Reasoning ("thinking") settings. Give either `effort` or `max_tokens`, not both;
    `GET /models` reports which efforts each model accepts.

        Attributes:
            effort (None | ReasoningEffortKnown | str | Unset): How much the model should think.
            summary (None | ReasoningSummaryVerbosityKnown | str | Unset): Verbosity of the reasoning summary for models
                that summarise.
            max_tokens (int | None | Unset): Token budget for reasoning (Anthropic-style; Anthropic needs at least 1024 and
                caps at 128000).
            exclude (bool | Unset): Let the model reason but leave the reasoning out of the response (false when unset).
            enabled (bool | Unset): Turn reasoning on with the model's default effort, or off where allowed.
            mode (ReasoningConfigModeKnown | str | Unset): `pro` asks for deeper reasoning on models that offer it.
            context (ReasoningConfigContextKnown | str | Unset): Which earlier reasoning the model gets to see.
    """

    __slots__ = (
        "effort",
        "summary",
        "max_tokens",
        "exclude",
        "enabled",
        "mode",
        "context",
        "additional_properties",
    )

    effort: None | ReasoningEffortKnown | str | Unset
    summary: None | ReasoningSummaryVerbosityKnown | str | Unset
    max_tokens: int | None | Unset
    exclude: bool | Unset
    enabled: bool | Unset
    mode: ReasoningConfigModeKnown | str | Unset
    context: ReasoningConfigContextKnown | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        effort: None | ReasoningEffortKnown | str | Unset = UNSET,
        summary: None | ReasoningSummaryVerbosityKnown | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        exclude: bool | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        mode: ReasoningConfigModeKnown | str | Unset = UNSET,
        context: ReasoningConfigContextKnown | str | Unset = UNSET,
    ) -> None:
        self.effort = effort
        self.summary = summary
        self.max_tokens = max_tokens
        self.exclude = exclude
        self.enabled = enabled
        self.mode = mode
        self.context = context
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        effort: None | str | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        elif isinstance(self.effort, ReasoningEffortKnown):
            effort = self.effort.value
        else:
            effort = self.effort

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, ReasoningSummaryVerbosityKnown):
            summary = self.summary.value
        else:
            summary = self.summary

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        exclude = self.exclude

        enabled = self.enabled

        mode: str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, ReasoningConfigModeKnown):
            mode = self.mode.value
        else:
            mode = self.mode

        context: str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, ReasoningConfigContextKnown):
            context = self.context.value
        else:
            context = self.context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort
        if summary is not UNSET:
            field_dict["summary"] = summary
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if exclude is not UNSET:
            field_dict["exclude"] = exclude
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if mode is not UNSET:
            field_dict["mode"] = mode
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_effort(data: object) -> None | ReasoningEffortKnown | str | Unset:
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

        effort = _parse_effort(d.pop("effort", UNSET))

        def _parse_summary(data: object) -> None | ReasoningSummaryVerbosityKnown | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_reasoning_summary_verbosity_type_0 = (
                    ReasoningSummaryVerbosityKnown._parse(data)
                )

                return componentsschemas_reasoning_summary_verbosity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ReasoningSummaryVerbosityKnown | str | Unset", data)

        summary = _parse_summary(d.pop("summary", UNSET))

        max_tokens = cast("int | None | Unset", d.pop("max_tokens", UNSET))

        exclude = d.pop("exclude", UNSET)

        enabled = d.pop("enabled", UNSET)

        def _parse_mode(data: object) -> ReasoningConfigModeKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_mode_known = ReasoningConfigModeKnown._parse(data)

                return mode_mode_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ReasoningConfigModeKnown | str | Unset", data)

        mode = _parse_mode(d.pop("mode", UNSET))

        def _parse_context(data: object) -> ReasoningConfigContextKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                context_context_known = ReasoningConfigContextKnown._parse(data)

                return context_context_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ReasoningConfigContextKnown | str | Unset", data)

        context = _parse_context(d.pop("context", UNSET))

        reasoning_config = cls(
            effort=effort,
            summary=summary,
            max_tokens=max_tokens,
            exclude=exclude,
            enabled=enabled,
            mode=mode,
            context=context,
        )

        reasoning_config.additional_properties = d
        return reasoning_config

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
