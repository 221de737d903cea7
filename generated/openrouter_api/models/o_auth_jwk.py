from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


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
        d = dict(src_dict)
        kty = d.pop("kty", None)
        crv = d.pop("crv", None)
        alg = d.pop("alg", None)
        use = d.pop("use", None)
        kid = d.pop("kid", None)
        x = d.pop("x", None)
        y = d.pop("y", None)
        o_auth_jwk = cls(
            kty=kty,
            crv=crv,
            alg=alg,
            use=use,
            kid=kid,
            x=x,
            y=y,
        )
        o_auth_jwk.additional_properties = d
        return o_auth_jwk

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
