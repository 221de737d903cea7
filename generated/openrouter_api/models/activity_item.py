from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityItem")


@_attrs_define
class ActivityItem:
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
        workspace_id (str | Unset): Workspace of the row; only present with `group_by=workspace`.
    """

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
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        model = self.model

        model_permaslug = self.model_permaslug

        endpoint_id = self.endpoint_id

        provider_name = self.provider_name

        usage = self.usage

        byok_usage_inference = self.byok_usage_inference

        requests = self.requests

        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        reasoning_tokens = self.reasoning_tokens

        cached_tokens = self.cached_tokens

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "model": model,
                "model_permaslug": model_permaslug,
                "endpoint_id": endpoint_id,
                "provider_name": provider_name,
                "usage": usage,
                "byok_usage_inference": byok_usage_inference,
                "requests": requests,
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "reasoning_tokens": reasoning_tokens,
                "cached_tokens": cached_tokens,
            }
        )
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date")

        model = d.pop("model")

        model_permaslug = d.pop("model_permaslug")

        endpoint_id = d.pop("endpoint_id")

        provider_name = d.pop("provider_name")

        usage = d.pop("usage")

        byok_usage_inference = d.pop("byok_usage_inference")

        requests = d.pop("requests")

        prompt_tokens = d.pop("prompt_tokens")

        completion_tokens = d.pop("completion_tokens")

        reasoning_tokens = d.pop("reasoning_tokens")

        cached_tokens = d.pop("cached_tokens")

        workspace_id = d.pop("workspace_id", UNSET)

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
