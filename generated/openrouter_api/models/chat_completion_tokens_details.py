from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ChatCompletionTokensDetails(_ReadModel):
    """
    Attributes:
        reasoning_tokens (int | None):
        audio_tokens (int | None):
        image_tokens (int | None):
        accepted_prediction_tokens (int | None):
        rejected_prediction_tokens (int | None):
    """

    __slots__ = (
        "reasoning_tokens",
        "audio_tokens",
        "image_tokens",
        "accepted_prediction_tokens",
        "rejected_prediction_tokens",
        "additional_properties",
    )

    reasoning_tokens: int | None
    audio_tokens: int | None
    image_tokens: int | None
    accepted_prediction_tokens: int | None
    rejected_prediction_tokens: int | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        reasoning_tokens: int | None = None,
        audio_tokens: int | None = None,
        image_tokens: int | None = None,
        accepted_prediction_tokens: int | None = None,
        rejected_prediction_tokens: int | None = None,
    ) -> None:
        self.reasoning_tokens = reasoning_tokens
        self.audio_tokens = audio_tokens
        self.image_tokens = image_tokens
        self.accepted_prediction_tokens = accepted_prediction_tokens
        self.rejected_prediction_tokens = rejected_prediction_tokens
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("reasoning_tokens", "reasoning_tokens", False, "int | None"),
        ("audio_tokens", "audio_tokens", False, "int | None"),
        ("image_tokens", "image_tokens", False, "int | None"),
        ("accepted_prediction_tokens", "accepted_prediction_tokens", False, "int | None"),
        ("rejected_prediction_tokens", "rejected_prediction_tokens", False, "int | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.reasoning_tokens = _json_get_("reasoning_tokens")
        _new_model_.audio_tokens = _json_get_("audio_tokens")
        _new_model_.image_tokens = _json_get_("image_tokens")
        _new_model_.accepted_prediction_tokens = _json_get_("accepted_prediction_tokens")
        _new_model_.rejected_prediction_tokens = _json_get_("rejected_prediction_tokens")
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
        "reasoning_tokens",
        "audio_tokens",
        "image_tokens",
        "accepted_prediction_tokens",
        "rejected_prediction_tokens",
    )
)
