from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_text_phase_known import ImageTextPhaseKnown

T = TypeVar("T", bound="ImageTextChunkEvent")


@_attrs_define
class ImageTextChunkEvent:
    """Text the model emits while generating (answer text, reasoning or a draft).

    Attributes:
        type_ (Literal['image_generation.text_chunk']):
        phase (ImageTextPhaseKnown | str):
        text (str):
    """

    type_: Literal["image_generation.text_chunk"]
    phase: ImageTextPhaseKnown | str
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        phase: str
        if isinstance(self.phase, ImageTextPhaseKnown):
            phase = self.phase.value
        else:
            phase = self.phase

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "phase": phase,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["image_generation.text_chunk"]', d.pop("type"))
        if type_ != "image_generation.text_chunk":
            raise ValueError(f"type must match const 'image_generation.text_chunk', got '{type_}'")

        def _parse_phase(data: object) -> ImageTextPhaseKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_0 = ImageTextPhaseKnown._parse(data)

                return phase_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ImageTextPhaseKnown | str", data)

        phase = _parse_phase(d.pop("phase"))

        text = d.pop("text")

        image_text_chunk_event = cls(
            type_=type_,
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
