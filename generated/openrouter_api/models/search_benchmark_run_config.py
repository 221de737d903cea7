from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class SearchBenchmarkRunConfig(_ReadModel):
    """The published settings of the run, present only with `include_run_config=true`.

    Attributes:
        max_agent_turns (int | None):
        reasoning_effort (None | str):
        temperature (float | None):
    """

    __slots__ = (
        "max_agent_turns",
        "reasoning_effort",
        "temperature",
        "additional_properties",
    )

    max_agent_turns: int | None
    reasoning_effort: None | str
    temperature: float | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        max_agent_turns: int | None,
        reasoning_effort: None | str,
        temperature: float | None,
    ) -> None:
        self.max_agent_turns = max_agent_turns
        self.reasoning_effort = reasoning_effort
        self.temperature = temperature
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("max_agent_turns", "max_agent_turns", True, "int | None"),
        ("reasoning_effort", "reasoning_effort", True, "None | str"),
        ("temperature", "temperature", True, "float | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        max_agent_turns = d.pop("max_agent_turns", None)
        reasoning_effort = d.pop("reasoning_effort", None)
        temperature = d.pop("temperature", None)
        search_benchmark_run_config = cls(
            max_agent_turns=max_agent_turns,
            reasoning_effort=reasoning_effort,
            temperature=temperature,
        )
        search_benchmark_run_config.additional_properties = d
        return search_benchmark_run_config

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
