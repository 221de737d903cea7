from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class EmbeddingsUsage(_ReadModel):
    """Tokens counted and money charged for an embeddings request.

    Attributes:
        prompt_tokens (int):
        total_tokens (int):
        prompt_tokens_details (EmbeddingsPromptTokensDetails | None): Per-modality token counts; only sent for mixed-
            modality inputs when the provider reports them.
        cost (float | None): Amount charged in USD.
        is_byok (bool | None): Whether the request ran on the caller's own provider key.
        cost_details (CostDetails | None):
    """

    __slots__ = (
        "prompt_tokens",
        "total_tokens",
        "prompt_tokens_details",
        "cost",
        "is_byok",
        "cost_details",
        "additional_properties",
    )

    prompt_tokens: int
    total_tokens: int
    prompt_tokens_details: EmbeddingsPromptTokensDetails | None
    cost: float | None
    is_byok: bool | None
    cost_details: CostDetails | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        prompt_tokens: int,
        total_tokens: int,
        prompt_tokens_details: EmbeddingsPromptTokensDetails | None = None,
        cost: float | None = None,
        is_byok: bool | None = None,
        cost_details: CostDetails | None = None,
    ) -> None:
        self.prompt_tokens = prompt_tokens
        self.total_tokens = total_tokens
        self.prompt_tokens_details = prompt_tokens_details
        self.cost = cost
        self.is_byok = is_byok
        self.cost_details = cost_details
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("prompt_tokens", "prompt_tokens", True, "int"),
        ("total_tokens", "total_tokens", True, "int"),
        ("prompt_tokens_details", "prompt_tokens_details", False, "EmbeddingsPromptTokensDetails"),
        ("cost", "cost", False, "float"),
        ("is_byok", "is_byok", False, "bool"),
        ("cost_details", "cost_details", False, "CostDetails | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        prompt_tokens = d.pop("prompt_tokens", None)
        total_tokens = d.pop("total_tokens", None)
        _prompt_tokens_details = d.pop("prompt_tokens_details", None)
        prompt_tokens_details: Any = (
            EmbeddingsPromptTokensDetails.from_dict(_prompt_tokens_details)
            if isinstance(_prompt_tokens_details, dict)
            else _prompt_tokens_details
        )
        cost = d.pop("cost", None)
        is_byok = d.pop("is_byok", None)
        _cost_details = d.pop("cost_details", None)
        cost_details: Any = _read_cost_details(_cost_details)
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


def _read_cost_details(data: Any) -> Any:
    if isinstance(data, dict):
        return CostDetails.from_dict(data)
    return data


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.cost_details import CostDetails  # noqa: E402
from ..models.embeddings_prompt_tokens_details import EmbeddingsPromptTokensDetails  # noqa: E402
