from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class AnthropicTaskBudget(_Model):
    """
    Attributes:
        type (Literal['tokens']):
        total (int):
        remaining (int | None | Unset):
    """

    __slots__ = (
        "type",
        "total",
        "remaining",
        "additional_properties",
    )

    type: Literal["tokens"]
    total: int
    remaining: int | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["tokens"],
        total: int,
        remaining: int | None | Unset = UNSET,
    ) -> None:
        self.type = type
        self.total = total
        self.remaining = remaining
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        total = self.total

        remaining: int | None | Unset
        if isinstance(self.remaining, Unset):
            remaining = UNSET
        else:
            remaining = self.remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "total": total,
            }
        )
        if remaining is not UNSET:
            field_dict["remaining"] = remaining

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["tokens"]', d.pop("type"))
        if type_ != "tokens":
            raise ValueError(f"type must match const 'tokens', got '{type_}'")

        total = d.pop("total")

        remaining = cast("int | None | Unset", d.pop("remaining", UNSET))

        anthropic_task_budget = cls(
            type=type_,
            total=total,
            remaining=remaining,
        )

        anthropic_task_budget.additional_properties = d
        return anthropic_task_budget

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
