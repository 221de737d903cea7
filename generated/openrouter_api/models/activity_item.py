from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ActivityItem(_ReadModel):
    """Usage of one endpoint on one UTC day.

    Attributes:
        date (str): The day, as `YYYY-MM-DD`.
        model (str): Model slug, e.g. `openai/gpt-4.1`.
        model_permaslug (str): Versioned model slug, e.g. `openai/gpt-4.1-2025-04-14`.
        endpoint_id (str): Identifier of the provider endpoint.
        provider_name (str): Provider that served the endpoint.
        usage (float): OpenRouter credit spend in USD.
        byok_usage_inference (float): BYOK inference spend in USD.
        requests (int): Number of requests.
        prompt_tokens (int): Prompt tokens.
        completion_tokens (int): Completion tokens.
        reasoning_tokens (int): Reasoning tokens.
        cached_tokens (int): Prompt tokens served from cache.
        workspace_id (str | None): Workspace of the row; only present with `group_by=workspace`.
    """

    __slots__ = (
        "date",
        "model",
        "model_permaslug",
        "endpoint_id",
        "provider_name",
        "usage",
        "byok_usage_inference",
        "requests",
        "prompt_tokens",
        "completion_tokens",
        "reasoning_tokens",
        "cached_tokens",
        "workspace_id",
        "additional_properties",
    )

    date: str
    model: str
    model_permaslug: str
    endpoint_id: str
    provider_name: str
    usage: float
    byok_usage_inference: float
    requests: int
    prompt_tokens: int
    completion_tokens: int
    reasoning_tokens: int
    cached_tokens: int
    workspace_id: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        date: str,
        model: str,
        model_permaslug: str,
        endpoint_id: str,
        provider_name: str,
        usage: float,
        byok_usage_inference: float,
        requests: int,
        prompt_tokens: int,
        completion_tokens: int,
        reasoning_tokens: int,
        cached_tokens: int,
        workspace_id: str | None = None,
    ) -> None:
        self.date = date
        self.model = model
        self.model_permaslug = model_permaslug
        self.endpoint_id = endpoint_id
        self.provider_name = provider_name
        self.usage = usage
        self.byok_usage_inference = byok_usage_inference
        self.requests = requests
        self.prompt_tokens = prompt_tokens
        self.completion_tokens = completion_tokens
        self.reasoning_tokens = reasoning_tokens
        self.cached_tokens = cached_tokens
        self.workspace_id = workspace_id
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("date", "date", True, "str"),
        ("model", "model", True, "str"),
        ("model_permaslug", "model_permaslug", True, "str"),
        ("endpoint_id", "endpoint_id", True, "str"),
        ("provider_name", "provider_name", True, "str"),
        ("usage", "usage", True, "float"),
        ("byok_usage_inference", "byok_usage_inference", True, "float"),
        ("requests", "requests", True, "int"),
        ("prompt_tokens", "prompt_tokens", True, "int"),
        ("completion_tokens", "completion_tokens", True, "int"),
        ("reasoning_tokens", "reasoning_tokens", True, "int"),
        ("cached_tokens", "cached_tokens", True, "int"),
        ("workspace_id", "workspace_id", False, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        date = d.pop("date", None)
        model = d.pop("model", None)
        model_permaslug = d.pop("model_permaslug", None)
        endpoint_id = d.pop("endpoint_id", None)
        provider_name = d.pop("provider_name", None)
        usage = d.pop("usage", None)
        byok_usage_inference = d.pop("byok_usage_inference", None)
        requests = d.pop("requests", None)
        prompt_tokens = d.pop("prompt_tokens", None)
        completion_tokens = d.pop("completion_tokens", None)
        reasoning_tokens = d.pop("reasoning_tokens", None)
        cached_tokens = d.pop("cached_tokens", None)
        workspace_id = d.pop("workspace_id", None)
        activity_item = cls(
            date=date,
            model=model,
            model_permaslug=model_permaslug,
            endpoint_id=endpoint_id,
            provider_name=provider_name,
            usage=usage,
            byok_usage_inference=byok_usage_inference,
            requests=requests,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            reasoning_tokens=reasoning_tokens,
            cached_tokens=cached_tokens,
            workspace_id=workspace_id,
        )
        activity_item.additional_properties = d
        return activity_item

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
