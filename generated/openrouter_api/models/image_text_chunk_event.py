from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..models.image_text_phase_known import ImageTextPhaseKnown
from ..types import ReadModel as _ReadModel


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
        d = dict(src_dict)
        type_ = d.pop("type", None)
        _phase = d.pop("phase", None)
        phase: Any = _read_phase(_phase)
        text = d.pop("text", None)
        image_text_chunk_event = cls(
            type=type_,
            phase=phase,
            text=text,
        )
        image_text_chunk_event.additional_properties = d
        return image_text_chunk_event

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


def _read_phase(data: Any) -> Any:
    if isinstance(data, str):
        if data in ImageTextPhaseKnown._value2member_map_:
            return ImageTextPhaseKnown._value2member_map_[data]
    return data
