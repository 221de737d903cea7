from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.private_endpoint_status_known import PrivateEndpointStatusKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class PrivateEndpointSummary(_ReadModel):
    """
    Attributes:
        id (str):
        model_permaslug (str): Permanent slug of the served model.
        model_slug (None | str): Public model slug; null once the model is unlisted.
        model_name (None | str): Model display name; null once the model is unlisted.
        provider_name (str): Display name of the upstream provider.
        status (PrivateEndpointStatusKnown | str):
        created_at (str): ISO 8601 creation time.
    """

    __slots__ = (
        "id",
        "model_permaslug",
        "model_slug",
        "model_name",
        "provider_name",
        "status",
        "created_at",
        "additional_properties",
    )

    id: str
    model_permaslug: str
    model_slug: None | str
    model_name: None | str
    provider_name: str
    status: PrivateEndpointStatusKnown | str
    created_at: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        model_permaslug: str,
        model_slug: None | str,
        model_name: None | str,
        provider_name: str,
        status: PrivateEndpointStatusKnown | str,
        created_at: str,
    ) -> None:
        self.id = id
        self.model_permaslug = model_permaslug
        self.model_slug = model_slug
        self.model_name = model_name
        self.provider_name = provider_name
        self.status = status
        self.created_at = created_at
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("model_permaslug", "model_permaslug", True, "str"),
        ("model_slug", "model_slug", True, "None | str"),
        ("model_name", "model_name", True, "None | str"),
        ("provider_name", "provider_name", True, "str"),
        ("status", "status", True, "PrivateEndpointStatusKnown | str"),
        ("created_at", "created_at", True, "str"),
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
        _new_model_.model_permaslug = _json_get_("model_permaslug")
        _new_model_.model_slug = _json_get_("model_slug")
        _new_model_.model_name = _json_get_("model_name")
        _new_model_.provider_name = _json_get_("provider_name")
        _status = _json_get_("status")
        status: Any = (
            PrivateEndpointStatusKnown._value2member_map_.get(_status, _status)
            if isinstance(_status, str)
            else _status
        )
        _new_model_.status = status
        _new_model_.created_at = _json_get_("created_at")
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
        "model_permaslug",
        "model_slug",
        "model_name",
        "provider_name",
        "status",
        "created_at",
    )
)
