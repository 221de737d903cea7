from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenRouterMetadata")


@_attrs_define
class OpenRouterMetadata:
    """Routing diagnostics, returned when `X-OpenRouter-Metadata` is `enabled`. The shape may grow.

    Attributes:
        requested (str | Unset): The model the request asked for.
        strategy (str | Unset):
        region (None | str | Unset):
        summary (str | Unset):
        attempt (int | Unset):
        attempts (list[Any] | Unset): One entry per provider attempt.
        is_byok (bool | Unset):
        endpoints (Any | Unset): The endpoints that were considered (an object).
        params (Any | Unset): Parameters as forwarded (an object).
        pipeline (list[Any] | Unset): Plugin and guardrail stages that ran.
        generation_time (int | Unset): Milliseconds from dispatching the upstream request to the end of its body.
    """

    requested: str | Unset = UNSET
    strategy: str | Unset = UNSET
    region: None | str | Unset = UNSET
    summary: str | Unset = UNSET
    attempt: int | Unset = UNSET
    attempts: list[Any] | Unset = UNSET
    is_byok: bool | Unset = UNSET
    endpoints: Any | Unset = UNSET
    params: Any | Unset = UNSET
    pipeline: list[Any] | Unset = UNSET
    generation_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requested = self.requested

        strategy = self.strategy

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        summary = self.summary

        attempt = self.attempt

        attempts: list[Any] | Unset = UNSET
        if not isinstance(self.attempts, Unset):
            attempts = self.attempts

        is_byok = self.is_byok

        endpoints = self.endpoints

        params = self.params

        pipeline: list[Any] | Unset = UNSET
        if not isinstance(self.pipeline, Unset):
            pipeline = self.pipeline

        generation_time = self.generation_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if requested is not UNSET:
            field_dict["requested"] = requested
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if region is not UNSET:
            field_dict["region"] = region
        if summary is not UNSET:
            field_dict["summary"] = summary
        if attempt is not UNSET:
            field_dict["attempt"] = attempt
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if params is not UNSET:
            field_dict["params"] = params
        if pipeline is not UNSET:
            field_dict["pipeline"] = pipeline
        if generation_time is not UNSET:
            field_dict["generation_time"] = generation_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        requested = d.pop("requested", UNSET)

        strategy = d.pop("strategy", UNSET)

        region = cast("None | str | Unset", d.pop("region", UNSET))

        summary = d.pop("summary", UNSET)

        attempt = d.pop("attempt", UNSET)

        attempts = cast("list[Any]", d.pop("attempts", UNSET))

        is_byok = d.pop("is_byok", UNSET)

        endpoints = d.pop("endpoints", UNSET)

        params = d.pop("params", UNSET)

        pipeline = cast("list[Any]", d.pop("pipeline", UNSET))

        generation_time = d.pop("generation_time", UNSET)

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
