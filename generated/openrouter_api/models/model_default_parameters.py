from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ModelDefaultParameters(_ReadModel):
    """Sampling defaults applied when the request leaves them out.

    Attributes:
        temperature (float | None):
        top_p (float | None):
        top_k (int | None):
        frequency_penalty (float | None):
        presence_penalty (float | None):
        repetition_penalty (float | None):
    """

    __slots__ = (
        "temperature",
        "top_p",
        "top_k",
        "frequency_penalty",
        "presence_penalty",
        "repetition_penalty",
        "additional_properties",
    )

    temperature: float | None
    top_p: float | None
    top_k: int | None
    frequency_penalty: float | None
    presence_penalty: float | None
    repetition_penalty: float | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        repetition_penalty: float | None = None,
    ) -> None:
        self.temperature = temperature
        self.top_p = top_p
        self.top_k = top_k
        self.frequency_penalty = frequency_penalty
        self.presence_penalty = presence_penalty
        self.repetition_penalty = repetition_penalty
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("temperature", "temperature", False, "float | None"),
        ("top_p", "top_p", False, "float | None"),
        ("top_k", "top_k", False, "int | None"),
        ("frequency_penalty", "frequency_penalty", False, "float | None"),
        ("presence_penalty", "presence_penalty", False, "float | None"),
        ("repetition_penalty", "repetition_penalty", False, "float | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.temperature = _json_get_("temperature")
        _new_model_.top_p = _json_get_("top_p")
        _new_model_.top_k = _json_get_("top_k")
        _new_model_.frequency_penalty = _json_get_("frequency_penalty")
        _new_model_.presence_penalty = _json_get_("presence_penalty")
        _new_model_.repetition_penalty = _json_get_("repetition_penalty")
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
        "temperature",
        "top_p",
        "top_k",
        "frequency_penalty",
        "presence_penalty",
        "repetition_penalty",
    )
)
