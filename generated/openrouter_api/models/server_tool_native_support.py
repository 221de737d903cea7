from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerToolNativeSupport")


@_attrs_define
class ServerToolNativeSupport:
    """Endpoints whose provider runs the tool itself (zero when none does).

    Attributes:
        endpoint_count (int):
        model_count (int):
        models (list[ServerToolNativeModel] | Unset): Only in `GET /tools/{name}`.
    """

    endpoint_count: int
    model_count: int
    models: list[ServerToolNativeModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint_count = self.endpoint_count

        model_count = self.model_count

        models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = []
            for models_item_data in self.models:
                models_item = models_item_data.to_dict()
                models.append(models_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint_count": endpoint_count,
                "model_count": model_count,
            }
        )
        if models is not UNSET:
            field_dict["models"] = models

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoint_count = d.pop("endpoint_count")

        model_count = d.pop("model_count")

        _models = d.pop("models", UNSET)
        models: list[ServerToolNativeModel] | Unset = UNSET
        if _models is not UNSET:
            models = []
            for models_item_data in _models:
                models_item = ServerToolNativeModel.from_dict(models_item_data)

                models.append(models_item)

        server_tool_native_support = cls(
            endpoint_count=endpoint_count,
            model_count=model_count,
            models=models,
        )

        server_tool_native_support.additional_properties = d
        return server_tool_native_support

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
from ..models.server_tool_native_model import ServerToolNativeModel  # noqa: E402
