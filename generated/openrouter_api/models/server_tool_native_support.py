from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ServerToolNativeSupport(_ReadModel):
    """Endpoints whose provider runs the tool itself (zero when none does).

    Attributes:
        endpoint_count (int):
        model_count (int):
        models (list[ServerToolNativeModel] | None): Only in `GET /tools/{name}`.
    """

    __slots__ = (
        "endpoint_count",
        "model_count",
        "models",
        "additional_properties",
    )

    endpoint_count: int
    model_count: int
    models: list[ServerToolNativeModel] | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        endpoint_count: int,
        model_count: int,
        models: list[ServerToolNativeModel] | None = None,
    ) -> None:
        self.endpoint_count = endpoint_count
        self.model_count = model_count
        self.models = models
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("endpoint_count", "endpoint_count", True, "int"),
        ("model_count", "model_count", True, "int"),
        ("models", "models", False, "list[ServerToolNativeModel]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        endpoint_count = d.pop("endpoint_count", None)
        model_count = d.pop("model_count", None)
        _models = d.pop("models", None)
        models: Any = (
            [ServerToolNativeModel.from_dict(i0) if isinstance(i0, dict) else i0 for i0 in _models]
            if isinstance(_models, list)
            else _models
        )
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
