from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class AuthCode(_ReadModel):
    """
    Attributes:
        id (str): The code to send to `exchange_auth_code_for_key`.
        app_id (int): The app the code belongs to.
        created_at (str): ISO 8601 creation time.
    """

    __slots__ = (
        "id",
        "app_id",
        "created_at",
        "additional_properties",
    )

    id: str
    app_id: int
    created_at: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        app_id: int,
        created_at: str,
    ) -> None:
        self.id = id
        self.app_id = app_id
        self.created_at = created_at
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("app_id", "app_id", True, "int"),
        ("created_at", "created_at", True, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        id = d.pop("id", None)
        app_id = d.pop("app_id", None)
        created_at = d.pop("created_at", None)
        auth_code = cls(
            id=id,
            app_id=app_id,
            created_at=created_at,
        )
        auth_code.additional_properties = d
        return auth_code

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
