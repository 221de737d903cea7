from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.image_input_modality_known import ImageInputModalityKnown
from ..models.image_output_modality_known import ImageOutputModalityKnown
from ..types import ReadModel as _ReadModel


class ImageModelArchitecture(_ReadModel):
    """
    Attributes:
        input_modalities (list[ImageInputModalityKnown | str]):
        output_modalities (list[ImageOutputModalityKnown | str]):
    """

    __slots__ = (
        "input_modalities",
        "output_modalities",
        "additional_properties",
    )

    input_modalities: list[ImageInputModalityKnown | str]
    output_modalities: list[ImageOutputModalityKnown | str]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        input_modalities: list[ImageInputModalityKnown | str],
        output_modalities: list[ImageOutputModalityKnown | str],
    ) -> None:
        self.input_modalities = input_modalities
        self.output_modalities = output_modalities
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("input_modalities", "input_modalities", True, "list[ImageInputModalityKnown | str]"),
        ("output_modalities", "output_modalities", True, "list[ImageOutputModalityKnown | str]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        _input_modalities = d.pop("input_modalities", None)
        input_modalities: Any = (
            [_read_input_modalities_item(i0) for i0 in _input_modalities]
            if isinstance(_input_modalities, list)
            else _input_modalities
        )
        _output_modalities = d.pop("output_modalities", None)
        output_modalities: Any = (
            [_read_output_modalities_item(i0) for i0 in _output_modalities]
            if isinstance(_output_modalities, list)
            else _output_modalities
        )
        image_model_architecture = cls(
            input_modalities=input_modalities,
            output_modalities=output_modalities,
        )
        image_model_architecture.additional_properties = d
        return image_model_architecture

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


def _read_input_modalities_item(data: Any) -> Any:
    if isinstance(data, str):
        if data in ImageInputModalityKnown._value2member_map_:
            return ImageInputModalityKnown._value2member_map_[data]
    return data


def _read_output_modalities_item(data: Any) -> Any:
    if isinstance(data, str):
        if data in ImageOutputModalityKnown._value2member_map_:
            return ImageOutputModalityKnown._value2member_map_[data]
    return data
