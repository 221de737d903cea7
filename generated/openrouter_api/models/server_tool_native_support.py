from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.endpoint_count = _json_get_("endpoint_count")
        _new_model_.model_count = _json_get_("model_count")
        _models = _json_get_("models")
        if isinstance(_models, list):
            models: Any = []
            for _list_item_ in _models:
                models.append(
                    ServerToolNativeModel.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            models = _models
        _new_model_.models = models
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "endpoint_count",
        "model_count",
        "models",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.server_tool_native_model import ServerToolNativeModel  # noqa: E402
else:
    ServerToolNativeModel = _Deferred_(
        globals(), "..models.server_tool_native_model", "ServerToolNativeModel"
    )
