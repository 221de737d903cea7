from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelEndpoints")


@_attrs_define
class ModelEndpoints:
    """A model with the list of provider endpoints serving it.

    Attributes:
        id (str):
        endpoints (list[ModelEndpoint]):
        name (str | Unset):
        created (int | Unset):
        description (str | Unset):
        architecture (ModelArchitecture | Unset):
    """

    id: str
    endpoints: list[ModelEndpoint]
    name: str | Unset = UNSET
    created: int | Unset = UNSET
    description: str | Unset = UNSET
    architecture: ModelArchitecture | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        endpoints = []
        for endpoints_item_data in self.endpoints:
            endpoints_item = endpoints_item_data.to_dict()
            endpoints.append(endpoints_item)

        name = self.name

        created = self.created

        description = self.description

        architecture: dict[str, Any] | Unset = UNSET
        if not isinstance(self.architecture, Unset):
            architecture = self.architecture.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "endpoints": endpoints,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if created is not UNSET:
            field_dict["created"] = created
        if description is not UNSET:
            field_dict["description"] = description
        if architecture is not UNSET:
            field_dict["architecture"] = architecture

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        endpoints = []
        _endpoints = d.pop("endpoints")
        for endpoints_item_data in _endpoints:
            endpoints_item = ModelEndpoint.from_dict(endpoints_item_data)

            endpoints.append(endpoints_item)

        name = d.pop("name", UNSET)

        created = d.pop("created", UNSET)

        description = d.pop("description", UNSET)

        _architecture = d.pop("architecture", UNSET)
        architecture: ModelArchitecture | Unset
        if isinstance(_architecture, Unset):
            architecture = UNSET
        else:
            architecture = ModelArchitecture.from_dict(_architecture)

        model_endpoints = cls(
            id=id,
            endpoints=endpoints,
            name=name,
            created=created,
            description=description,
            architecture=architecture,
        )

        model_endpoints.additional_properties = d
        return model_endpoints

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
from ..models.model_architecture import ModelArchitecture  # noqa: E402
from ..models.model_endpoint import ModelEndpoint  # noqa: E402
