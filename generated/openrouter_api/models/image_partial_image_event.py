from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class ImagePartialImageEvent(_ReadModel):
    """An intermediate rendering.

    Attributes:
        type (Literal['image_generation.partial_image']):
        b64_json (str):
        partial_image_index (int): Zero-based position of this partial image in the stream.
    """

    __slots__ = (
        "type",
        "b64_json",
        "partial_image_index",
        "additional_properties",
    )

    type: Literal["image_generation.partial_image"]
    b64_json: str
    partial_image_index: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["image_generation.partial_image"],
        b64_json: str,
        partial_image_index: int,
    ) -> None:
        self.type = type
        self.b64_json = b64_json
        self.partial_image_index = partial_image_index
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['image_generation.partial_image']"),
        ("b64_json", "b64_json", True, "str"),
        ("partial_image_index", "partial_image_index", True, "int"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        b64_json = d.pop("b64_json", None)
        partial_image_index = d.pop("partial_image_index", None)
        image_partial_image_event = cls(
            type=type_,
            b64_json=b64_json,
            partial_image_index=partial_image_index,
        )
        image_partial_image_event.additional_properties = d
        return image_partial_image_event

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
