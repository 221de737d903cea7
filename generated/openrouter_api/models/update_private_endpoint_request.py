from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.private_endpoint_region import PrivateEndpointRegion
from ..types import UNSET, Unset
from ..types import Model as _Model


class UpdatePrivateEndpointRequest(_Model):
    """
    Attributes:
        upstream_model_id (str): Model or deployment id to send to the provider.
        base_url (str | Unset): HTTPS base URL of the deployment; left out keeps the stored one.
        declared_region (None | PrivateEndpointRegion | Unset): Declare where the deployment processes data.
        declared_zdr (bool | None | Unset): Declare that the deployment keeps no prompts or completions.
    """

    __slots__ = (
        "upstream_model_id",
        "base_url",
        "declared_region",
        "declared_zdr",
        "additional_properties",
    )

    upstream_model_id: str
    base_url: str | Unset
    declared_region: None | PrivateEndpointRegion | Unset
    declared_zdr: bool | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        upstream_model_id: str,
        base_url: str | Unset = UNSET,
        declared_region: None | PrivateEndpointRegion | Unset = UNSET,
        declared_zdr: bool | None | Unset = UNSET,
    ) -> None:
        self.upstream_model_id = upstream_model_id
        self.base_url = base_url
        self.declared_region = declared_region
        self.declared_zdr = declared_zdr
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        upstream_model_id = self.upstream_model_id

        base_url = self.base_url

        declared_region: None | str | Unset
        if isinstance(self.declared_region, Unset):
            declared_region = UNSET
        elif isinstance(self.declared_region, PrivateEndpointRegion):
            declared_region = self.declared_region.value
        else:
            declared_region = self.declared_region

        declared_zdr: bool | None | Unset
        if isinstance(self.declared_zdr, Unset):
            declared_zdr = UNSET
        else:
            declared_zdr = self.declared_zdr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upstream_model_id": upstream_model_id,
            }
        )
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if declared_region is not UNSET:
            field_dict["declared_region"] = declared_region
        if declared_zdr is not UNSET:
            field_dict["declared_zdr"] = declared_zdr

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        upstream_model_id = d.pop("upstream_model_id")

        base_url = d.pop("base_url", UNSET)

        def _parse_declared_region(data: object) -> None | PrivateEndpointRegion | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                declared_region_type_0 = PrivateEndpointRegion._parse(data)

                return declared_region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PrivateEndpointRegion | Unset", data)

        declared_region = _parse_declared_region(d.pop("declared_region", UNSET))

        declared_zdr = cast("bool | None | Unset", d.pop("declared_zdr", UNSET))

        update_private_endpoint_request = cls(
            upstream_model_id=upstream_model_id,
            base_url=base_url,
            declared_region=declared_region,
            declared_zdr=declared_zdr,
        )

        update_private_endpoint_request.additional_properties = d
        return update_private_endpoint_request

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
