from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class OAuthTokenResponse(_ReadModel):
    """What a successful token exchange returns.

    Attributes:
        access_token (str): A JWT with a short lifetime; pass it as the bearer credential (`Authorization: Bearer`).
        issued_token_type (str): `urn:ietf:params:oauth:token-type:access_token`.
        token_type (str): `Bearer`.
        expires_in (int): Lifetime in seconds, never more than 900 and never beyond the expiry of the JWT that was
            exchanged.
        scope (str): `inference` or `management`, fixed by the kind of key the policy acts as.
    """

    __slots__ = (
        "access_token",
        "issued_token_type",
        "token_type",
        "expires_in",
        "scope",
        "additional_properties",
    )

    access_token: str
    issued_token_type: str
    token_type: str
    expires_in: int
    scope: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        access_token: str,
        issued_token_type: str,
        token_type: str,
        expires_in: int,
        scope: str,
    ) -> None:
        self.access_token = access_token
        self.issued_token_type = issued_token_type
        self.token_type = token_type
        self.expires_in = expires_in
        self.scope = scope
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("access_token", "access_token", True, "str"),
        ("issued_token_type", "issued_token_type", True, "str"),
        ("token_type", "token_type", True, "str"),
        ("expires_in", "expires_in", True, "int"),
        ("scope", "scope", True, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.access_token = _json_get_("access_token")
        _new_model_.issued_token_type = _json_get_("issued_token_type")
        _new_model_.token_type = _json_get_("token_type")
        _new_model_.expires_in = _json_get_("expires_in")
        _new_model_.scope = _json_get_("scope")
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
        "access_token",
        "issued_token_type",
        "token_type",
        "expires_in",
        "scope",
    )
)
