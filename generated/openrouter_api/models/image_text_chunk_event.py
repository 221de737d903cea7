from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..models.image_text_phase_known import ImageTextPhaseKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ImageTextChunkEvent(_ReadModel):
    """Text the model emits while generating (answer text, reasoning or a draft).

    Attributes:
        type (Literal['image_generation.text_chunk']):
        phase (ImageTextPhaseKnown | str):
        text (str):
    """

    __slots__ = (
        "type",
        "phase",
        "text",
        "additional_properties",
    )

    type: Literal["image_generation.text_chunk"]
    phase: ImageTextPhaseKnown | str
    text: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["image_generation.text_chunk"],
        phase: ImageTextPhaseKnown | str,
        text: str,
    ) -> None:
        self.type = type
        self.phase = phase
        self.text = text
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['image_generation.text_chunk']"),
        ("phase", "phase", True, "ImageTextPhaseKnown | str"),
        ("text", "text", True, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.type = _json_get_("type")
        _phase = _json_get_("phase")
        phase: Any = (
            ImageTextPhaseKnown._value2member_map_.get(_phase, _phase)
            if isinstance(_phase, str)
            else _phase
        )
        _new_model_.phase = phase
        _new_model_.text = _json_get_("text")
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
        "type",
        "phase",
        "text",
    )
)
