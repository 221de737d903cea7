from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnthropicUsage")


@_attrs_define
class AnthropicUsage:
    """Token counts and cost of a message.

    Attributes:
        input_tokens (int):
        output_tokens (int):
        cache_creation_input_tokens (int | None | Unset): Input tokens written to the prompt cache.
        cache_read_input_tokens (int | None | Unset): Input tokens read from the prompt cache.
        cache_creation (AnthropicCacheCreation | None | Unset):
        inference_geo (None | str | Unset):
        output_tokens_details (AnthropicOutputTokensDetails | None | Unset):
        server_tool_use (AnthropicServerToolUsage | None | Unset):
        service_tier (None | str | Unset): `standard`, `priority` or `batch` (open set).
        speed (None | str | Unset):
        iterations (list[AnthropicUsageIterationsItem] | Unset): Per-step usage when several model calls made up the
            message.
        cost (float | None | Unset): Amount charged in USD.
        is_byok (bool | Unset): Whether the request ran on the caller's own provider key.
        cost_details (CostDetails | None | Unset):
    """

    input_tokens: int
    output_tokens: int
    cache_creation_input_tokens: int | None | Unset = UNSET
    cache_read_input_tokens: int | None | Unset = UNSET
    cache_creation: AnthropicCacheCreation | None | Unset = UNSET
    inference_geo: None | str | Unset = UNSET
    output_tokens_details: AnthropicOutputTokensDetails | None | Unset = UNSET
    server_tool_use: AnthropicServerToolUsage | None | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    speed: None | str | Unset = UNSET
    iterations: list[AnthropicUsageIterationsItem] | Unset = UNSET
    cost: float | None | Unset = UNSET
    is_byok: bool | Unset = UNSET
    cost_details: CostDetails | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        cache_creation_input_tokens: int | None | Unset
        if isinstance(self.cache_creation_input_tokens, Unset):
            cache_creation_input_tokens = UNSET
        else:
            cache_creation_input_tokens = self.cache_creation_input_tokens

        cache_read_input_tokens: int | None | Unset
        if isinstance(self.cache_read_input_tokens, Unset):
            cache_read_input_tokens = UNSET
        else:
            cache_read_input_tokens = self.cache_read_input_tokens

        cache_creation: dict[str, Any] | None | Unset
        if isinstance(self.cache_creation, Unset):
            cache_creation = UNSET
        elif isinstance(self.cache_creation, AnthropicCacheCreation):
            cache_creation = self.cache_creation.to_dict()
        else:
            cache_creation = self.cache_creation

        inference_geo: None | str | Unset
        if isinstance(self.inference_geo, Unset):
            inference_geo = UNSET
        else:
            inference_geo = self.inference_geo

        output_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.output_tokens_details, Unset):
            output_tokens_details = UNSET
        elif isinstance(self.output_tokens_details, AnthropicOutputTokensDetails):
            output_tokens_details = self.output_tokens_details.to_dict()
        else:
            output_tokens_details = self.output_tokens_details

        server_tool_use: dict[str, Any] | None | Unset
        if isinstance(self.server_tool_use, Unset):
            server_tool_use = UNSET
        elif isinstance(self.server_tool_use, AnthropicServerToolUsage):
            server_tool_use = self.server_tool_use.to_dict()
        else:
            server_tool_use = self.server_tool_use

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        speed: None | str | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        else:
            speed = self.speed

        iterations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.iterations, Unset):
            iterations = []
            for iterations_item_data in self.iterations:
                iterations_item = iterations_item_data.to_dict()
                iterations.append(iterations_item)

        cost: float | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        is_byok = self.is_byok

        cost_details: dict[str, Any] | None | Unset
        if isinstance(self.cost_details, Unset):
            cost_details = UNSET
        elif isinstance(self.cost_details, CostDetails):
            cost_details = self.cost_details.to_dict()
        else:
            cost_details = self.cost_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
            }
        )
        if cache_creation_input_tokens is not UNSET:
            field_dict["cache_creation_input_tokens"] = cache_creation_input_tokens
        if cache_read_input_tokens is not UNSET:
            field_dict["cache_read_input_tokens"] = cache_read_input_tokens
        if cache_creation is not UNSET:
            field_dict["cache_creation"] = cache_creation
        if inference_geo is not UNSET:
            field_dict["inference_geo"] = inference_geo
        if output_tokens_details is not UNSET:
            field_dict["output_tokens_details"] = output_tokens_details
        if server_tool_use is not UNSET:
            field_dict["server_tool_use"] = server_tool_use
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if speed is not UNSET:
            field_dict["speed"] = speed
        if iterations is not UNSET:
            field_dict["iterations"] = iterations
        if cost is not UNSET:
            field_dict["cost"] = cost
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok
        if cost_details is not UNSET:
            field_dict["cost_details"] = cost_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_tokens = d.pop("input_tokens")

        output_tokens = d.pop("output_tokens")

        cache_creation_input_tokens = cast(
            "int | None | Unset", d.pop("cache_creation_input_tokens", UNSET)
        )

        cache_read_input_tokens = cast(
            "int | None | Unset", d.pop("cache_read_input_tokens", UNSET)
        )

        def _parse_cache_creation(data: object) -> AnthropicCacheCreation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cache_creation_type_0 = AnthropicCacheCreation.from_dict(data)

                return cache_creation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AnthropicCacheCreation | None | Unset", data)

        cache_creation = _parse_cache_creation(d.pop("cache_creation", UNSET))

        inference_geo = cast("None | str | Unset", d.pop("inference_geo", UNSET))

        def _parse_output_tokens_details(
            data: object,
        ) -> AnthropicOutputTokensDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_tokens_details_type_0 = AnthropicOutputTokensDetails.from_dict(data)

                return output_tokens_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AnthropicOutputTokensDetails | None | Unset", data)

        output_tokens_details = _parse_output_tokens_details(d.pop("output_tokens_details", UNSET))

        def _parse_server_tool_use(data: object) -> AnthropicServerToolUsage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_tool_use_type_0 = AnthropicServerToolUsage.from_dict(data)

                return server_tool_use_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AnthropicServerToolUsage | None | Unset", data)

        server_tool_use = _parse_server_tool_use(d.pop("server_tool_use", UNSET))

        service_tier = cast("None | str | Unset", d.pop("service_tier", UNSET))

        speed = cast("None | str | Unset", d.pop("speed", UNSET))

        _iterations = d.pop("iterations", UNSET)
        iterations: list[AnthropicUsageIterationsItem] | Unset = UNSET
        if _iterations is not UNSET:
            iterations = []
            for iterations_item_data in _iterations:
                iterations_item = AnthropicUsageIterationsItem.from_dict(iterations_item_data)

                iterations.append(iterations_item)

        cost = cast("float | None | Unset", d.pop("cost", UNSET))

        is_byok = d.pop("is_byok", UNSET)

        def _parse_cost_details(data: object) -> CostDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cost_details_type_0 = CostDetails.from_dict(data)

                return cost_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CostDetails | None | Unset", data)

        cost_details = _parse_cost_details(d.pop("cost_details", UNSET))

        anthropic_usage = cls(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            cache_creation_input_tokens=cache_creation_input_tokens,
            cache_read_input_tokens=cache_read_input_tokens,
            cache_creation=cache_creation,
            inference_geo=inference_geo,
            output_tokens_details=output_tokens_details,
            server_tool_use=server_tool_use,
            service_tier=service_tier,
            speed=speed,
            iterations=iterations,
            cost=cost,
            is_byok=is_byok,
            cost_details=cost_details,
        )

        anthropic_usage.additional_properties = d
        return anthropic_usage

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
from ..models.anthropic_cache_creation import AnthropicCacheCreation  # noqa: E402
from ..models.anthropic_output_tokens_details import AnthropicOutputTokensDetails  # noqa: E402
from ..models.anthropic_server_tool_usage import AnthropicServerToolUsage  # noqa: E402
from ..models.anthropic_usage_iterations_item import AnthropicUsageIterationsItem  # noqa: E402
from ..models.cost_details import CostDetails  # noqa: E402
