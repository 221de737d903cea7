from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseCostDetails")


@_attrs_define
class ResponseCostDetails:
    """Breakdown of the upstream cost in USD.

    Attributes:
        upstream_inference_cost (float | None | Unset): What the provider charged, for bring-your-own-key requests.
        upstream_inference_input_cost (float | Unset):
        upstream_inference_output_cost (float | Unset):
        server_tool_cost (float | None | Unset): Metered cost of server tools such as sandbox time.
    """

    upstream_inference_cost: float | None | Unset = UNSET
    upstream_inference_input_cost: float | Unset = UNSET
    upstream_inference_output_cost: float | Unset = UNSET
    server_tool_cost: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upstream_inference_cost: float | None | Unset
        if isinstance(self.upstream_inference_cost, Unset):
            upstream_inference_cost = UNSET
        else:
            upstream_inference_cost = self.upstream_inference_cost

        upstream_inference_input_cost = self.upstream_inference_input_cost

        upstream_inference_output_cost = self.upstream_inference_output_cost

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
        if upstream_inference_input_cost is not UNSET:
            field_dict["upstream_inference_input_cost"] = upstream_inference_input_cost
        if upstream_inference_output_cost is not UNSET:
            field_dict["upstream_inference_output_cost"] = upstream_inference_output_cost
        if server_tool_cost is not UNSET:
            field_dict["server_tool_cost"] = server_tool_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upstream_inference_cost = cast(
            "float | None | Unset", d.pop("upstream_inference_cost", UNSET)
        )

        upstream_inference_input_cost = d.pop("upstream_inference_input_cost", UNSET)

        upstream_inference_output_cost = d.pop("upstream_inference_output_cost", UNSET)

        server_tool_cost = cast("float | None | Unset", d.pop("server_tool_cost", UNSET))

        response_cost_details = cls(
            upstream_inference_cost=upstream_inference_cost,
            upstream_inference_input_cost=upstream_inference_input_cost,
            upstream_inference_output_cost=upstream_inference_output_cost,
            server_tool_cost=server_tool_cost,
        )

        response_cost_details.additional_properties = d
        return response_cost_details

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
