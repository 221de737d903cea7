from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.reasoning_config_context import ReasoningConfigContext
from ..models.reasoning_config_mode import ReasoningConfigMode
from ..models.reasoning_effort import ReasoningEffort
from ..models.reasoning_summary_verbosity import ReasoningSummaryVerbosity
from ..types import UNSET, Unset
from ..types import Model as _Model


class ReasoningConfig(_Model):
    """Reasoning ("thinking") settings. Give either `effort` or `max_tokens`, not both;
    `GET /models` reports which efforts each model accepts.

        Attributes:
            effort (None | ReasoningEffort | Unset): How much the model should think.
            summary (None | ReasoningSummaryVerbosity | Unset): Verbosity of the reasoning summary for models that
                summarise.
            max_tokens (int | None | Unset): Token budget for reasoning (Anthropic-style; Anthropic needs at least 1024 and
                caps at 128000).
            exclude (bool | Unset): Let the model reason but leave the reasoning out of the response (false when unset).
            enabled (bool | Unset): Turn reasoning on with the model's default effort, or off where allowed.
            mode (ReasoningConfigMode | Unset): `pro` asks for deeper reasoning on models that offer it.
            context (ReasoningConfigContext | Unset): Which earlier reasoning the model gets to see.
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

    effort: None | ReasoningEffort | Unset
    summary: None | ReasoningSummaryVerbosity | Unset
    max_tokens: int | None | Unset
    exclude: bool | Unset
    enabled: bool | Unset
    mode: ReasoningConfigMode | Unset
    context: ReasoningConfigContext | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        effort: None | ReasoningEffort | Unset = UNSET,
        summary: None | ReasoningSummaryVerbosity | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        exclude: bool | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        mode: ReasoningConfigMode | Unset = UNSET,
        context: ReasoningConfigContext | Unset = UNSET,
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
        elif isinstance(self.effort, ReasoningEffort):
            effort = self.effort.value
        else:
            effort = self.effort

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, ReasoningSummaryVerbosity):
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

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        context: str | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.value

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

        def _parse_effort(data: object) -> None | ReasoningEffort | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effort_type_0 = ReasoningEffort._parse(data)

                return effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ReasoningEffort | Unset", data)

        effort = _parse_effort(d.pop("effort", UNSET))

        def _parse_summary(data: object) -> None | ReasoningSummaryVerbosity | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                summary_type_0 = ReasoningSummaryVerbosity._parse(data)

                return summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ReasoningSummaryVerbosity | Unset", data)

        summary = _parse_summary(d.pop("summary", UNSET))

        max_tokens = cast("int | None | Unset", d.pop("max_tokens", UNSET))

        exclude = d.pop("exclude", UNSET)

        enabled = d.pop("enabled", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: ReasoningConfigMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = ReasoningConfigMode._parse(_mode)

        _context = d.pop("context", UNSET)
        context: ReasoningConfigContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = ReasoningConfigContext._parse(_context)

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
