from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatUsage")


@_attrs_define
class ChatUsage:
    """Token counts from the model's own tokenizer, and what the request cost.

    Attributes:
        prompt_tokens (int):
        completion_tokens (int):
        total_tokens (int):
        prompt_tokens_details (ChatPromptTokensDetails | None | Unset):
        completion_tokens_details (ChatCompletionTokensDetails | None | Unset):
        cost (float | None | Unset): Credits charged for the request, in USD.
        is_byok (bool | Unset): Whether the request ran on your own provider key.
        cost_details (CostDetails | None | Unset):
        server_tool_use_details (None | ServerToolUseDetails | Unset):
    """

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    prompt_tokens_details: ChatPromptTokensDetails | None | Unset = UNSET
    completion_tokens_details: ChatCompletionTokensDetails | None | Unset = UNSET
    cost: float | None | Unset = UNSET
    is_byok: bool | Unset = UNSET
    cost_details: CostDetails | None | Unset = UNSET
    server_tool_use_details: None | ServerToolUseDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        total_tokens = self.total_tokens

        prompt_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.prompt_tokens_details, Unset):
            prompt_tokens_details = UNSET
        elif isinstance(self.prompt_tokens_details, ChatPromptTokensDetails):
            prompt_tokens_details = self.prompt_tokens_details.to_dict()
        else:
            prompt_tokens_details = self.prompt_tokens_details

        completion_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.completion_tokens_details, Unset):
            completion_tokens_details = UNSET
        elif isinstance(self.completion_tokens_details, ChatCompletionTokensDetails):
            completion_tokens_details = self.completion_tokens_details.to_dict()
        else:
            completion_tokens_details = self.completion_tokens_details

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
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": total_tokens,
            }
        )
        if prompt_tokens_details is not UNSET:
            field_dict["prompt_tokens_details"] = prompt_tokens_details
        if completion_tokens_details is not UNSET:
            field_dict["completion_tokens_details"] = completion_tokens_details
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
        prompt_tokens = d.pop("prompt_tokens")

        completion_tokens = d.pop("completion_tokens")

        total_tokens = d.pop("total_tokens")

        def _parse_prompt_tokens_details(data: object) -> ChatPromptTokensDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_tokens_details_type_0 = ChatPromptTokensDetails.from_dict(data)

                return prompt_tokens_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ChatPromptTokensDetails | None | Unset", data)

        prompt_tokens_details = _parse_prompt_tokens_details(d.pop("prompt_tokens_details", UNSET))

        def _parse_completion_tokens_details(
            data: object,
        ) -> ChatCompletionTokensDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                completion_tokens_details_type_0 = ChatCompletionTokensDetails.from_dict(data)

                return completion_tokens_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ChatCompletionTokensDetails | None | Unset", data)

        completion_tokens_details = _parse_completion_tokens_details(
            d.pop("completion_tokens_details", UNSET)
        )

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

        chat_usage = cls(
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            total_tokens=total_tokens,
            prompt_tokens_details=prompt_tokens_details,
            completion_tokens_details=completion_tokens_details,
            cost=cost,
            is_byok=is_byok,
            cost_details=cost_details,
            server_tool_use_details=server_tool_use_details,
        )

        chat_usage.additional_properties = d
        return chat_usage

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
from ..models.chat_completion_tokens_details import ChatCompletionTokensDetails  # noqa: E402
from ..models.chat_prompt_tokens_details import ChatPromptTokensDetails  # noqa: E402
from ..models.cost_details import CostDetails  # noqa: E402
from ..models.server_tool_use_details import ServerToolUseDetails  # noqa: E402
