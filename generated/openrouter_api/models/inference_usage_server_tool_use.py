from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class InferenceUsageServerToolUse(_ReadModel):
    """
    Attributes:
        tool_calls_requested (int | None):
        tool_calls_executed (int | None):
        web_search_requests (int | None):
    """

    __slots__ = (
        "tool_calls_requested",
        "tool_calls_executed",
        "web_search_requests",
        "additional_properties",
    )

    tool_calls_requested: int | None
    tool_calls_executed: int | None
    web_search_requests: int | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        tool_calls_requested: int | None = None,
        tool_calls_executed: int | None = None,
        web_search_requests: int | None = None,
    ) -> None:
        self.tool_calls_requested = tool_calls_requested
        self.tool_calls_executed = tool_calls_executed
        self.web_search_requests = web_search_requests
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("tool_calls_requested", "tool_calls_requested", False, "int | None"),
        ("tool_calls_executed", "tool_calls_executed", False, "int | None"),
        ("web_search_requests", "web_search_requests", False, "int | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        tool_calls_requested = d.pop("tool_calls_requested", None)
        tool_calls_executed = d.pop("tool_calls_executed", None)
        web_search_requests = d.pop("web_search_requests", None)
        inference_usage_server_tool_use = cls(
            tool_calls_requested=tool_calls_requested,
            tool_calls_executed=tool_calls_executed,
            web_search_requests=web_search_requests,
        )
        inference_usage_server_tool_use.additional_properties = d
        return inference_usage_server_tool_use

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
