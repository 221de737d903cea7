from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..models.private_endpoint_region_known import PrivateEndpointRegionKnown
from ..models.private_endpoint_status_known import PrivateEndpointStatusKnown
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class PrivateEndpoint(_ReadModel):
    """A private endpoint with its upstream configuration and pricing.

    Attributes:
        id (str):
        model_permaslug (str): Permanent slug of the served model.
        model_slug (None | str): Public model slug; null once the model is unlisted.
        model_name (None | str): Model display name; null once the model is unlisted.
        provider_name (str): Display name of the upstream provider.
        provider_slug (None | str): Provider slug; null once the provider is unlisted.
        upstream_model_id (str): Model or deployment id sent to the provider.
        base_url (None | str): HTTPS base URL of the deployment; null for providers whose URL comes from the BYOK
            credential (Azure, Bedrock, Vertex).
        status (PrivateEndpointStatusKnown | str):
        declared_region (None | PrivateEndpointRegionKnown | str): Declared data-processing region; null when
            undeclared.
        declared_zdr (bool | None): Declared zero data retention; null when undeclared.
        pricing (PrivateEndpointPricing): Negotiated USD rates per token, as decimal strings. A cache rate left out is
            taken from the
            public endpoint of the same model and provider when there is one.
    """

    __slots__ = (
        "id",
        "model_permaslug",
        "model_slug",
        "model_name",
        "provider_name",
        "provider_slug",
        "upstream_model_id",
        "base_url",
        "status",
        "declared_region",
        "declared_zdr",
        "pricing",
        "additional_properties",
    )

    id: str
    model_permaslug: str
    model_slug: None | str
    model_name: None | str
    provider_name: str
    provider_slug: None | str
    upstream_model_id: str
    base_url: None | str
    status: PrivateEndpointStatusKnown | str
    declared_region: None | PrivateEndpointRegionKnown | str
    declared_zdr: bool | None
    pricing: PrivateEndpointPricing
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        model_permaslug: str,
        model_slug: None | str,
        model_name: None | str,
        provider_name: str,
        provider_slug: None | str,
        upstream_model_id: str,
        base_url: None | str,
        status: PrivateEndpointStatusKnown | str,
        declared_region: None | PrivateEndpointRegionKnown | str,
        declared_zdr: bool | None,
        pricing: PrivateEndpointPricing,
    ) -> None:
        self.id = id
        self.model_permaslug = model_permaslug
        self.model_slug = model_slug
        self.model_name = model_name
        self.provider_name = provider_name
        self.provider_slug = provider_slug
        self.upstream_model_id = upstream_model_id
        self.base_url = base_url
        self.status = status
        self.declared_region = declared_region
        self.declared_zdr = declared_zdr
        self.pricing = pricing
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("model_permaslug", "model_permaslug", True, "str"),
        ("model_slug", "model_slug", True, "None | str"),
        ("model_name", "model_name", True, "None | str"),
        ("provider_name", "provider_name", True, "str"),
        ("provider_slug", "provider_slug", True, "None | str"),
        ("upstream_model_id", "upstream_model_id", True, "str"),
        ("base_url", "base_url", True, "None | str"),
        ("status", "status", True, "PrivateEndpointStatusKnown | str"),
        ("declared_region", "declared_region", True, "None | PrivateEndpointRegionKnown | str"),
        ("declared_zdr", "declared_zdr", True, "bool | None"),
        ("pricing", "pricing", True, "PrivateEndpointPricing"),
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
        _new_model_.provider_slug = _json_get_("provider_slug")
        _new_model_.upstream_model_id = _json_get_("upstream_model_id")
        _new_model_.base_url = _json_get_("base_url")
        _status = _json_get_("status")
        status: Any = (
            PrivateEndpointStatusKnown._value2member_map_.get(_status, _status)
            if isinstance(_status, str)
            else _status
        )
        _new_model_.status = status
        _declared_region = _json_get_("declared_region")
        declared_region: Any = (
            PrivateEndpointRegionKnown._value2member_map_.get(_declared_region, _declared_region)
            if isinstance(_declared_region, str)
            else _declared_region
        )
        _new_model_.declared_region = declared_region
        _new_model_.declared_zdr = _json_get_("declared_zdr")
        _pricing = _json_get_("pricing")
        pricing: Any = (
            PrivateEndpointPricing.from_dict(_pricing) if isinstance(_pricing, dict) else _pricing
        )
        _new_model_.pricing = pricing
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
        "provider_slug",
        "upstream_model_id",
        "base_url",
        "status",
        "declared_region",
        "declared_zdr",
        "pricing",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.private_endpoint_pricing import PrivateEndpointPricing  # noqa: E402
else:
    PrivateEndpointPricing = _Deferred_(
        globals(), "..models.private_endpoint_pricing", "PrivateEndpointPricing"
    )
