from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGeneration")


@_attrs_define
class ImageGeneration:
    """The images produced by one request.

    Attributes:
        created (int): Unix seconds when the images were produced.
        data (list[GeneratedImage]):
        usage (InferenceUsage | Unset): Token counts and cost of an image generation or a batch.
    """

    created: int
    data: list[GeneratedImage]
    usage: InferenceUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "data": data,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created = d.pop("created")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = GeneratedImage.from_dict(data_item_data)

            data.append(data_item)

        _usage = d.pop("usage", UNSET)
        usage: InferenceUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = InferenceUsage.from_dict(_usage)

        image_generation = cls(
            created=created,
            data=data,
            usage=usage,
        )

        image_generation.additional_properties = d
        return image_generation

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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.generated_image import GeneratedImage  # noqa: E402
from ..models.inference_usage import InferenceUsage  # noqa: E402
