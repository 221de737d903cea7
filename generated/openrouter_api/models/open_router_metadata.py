from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class OpenRouterMetadata(_ReadModel):
    """Routing diagnostics, returned when `X-OpenRouter-Metadata` is `enabled`. The shape may grow.

    Attributes:
        requested (str | None): The model the request asked for.
        strategy (str | None):
        region (None | str):
        summary (str | None):
        attempt (int | None):
        attempts (list[Any] | None): One entry per provider attempt.
        is_byok (bool | None):
        endpoints (Any): The endpoints that were considered (an object).
        params (Any): Parameters as forwarded (an object).
        pipeline (list[Any] | None): Plugin and guardrail stages that ran.
        generation_time (int | None): Milliseconds from dispatching the upstream request to the end of its body.
    """

    __slots__ = (
        "requested",
        "strategy",
        "region",
        "summary",
        "attempt",
        "attempts",
        "is_byok",
        "endpoints",
        "params",
        "pipeline",
        "generation_time",
        "additional_properties",
    )

    requested: str | None
    strategy: str | None
    region: None | str
    summary: str | None
    attempt: int | None
    attempts: list[Any] | None
    is_byok: bool | None
    endpoints: Any
    params: Any
    pipeline: list[Any] | None
    generation_time: int | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        requested: str | None = None,
        strategy: str | None = None,
        region: None | str = None,
        summary: str | None = None,
        attempt: int | None = None,
        attempts: list[Any] | None = None,
        is_byok: bool | None = None,
        endpoints: Any = None,
        params: Any = None,
        pipeline: list[Any] | None = None,
        generation_time: int | None = None,
    ) -> None:
        self.requested = requested
        self.strategy = strategy
        self.region = region
        self.summary = summary
        self.attempt = attempt
        self.attempts = attempts
        self.is_byok = is_byok
        self.endpoints = endpoints
        self.params = params
        self.pipeline = pipeline
        self.generation_time = generation_time
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("requested", "requested", False, "str"),
        ("strategy", "strategy", False, "str"),
        ("region", "region", False, "None | str"),
        ("summary", "summary", False, "str"),
        ("attempt", "attempt", False, "int"),
        ("attempts", "attempts", False, "list[Any]"),
        ("is_byok", "is_byok", False, "bool"),
        ("endpoints", "endpoints", False, "Any"),
        ("params", "params", False, "Any"),
        ("pipeline", "pipeline", False, "list[Any]"),
        ("generation_time", "generation_time", False, "int"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.requested = _json_get_("requested")
        _new_model_.strategy = _json_get_("strategy")
        _new_model_.region = _json_get_("region")
        _new_model_.summary = _json_get_("summary")
        _new_model_.attempt = _json_get_("attempt")
        _new_model_.attempts = _json_get_("attempts")
        _new_model_.is_byok = _json_get_("is_byok")
        _new_model_.endpoints = _json_get_("endpoints")
        _new_model_.params = _json_get_("params")
        _new_model_.pipeline = _json_get_("pipeline")
        _new_model_.generation_time = _json_get_("generation_time")
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
        "requested",
        "strategy",
        "region",
        "summary",
        "attempt",
        "attempts",
        "is_byok",
        "endpoints",
        "params",
        "pipeline",
        "generation_time",
    )
)
