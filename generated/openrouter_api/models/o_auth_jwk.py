from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OAuthJwk")


@_attrs_define
class OAuthJwk:
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

    kty: str
    crv: str
    alg: str
    use: str
    kid: str
    x: str
    y: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kty = self.kty

        crv = self.crv

        alg = self.alg

        use = self.use

        kid = self.kid

        x = self.x

        y = self.y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kty": kty,
                "crv": crv,
                "alg": alg,
                "use": use,
                "kid": kid,
                "x": x,
                "y": y,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kty = d.pop("kty")

        crv = d.pop("crv")

        alg = d.pop("alg")

        use = d.pop("use")

        kid = d.pop("kid")

        x = d.pop("x")

        y = d.pop("y")

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
