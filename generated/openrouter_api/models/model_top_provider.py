from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ModelTopProvider(_ReadModel):
    """Limits of the model's main provider.

    Attributes:
        is_moderated (bool): Whether requests are screened by moderation first.
        context_length (int | None):
        max_completion_tokens (int | None): Output cap; the remaining context after the prompt may be lower.
    """

    __slots__ = (
        "is_moderated",
        "context_length",
        "max_completion_tokens",
        "additional_properties",
    )

    is_moderated: bool
    context_length: int | None
    max_completion_tokens: int | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        is_moderated: bool,
        context_length: int | None = None,
        max_completion_tokens: int | None = None,
    ) -> None:
        self.is_moderated = is_moderated
        self.context_length = context_length
        self.max_completion_tokens = max_completion_tokens
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("is_moderated", "is_moderated", True, "bool"),
        ("context_length", "context_length", False, "int | None"),
        ("max_completion_tokens", "max_completion_tokens", False, "int | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        is_moderated = d.pop("is_moderated", None)
        context_length = d.pop("context_length", None)
        max_completion_tokens = d.pop("max_completion_tokens", None)
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
