from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ModelEndpointNativeTool(_ReadModel):
    """
    Attributes:
        type (str | None): The provider's tool type, for example `web_search_20260209`.
    """

    __slots__ = (
        "type",
        "additional_properties",
    )

    type: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: str | None = None,
    ) -> None:
        self.type = type
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", False, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        model_endpoint_native_tool = cls(
            type=type_,
        )
        model_endpoint_native_tool.additional_properties = d
        return model_endpoint_native_tool

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
