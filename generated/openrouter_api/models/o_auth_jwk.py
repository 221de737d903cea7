from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class OAuthJwk(_ReadModel):
    """One public signing key (currently EC P-256 for ES256).

    Attributes:
        kty (str): Key type, `EC`.
        crv (str): Curve, `P-256`.
        alg (str): Algorithm, `ES256`.
        use (str): Key use, `sig`.
        kid (str): Key id, matching the `kid` header of signed tokens.
        x (str): Base64url x coordinate.
        y (str): Base64url y coordinate.
    """

    __slots__ = (
        "kty",
        "crv",
        "alg",
        "use",
        "kid",
        "x",
        "y",
        "additional_properties",
    )

    kty: str
    crv: str
    alg: str
    use: str
    kid: str
    x: str
    y: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        kty: str,
        crv: str,
        alg: str,
        use: str,
        kid: str,
        x: str,
        y: str,
    ) -> None:
        self.kty = kty
        self.crv = crv
        self.alg = alg
        self.use = use
        self.kid = kid
        self.x = x
        self.y = y
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("kty", "kty", True, "str"),
        ("crv", "crv", True, "str"),
        ("alg", "alg", True, "str"),
        ("use", "use", True, "str"),
        ("kid", "kid", True, "str"),
        ("x", "x", True, "str"),
        ("y", "y", True, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.kty = _json_get_("kty")
        _new_model_.crv = _json_get_("crv")
        _new_model_.alg = _json_get_("alg")
        _new_model_.use = _json_get_("use")
        _new_model_.kid = _json_get_("kid")
        _new_model_.x = _json_get_("x")
        _new_model_.y = _json_get_("y")
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
        "kty",
        "crv",
        "alg",
        "use",
        "kid",
        "x",
        "y",
    )
)
