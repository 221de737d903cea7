from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.anthropic_output_config_effort_known import AnthropicOutputConfigEffortKnown
from ..types import UNSET, Unset
from ..types import Model as _Model


class AnthropicOutputConfig(_Model):
    """Output effort, structured format and task budget.

    Attributes:
        effort (AnthropicOutputConfigEffortKnown | str | Unset):
        format (AnthropicOutputFormat | None | Unset):
        task_budget (AnthropicTaskBudget | None | Unset):
    """

    __slots__ = (
        "effort",
        "format",
        "task_budget",
        "additional_properties",
    )

    effort: AnthropicOutputConfigEffortKnown | str | Unset
    format: AnthropicOutputFormat | None | Unset
    task_budget: AnthropicTaskBudget | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        effort: AnthropicOutputConfigEffortKnown | str | Unset = UNSET,
        format: AnthropicOutputFormat | None | Unset = UNSET,
        task_budget: AnthropicTaskBudget | None | Unset = UNSET,
    ) -> None:
        self.effort = effort
        self.format = format
        self.task_budget = task_budget
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        effort: str | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        elif isinstance(self.effort, AnthropicOutputConfigEffortKnown):
            effort = self.effort.value
        else:
            effort = self.effort

        format_: dict[str, Any] | None | Unset
        if isinstance(self.format, Unset):
            format_ = UNSET
        elif isinstance(self.format, AnthropicOutputFormat):
            format_ = self.format.to_dict()
        else:
            format_ = self.format

        task_budget: dict[str, Any] | None | Unset
        if isinstance(self.task_budget, Unset):
            task_budget = UNSET
        elif isinstance(self.task_budget, AnthropicTaskBudget):
            task_budget = self.task_budget.to_dict()
        else:
            task_budget = self.task_budget

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort
        if format_ is not UNSET:
            field_dict["format"] = format_
        if task_budget is not UNSET:
            field_dict["task_budget"] = task_budget

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_effort(data: object) -> AnthropicOutputConfigEffortKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effort_effort_known = AnthropicOutputConfigEffortKnown._parse(data)

                return effort_effort_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AnthropicOutputConfigEffortKnown | str | Unset", data)

        effort = _parse_effort(d.pop("effort", UNSET))

        def _parse_format_(data: object) -> AnthropicOutputFormat | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_type_0 = AnthropicOutputFormat.from_dict(data)

                return format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AnthropicOutputFormat | None | Unset", data)

        format_ = _parse_format_(d.pop("format", UNSET))

        def _parse_task_budget(data: object) -> AnthropicTaskBudget | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                task_budget_type_0 = AnthropicTaskBudget.from_dict(data)

                return task_budget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AnthropicTaskBudget | None | Unset", data)

        task_budget = _parse_task_budget(d.pop("task_budget", UNSET))

        anthropic_output_config = cls(
            effort=effort,
            format=format_,
            task_budget=task_budget,
        )

        anthropic_output_config.additional_properties = d
        return anthropic_output_config

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
from ..models.anthropic_output_format import AnthropicOutputFormat  # noqa: E402
from ..models.anthropic_task_budget import AnthropicTaskBudget  # noqa: E402
