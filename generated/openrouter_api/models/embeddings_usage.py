from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmbeddingsUsage")


@_attrs_define
class EmbeddingsUsage:
    """Tokens counted and money charged for an embeddings request.

    Attributes:
        prompt_tokens (int):
        total_tokens (int):
        prompt_tokens_details (EmbeddingsPromptTokensDetails | Unset): Per-modality token counts; only sent for mixed-
            modality inputs when the provider reports them.
        cost (float | Unset): Amount charged in USD.
        is_byok (bool | Unset): Whether the request ran on the caller's own provider key.
        cost_details (CostDetails | None | Unset):
    """

    prompt_tokens: int
    total_tokens: int
    prompt_tokens_details: EmbeddingsPromptTokensDetails | Unset = UNSET
    cost: float | Unset = UNSET
    is_byok: bool | Unset = UNSET
    cost_details: CostDetails | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_tokens = self.prompt_tokens

        total_tokens = self.total_tokens

        prompt_tokens_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_tokens_details, Unset):
            prompt_tokens_details = self.prompt_tokens_details.to_dict()

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
                "prompt_tokens": prompt_tokens,
                "total_tokens": total_tokens,
            }
        )
        if prompt_tokens_details is not UNSET:
            field_dict["prompt_tokens_details"] = prompt_tokens_details
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
        prompt_tokens = d.pop("prompt_tokens")

        total_tokens = d.pop("total_tokens")

        _prompt_tokens_details = d.pop("prompt_tokens_details", UNSET)
        prompt_tokens_details: EmbeddingsPromptTokensDetails | Unset
        if isinstance(_prompt_tokens_details, Unset):
            prompt_tokens_details = UNSET
        else:
            prompt_tokens_details = EmbeddingsPromptTokensDetails.from_dict(_prompt_tokens_details)

        cost = d.pop("cost", UNSET)

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

        embeddings_usage = cls(
            prompt_tokens=prompt_tokens,
            total_tokens=total_tokens,
            prompt_tokens_details=prompt_tokens_details,
            cost=cost,
            is_byok=is_byok,
            cost_details=cost_details,
        )

        embeddings_usage.additional_properties = d
        return embeddings_usage

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
from ..models.embeddings_prompt_tokens_details import EmbeddingsPromptTokensDetails  # noqa: E402
