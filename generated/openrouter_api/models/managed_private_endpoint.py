from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.private_endpoint_region_known import PrivateEndpointRegionKnown
from ..models.private_endpoint_status_known import PrivateEndpointStatusKnown
from ..types import ReadModel as _ReadModel


class ManagedPrivateEndpoint(_ReadModel):
    """A private endpoint as returned by lifecycle operations (create, activate, enable, disable).

    Attributes:
        id (str):
        model_permaslug (str): Permanent slug of the served model.
        model_slug (None | str): Public model slug; null once the model is unlisted.
        model_name (None | str): Model display name; null once the model is unlisted.
        provider_name (str): Display name of the upstream provider.
        status (PrivateEndpointStatusKnown | str):
        created_at (str): ISO 8601 creation time.
        declared_region (None | PrivateEndpointRegionKnown | str): Declared data-processing region; null when
            undeclared.
        declared_zdr (bool | None): Declared zero data retention; null when undeclared.
    """

    __slots__ = (
        "id",
        "model_permaslug",
        "model_slug",
        "model_name",
        "provider_name",
        "status",
        "created_at",
        "declared_region",
        "declared_zdr",
        "additional_properties",
    )

    id: str
    model_permaslug: str
    model_slug: None | str
    model_name: None | str
    provider_name: str
    status: PrivateEndpointStatusKnown | str
    created_at: str
    declared_region: None | PrivateEndpointRegionKnown | str
    declared_zdr: bool | None
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
        declared_region: None | PrivateEndpointRegionKnown | str,
        declared_zdr: bool | None,
    ) -> None:
        self.id = id
        self.model_permaslug = model_permaslug
        self.model_slug = model_slug
        self.model_name = model_name
        self.provider_name = provider_name
        self.status = status
        self.created_at = created_at
        self.declared_region = declared_region
        self.declared_zdr = declared_zdr
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("model_permaslug", "model_permaslug", True, "str"),
        ("model_slug", "model_slug", True, "None | str"),
        ("model_name", "model_name", True, "None | str"),
        ("provider_name", "provider_name", True, "str"),
        ("status", "status", True, "PrivateEndpointStatusKnown | str"),
        ("created_at", "created_at", True, "str"),
        ("declared_region", "declared_region", True, "None | PrivateEndpointRegionKnown | str"),
        ("declared_zdr", "declared_zdr", True, "bool | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        id = d.pop("id", None)
        model_permaslug = d.pop("model_permaslug", None)
        model_slug = d.pop("model_slug", None)
        model_name = d.pop("model_name", None)
        provider_name = d.pop("provider_name", None)
        _status = d.pop("status", None)
        status: Any = _read_status(_status)
        created_at = d.pop("created_at", None)
        _declared_region = d.pop("declared_region", None)
        declared_region: Any = _read_declared_region(_declared_region)
        declared_zdr = d.pop("declared_zdr", None)
        managed_private_endpoint = cls(
            id=id,
            model_permaslug=model_permaslug,
            model_slug=model_slug,
            model_name=model_name,
            provider_name=provider_name,
            status=status,
            created_at=created_at,
            declared_region=declared_region,
            declared_zdr=declared_zdr,
        )
        managed_private_endpoint.additional_properties = d
        return managed_private_endpoint

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


def _read_status(data: Any) -> Any:
    if isinstance(data, str):
        if data in PrivateEndpointStatusKnown._value2member_map_:
            return PrivateEndpointStatusKnown._value2member_map_[data]
    return data


def _read_declared_region(data: Any) -> Any:
    if isinstance(data, str):
        if data in PrivateEndpointRegionKnown._value2member_map_:
            return PrivateEndpointRegionKnown._value2member_map_[data]
    return data
