from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.is_moderated = _json_get_("is_moderated")
        _new_model_.context_length = _json_get_("context_length")
        _new_model_.max_completion_tokens = _json_get_("max_completion_tokens")
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "is_moderated",
        "context_length",
        "max_completion_tokens",
    )
)
