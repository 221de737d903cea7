from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CostDetails")


@_attrs_define
class CostDetails:
    """How the upstream inference cost splits up, in USD.

    Attributes:
        upstream_inference_cost (float | None | Unset): What the provider charged on your own key (BYOK requests).
        upstream_inference_prompt_cost (float | Unset):
        upstream_inference_completions_cost (float | Unset):
        server_tool_cost (float | None | Unset): Metered server-tool cost (for example sandbox time), when a metered
            tool ran.
    """

    upstream_inference_cost: float | None | Unset = UNSET
    upstream_inference_prompt_cost: float | Unset = UNSET
    upstream_inference_completions_cost: float | Unset = UNSET
    server_tool_cost: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upstream_inference_cost: float | None | Unset
        if isinstance(self.upstream_inference_cost, Unset):
            upstream_inference_cost = UNSET
        else:
            upstream_inference_cost = self.upstream_inference_cost

        upstream_inference_prompt_cost = self.upstream_inference_prompt_cost

        upstream_inference_completions_cost = self.upstream_inference_completions_cost

        server_tool_cost: float | None | Unset
        if isinstance(self.server_tool_cost, Unset):
            server_tool_cost = UNSET
        else:
            server_tool_cost = self.server_tool_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upstream_inference_cost is not UNSET:
            field_dict["upstream_inference_cost"] = upstream_inference_cost
        if upstream_inference_prompt_cost is not UNSET:
            field_dict["upstream_inference_prompt_cost"] = upstream_inference_prompt_cost
        if upstream_inference_completions_cost is not UNSET:
            field_dict["upstream_inference_completions_cost"] = upstream_inference_completions_cost
        if server_tool_cost is not UNSET:
            field_dict["server_tool_cost"] = server_tool_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upstream_inference_cost = cast(
            "float | None | Unset", d.pop("upstream_inference_cost", UNSET)
        )

        upstream_inference_prompt_cost = d.pop("upstream_inference_prompt_cost", UNSET)

        upstream_inference_completions_cost = d.pop("upstream_inference_completions_cost", UNSET)

        server_tool_cost = cast("float | None | Unset", d.pop("server_tool_cost", UNSET))

        cost_details = cls(
            upstream_inference_cost=upstream_inference_cost,
            upstream_inference_prompt_cost=upstream_inference_prompt_cost,
            upstream_inference_completions_cost=upstream_inference_completions_cost,
            server_tool_cost=server_tool_cost,
        )

        cost_details.additional_properties = d
        return cost_details

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
