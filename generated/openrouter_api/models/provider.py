from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class Provider(_ReadModel):
    """An inference provider and its policy links.

    Attributes:
        name (str): Display name, as used in `provider.order` and `provider.only`.
        slug (str): URL-safe identifier.
        privacy_policy_url (None | str):
        terms_of_service_url (None | str):
        status_page_url (None | str):
        headquarters (None | str): ISO 3166-1 alpha-2 country code of the provider's headquarters.
        datacenters (list[str] | None): ISO 3166-1 alpha-2 country codes where the provider runs inference.
    """

    __slots__ = (
        "name",
        "slug",
        "privacy_policy_url",
        "terms_of_service_url",
        "status_page_url",
        "headquarters",
        "datacenters",
        "additional_properties",
    )

    name: str
    slug: str
    privacy_policy_url: None | str
    terms_of_service_url: None | str
    status_page_url: None | str
    headquarters: None | str
    datacenters: list[str] | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        slug: str,
        privacy_policy_url: None | str,
        terms_of_service_url: None | str = None,
        status_page_url: None | str = None,
        headquarters: None | str = None,
        datacenters: list[str] | None = None,
    ) -> None:
        self.name = name
        self.slug = slug
        self.privacy_policy_url = privacy_policy_url
        self.terms_of_service_url = terms_of_service_url
        self.status_page_url = status_page_url
        self.headquarters = headquarters
        self.datacenters = datacenters
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("name", "name", True, "str"),
        ("slug", "slug", True, "str"),
        ("privacy_policy_url", "privacy_policy_url", True, "None | str"),
        ("terms_of_service_url", "terms_of_service_url", False, "None | str"),
        ("status_page_url", "status_page_url", False, "None | str"),
        ("headquarters", "headquarters", False, "None | str"),
        ("datacenters", "datacenters", False, "list[str] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.name = _json_get_("name")
        _new_model_.slug = _json_get_("slug")
        _new_model_.privacy_policy_url = _json_get_("privacy_policy_url")
        _new_model_.terms_of_service_url = _json_get_("terms_of_service_url")
        _new_model_.status_page_url = _json_get_("status_page_url")
        _new_model_.headquarters = _json_get_("headquarters")
        _new_model_.datacenters = _json_get_("datacenters")
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
        "name",
        "slug",
        "privacy_policy_url",
        "terms_of_service_url",
        "status_page_url",
        "headquarters",
        "datacenters",
    )
)
