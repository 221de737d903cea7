from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseUsage")


@_attrs_define
class ResponseUsage:
    """Token counts and cost of a response.

    Attributes:
        input_tokens (int):
        output_tokens (int):
        total_tokens (int):
        input_tokens_details (ResponseInputTokensDetails | Unset):
        output_tokens_details (ResponseOutputTokensDetails | Unset):
        cost (float | None | Unset): Amount charged in USD.
        is_byok (bool | Unset): Whether the request ran on the caller's own provider key.
        cost_details (ResponseCostDetails | Unset): Breakdown of the upstream cost in USD.
        server_tool_use_details (None | ServerToolUseDetails | Unset):
    """

    input_tokens: int
    output_tokens: int
    total_tokens: int
    input_tokens_details: ResponseInputTokensDetails | Unset = UNSET
    output_tokens_details: ResponseOutputTokensDetails | Unset = UNSET
    cost: float | None | Unset = UNSET
    is_byok: bool | Unset = UNSET
    cost_details: ResponseCostDetails | Unset = UNSET
    server_tool_use_details: None | ServerToolUseDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        total_tokens = self.total_tokens

        input_tokens_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_tokens_details, Unset):
            input_tokens_details = self.input_tokens_details.to_dict()

        output_tokens_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_tokens_details, Unset):
            output_tokens_details = self.output_tokens_details.to_dict()

        cost: float | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        is_byok = self.is_byok

        cost_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_details, Unset):
            cost_details = self.cost_details.to_dict()

        server_tool_use_details: dict[str, Any] | None | Unset
        if isinstance(self.server_tool_use_details, Unset):
            server_tool_use_details = UNSET
        elif isinstance(self.server_tool_use_details, ServerToolUseDetails):
            server_tool_use_details = self.server_tool_use_details.to_dict()
        else:
            server_tool_use_details = self.server_tool_use_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "total_tokens": total_tokens,
            }
        )
        if input_tokens_details is not UNSET:
            field_dict["input_tokens_details"] = input_tokens_details
        if output_tokens_details is not UNSET:
            field_dict["output_tokens_details"] = output_tokens_details
        if cost is not UNSET:
            field_dict["cost"] = cost
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok
        if cost_details is not UNSET:
            field_dict["cost_details"] = cost_details
        if server_tool_use_details is not UNSET:
            field_dict["server_tool_use_details"] = server_tool_use_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_tokens = d.pop("input_tokens")

        output_tokens = d.pop("output_tokens")

        total_tokens = d.pop("total_tokens")

        _input_tokens_details = d.pop("input_tokens_details", UNSET)
        input_tokens_details: ResponseInputTokensDetails | Unset
        if isinstance(_input_tokens_details, Unset):
            input_tokens_details = UNSET
        else:
            input_tokens_details = ResponseInputTokensDetails.from_dict(_input_tokens_details)

        _output_tokens_details = d.pop("output_tokens_details", UNSET)
        output_tokens_details: ResponseOutputTokensDetails | Unset
        if isinstance(_output_tokens_details, Unset):
            output_tokens_details = UNSET
        else:
            output_tokens_details = ResponseOutputTokensDetails.from_dict(_output_tokens_details)

        cost = cast("float | None | Unset", d.pop("cost", UNSET))

        is_byok = d.pop("is_byok", UNSET)

        _cost_details = d.pop("cost_details", UNSET)
        cost_details: ResponseCostDetails | Unset
        if isinstance(_cost_details, Unset):
            cost_details = UNSET
        else:
            cost_details = ResponseCostDetails.from_dict(_cost_details)

        def _parse_server_tool_use_details(data: object) -> None | ServerToolUseDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_tool_use_details_type_0 = ServerToolUseDetails.from_dict(data)

                return server_tool_use_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ServerToolUseDetails | Unset", data)

        server_tool_use_details = _parse_server_tool_use_details(
            d.pop("server_tool_use_details", UNSET)
        )

        response_usage = cls(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            total_tokens=total_tokens,
            input_tokens_details=input_tokens_details,
            output_tokens_details=output_tokens_details,
            cost=cost,
            is_byok=is_byok,
            cost_details=cost_details,
            server_tool_use_details=server_tool_use_details,
        )

        response_usage.additional_properties = d
        return response_usage

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
from ..models.response_cost_details import ResponseCostDetails  # noqa: E402
from ..models.response_input_tokens_details import ResponseInputTokensDetails  # noqa: E402
from ..models.response_output_tokens_details import ResponseOutputTokensDetails  # noqa: E402
from ..models.server_tool_use_details import ServerToolUseDetails  # noqa: E402
