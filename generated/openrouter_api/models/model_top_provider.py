from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelTopProvider")


@_attrs_define
class ModelTopProvider:
    """Limits of the model's main provider.

    Attributes:
        is_moderated (bool): Whether requests are screened by moderation first.
        context_length (int | None | Unset):
        max_completion_tokens (int | None | Unset): Output cap; the remaining context after the prompt may be lower.
    """

    is_moderated: bool
    context_length: int | None | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_moderated = self.is_moderated

        context_length: int | None | Unset
        if isinstance(self.context_length, Unset):
            context_length = UNSET
        else:
            context_length = self.context_length

        max_completion_tokens: int | None | Unset
        if isinstance(self.max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
            max_completion_tokens = self.max_completion_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_moderated": is_moderated,
            }
        )
        if context_length is not UNSET:
            field_dict["context_length"] = context_length
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_moderated = d.pop("is_moderated")

        context_length = cast("int | None | Unset", d.pop("context_length", UNSET))

        max_completion_tokens = cast("int | None | Unset", d.pop("max_completion_tokens", UNSET))

        model_top_provider = cls(
            is_moderated=is_moderated,
            context_length=context_length,
            max_completion_tokens=max_completion_tokens,
        )

        model_top_provider.additional_properties = d
        return model_top_provider

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
