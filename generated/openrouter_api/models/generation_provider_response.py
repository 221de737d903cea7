from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class GenerationProviderResponse(_ReadModel):
    """One attempt at a provider.

    Attributes:
        id (str | None):
        endpoint_id (str | None):
        model_permaslug (str | None):
        provider_name (str | None):
        status (int | None): HTTP status the provider answered with.
        latency (float | None): Milliseconds.
        is_byok (bool | None):
        routed_service_tier (str | None): Tier the request was routed to (`flex`, `priority`, `ultrafast`).
    """

    __slots__ = (
        "id",
        "endpoint_id",
        "model_permaslug",
        "provider_name",
        "status",
        "latency",
        "is_byok",
        "routed_service_tier",
        "additional_properties",
    )

    id: str | None
    endpoint_id: str | None
    model_permaslug: str | None
    provider_name: str | None
    status: int | None
    latency: float | None
    is_byok: bool | None
    routed_service_tier: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str | None = None,
        endpoint_id: str | None = None,
        model_permaslug: str | None = None,
        provider_name: str | None = None,
        status: int | None = None,
        latency: float | None = None,
        is_byok: bool | None = None,
        routed_service_tier: str | None = None,
    ) -> None:
        self.id = id
        self.endpoint_id = endpoint_id
        self.model_permaslug = model_permaslug
        self.provider_name = provider_name
        self.status = status
        self.latency = latency
        self.is_byok = is_byok
        self.routed_service_tier = routed_service_tier
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, "str"),
        ("endpoint_id", "endpoint_id", False, "str"),
        ("model_permaslug", "model_permaslug", False, "str"),
        ("provider_name", "provider_name", False, "str"),
        ("status", "status", False, "int | None"),
        ("latency", "latency", False, "float"),
        ("is_byok", "is_byok", False, "bool"),
        ("routed_service_tier", "routed_service_tier", False, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.id = _json_get_("id")
        _new_model_.endpoint_id = _json_get_("endpoint_id")
        _new_model_.model_permaslug = _json_get_("model_permaslug")
        _new_model_.provider_name = _json_get_("provider_name")
        _new_model_.status = _json_get_("status")
        _new_model_.latency = _json_get_("latency")
        _new_model_.is_byok = _json_get_("is_byok")
        _new_model_.routed_service_tier = _json_get_("routed_service_tier")
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
        "id",
        "endpoint_id",
        "model_permaslug",
        "provider_name",
        "status",
        "latency",
        "is_byok",
        "routed_service_tier",
    )
)
