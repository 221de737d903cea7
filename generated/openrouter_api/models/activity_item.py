from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.date = _json_get_("date")
        _new_model_.model = _json_get_("model")
        _new_model_.model_permaslug = _json_get_("model_permaslug")
        _new_model_.endpoint_id = _json_get_("endpoint_id")
        _new_model_.provider_name = _json_get_("provider_name")
        _new_model_.usage = _json_get_("usage")
        _new_model_.byok_usage_inference = _json_get_("byok_usage_inference")
        _new_model_.requests = _json_get_("requests")
        _new_model_.prompt_tokens = _json_get_("prompt_tokens")
        _new_model_.completion_tokens = _json_get_("completion_tokens")
        _new_model_.reasoning_tokens = _json_get_("reasoning_tokens")
        _new_model_.cached_tokens = _json_get_("cached_tokens")
        _new_model_.workspace_id = _json_get_("workspace_id")
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
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
    )
)
