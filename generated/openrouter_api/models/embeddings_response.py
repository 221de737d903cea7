from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmbeddingsResponse")


@_attrs_define
class EmbeddingsResponse:
    """The vectors, in the same order as the inputs.

    Attributes:
        object_ (Literal['list']):
        data (list[EmbeddingObject]):
        model (str): The model that produced the vectors.
        id (str | Unset): Generation id of the request.
        usage (EmbeddingsUsage | Unset): Tokens counted and money charged for an embeddings request.
    """

    object_: Literal["list"]
    data: list[EmbeddingObject]
    model: str
    id: str | Unset = UNSET
    usage: EmbeddingsUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        model = self.model

        id = self.id

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "data": data,
                "model": model,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = cast('Literal["list"]', d.pop("object"))
        if object_ != "list":
            raise ValueError(f"object must match const 'list', got '{object_}'")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = EmbeddingObject.from_dict(data_item_data)

            data.append(data_item)

        model = d.pop("model")

        id = d.pop("id", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: EmbeddingsUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = EmbeddingsUsage.from_dict(_usage)

        embeddings_response = cls(
            object_=object_,
            data=data,
            model=model,
            id=id,
            usage=usage,
        )

        embeddings_response.additional_properties = d
        return embeddings_response

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
from ..models.embedding_object import EmbeddingObject  # noqa: E402
from ..models.embeddings_usage import EmbeddingsUsage  # noqa: E402
