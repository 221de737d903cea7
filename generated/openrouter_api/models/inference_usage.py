from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InferenceUsage")


@_attrs_define
class InferenceUsage:
    """Token counts and cost of an image generation or a batch.

    Attributes:
        prompt_tokens (int):
        completion_tokens (int):
        total_tokens (int):
        cost (float | None | Unset): Total charged, in USD.
        cost_details (CostDetails | None | Unset):
        is_byok (bool | Unset): True when the request ran on your own provider key.
        prompt_tokens_details (InferenceUsagePromptDetails | None | Unset):
        completion_tokens_details (InferenceUsageCompletionDetails | None | Unset):
        server_tool_use (InferenceUsageServerToolUse | None | Unset):
        cache_creation (InferenceUsageCacheCreation | None | Unset):
        iterations (list[InferenceUsageIteration] | None | Unset): Per-iteration usage reported by Anthropic models.
        service_tier (None | str | Unset):
        speed (None | str | Unset): Anthropic speed mode, e.g. `fast` or `standard`.
    """

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    cost: float | None | Unset = UNSET
    cost_details: CostDetails | None | Unset = UNSET
    is_byok: bool | Unset = UNSET
    prompt_tokens_details: InferenceUsagePromptDetails | None | Unset = UNSET
    completion_tokens_details: InferenceUsageCompletionDetails | None | Unset = UNSET
    server_tool_use: InferenceUsageServerToolUse | None | Unset = UNSET
    cache_creation: InferenceUsageCacheCreation | None | Unset = UNSET
    iterations: list[InferenceUsageIteration] | None | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    speed: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        total_tokens = self.total_tokens

        cost: float | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        cost_details: dict[str, Any] | None | Unset
        if isinstance(self.cost_details, Unset):
            cost_details = UNSET
        elif isinstance(self.cost_details, CostDetails):
            cost_details = self.cost_details.to_dict()
        else:
            cost_details = self.cost_details

        is_byok = self.is_byok

        prompt_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.prompt_tokens_details, Unset):
            prompt_tokens_details = UNSET
        elif isinstance(self.prompt_tokens_details, InferenceUsagePromptDetails):
            prompt_tokens_details = self.prompt_tokens_details.to_dict()
        else:
            prompt_tokens_details = self.prompt_tokens_details

        completion_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.completion_tokens_details, Unset):
            completion_tokens_details = UNSET
        elif isinstance(self.completion_tokens_details, InferenceUsageCompletionDetails):
            completion_tokens_details = self.completion_tokens_details.to_dict()
        else:
            completion_tokens_details = self.completion_tokens_details

        server_tool_use: dict[str, Any] | None | Unset
        if isinstance(self.server_tool_use, Unset):
            server_tool_use = UNSET
        elif isinstance(self.server_tool_use, InferenceUsageServerToolUse):
            server_tool_use = self.server_tool_use.to_dict()
        else:
            server_tool_use = self.server_tool_use

        cache_creation: dict[str, Any] | None | Unset
        if isinstance(self.cache_creation, Unset):
            cache_creation = UNSET
        elif isinstance(self.cache_creation, InferenceUsageCacheCreation):
            cache_creation = self.cache_creation.to_dict()
        else:
            cache_creation = self.cache_creation

        iterations: list[dict[str, Any]] | None | Unset
        if isinstance(self.iterations, Unset):
            iterations = UNSET
        elif isinstance(self.iterations, list):
            iterations = []
            for iterations_type_0_item_data in self.iterations:
                iterations_type_0_item = iterations_type_0_item_data.to_dict()
                iterations.append(iterations_type_0_item)

        else:
            iterations = self.iterations

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": total_tokens,
            }
        )
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_details is not UNSET:
            field_dict["cost_details"] = cost_details
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok
        if prompt_tokens_details is not UNSET:
            field_dict["prompt_tokens_details"] = prompt_tokens_details
        if completion_tokens_details is not UNSET:
            field_dict["completion_tokens_details"] = completion_tokens_details
        if server_tool_use is not UNSET:
            field_dict["server_tool_use"] = server_tool_use
        if cache_creation is not UNSET:
            field_dict["cache_creation"] = cache_creation
        if iterations is not UNSET:
            field_dict["iterations"] = iterations
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt_tokens = d.pop("prompt_tokens")

        completion_tokens = d.pop("completion_tokens")

        total_tokens = d.pop("total_tokens")

        cost = cast("float | None | Unset", d.pop("cost", UNSET))

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

        is_byok = d.pop("is_byok", UNSET)

        def _parse_prompt_tokens_details(
            data: object,
        ) -> InferenceUsagePromptDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_tokens_details_type_0 = InferenceUsagePromptDetails.from_dict(data)

                return prompt_tokens_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("InferenceUsagePromptDetails | None | Unset", data)

        prompt_tokens_details = _parse_prompt_tokens_details(d.pop("prompt_tokens_details", UNSET))

        def _parse_completion_tokens_details(
            data: object,
        ) -> InferenceUsageCompletionDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                completion_tokens_details_type_0 = InferenceUsageCompletionDetails.from_dict(data)

                return completion_tokens_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("InferenceUsageCompletionDetails | None | Unset", data)

        completion_tokens_details = _parse_completion_tokens_details(
            d.pop("completion_tokens_details", UNSET)
        )

        def _parse_server_tool_use(data: object) -> InferenceUsageServerToolUse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_tool_use_type_0 = InferenceUsageServerToolUse.from_dict(data)

                return server_tool_use_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("InferenceUsageServerToolUse | None | Unset", data)

        server_tool_use = _parse_server_tool_use(d.pop("server_tool_use", UNSET))

        def _parse_cache_creation(data: object) -> InferenceUsageCacheCreation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cache_creation_type_0 = InferenceUsageCacheCreation.from_dict(data)

                return cache_creation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("InferenceUsageCacheCreation | None | Unset", data)

        cache_creation = _parse_cache_creation(d.pop("cache_creation", UNSET))

        def _parse_iterations(data: object) -> list[InferenceUsageIteration] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                iterations_type_0 = []
                _iterations_type_0 = data
                for iterations_type_0_item_data in _iterations_type_0:
                    iterations_type_0_item = InferenceUsageIteration.from_dict(
                        iterations_type_0_item_data
                    )

                    iterations_type_0.append(iterations_type_0_item)

                return iterations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[InferenceUsageIteration] | None | Unset", data)

        iterations = _parse_iterations(d.pop("iterations", UNSET))

        service_tier = cast("None | str | Unset", d.pop("service_tier", UNSET))

        speed = cast("None | str | Unset", d.pop("speed", UNSET))

        inference_usage = cls(
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            total_tokens=total_tokens,
            cost=cost,
            cost_details=cost_details,
            is_byok=is_byok,
            prompt_tokens_details=prompt_tokens_details,
            completion_tokens_details=completion_tokens_details,
            server_tool_use=server_tool_use,
            cache_creation=cache_creation,
            iterations=iterations,
            service_tier=service_tier,
            speed=speed,
        )

        inference_usage.additional_properties = d
        return inference_usage

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
from ..models.cost_details import CostDetails  # noqa: E402
from ..models.inference_usage_cache_creation import InferenceUsageCacheCreation  # noqa: E402
from ..models.inference_usage_completion_details import InferenceUsageCompletionDetails  # noqa: E402
from ..models.inference_usage_iteration import InferenceUsageIteration  # noqa: E402
from ..models.inference_usage_prompt_details import InferenceUsagePromptDetails  # noqa: E402
from ..models.inference_usage_server_tool_use import InferenceUsageServerToolUse  # noqa: E402
