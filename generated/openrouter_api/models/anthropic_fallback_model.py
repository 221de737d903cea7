from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import Model as _Model


class AnthropicFallbackModel(_Model):
    """
    Attributes:
        model (str):
    """

    __slots__ = (
        "model",
        "additional_properties",
    )

    model: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        model: str,
    ) -> None:
        self.model = model
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        anthropic_fallback_model = cls(
            model=model,
        )

        anthropic_fallback_model.additional_properties = d
        return anthropic_fallback_model

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
