from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


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
        d = dict(src_dict)
        requested = d.pop("requested", None)
        strategy = d.pop("strategy", None)
        region = d.pop("region", None)
        summary = d.pop("summary", None)
        attempt = d.pop("attempt", None)
        attempts = d.pop("attempts", None)
        is_byok = d.pop("is_byok", None)
        endpoints = d.pop("endpoints", None)
        params = d.pop("params", None)
        pipeline = d.pop("pipeline", None)
        generation_time = d.pop("generation_time", None)
        open_router_metadata = cls(
            requested=requested,
            strategy=strategy,
            region=region,
            summary=summary,
            attempt=attempt,
            attempts=attempts,
            is_byok=is_byok,
            endpoints=endpoints,
            params=params,
            pipeline=pipeline,
            generation_time=generation_time,
        )
        open_router_metadata.additional_properties = d
        return open_router_metadata

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
