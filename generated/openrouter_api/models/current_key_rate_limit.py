from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class CurrentKeyRateLimit(_ReadModel):
    """Legacy rate-limit report; no longer meaningful.

    Attributes:
        requests (int | None):
        interval (str | None):
        note (str | None):
    """

    __slots__ = (
        "requests",
        "interval",
        "note",
        "additional_properties",
    )

    requests: int | None
    interval: str | None
    note: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        requests: int | None = None,
        interval: str | None = None,
        note: str | None = None,
    ) -> None:
        self.requests = requests
        self.interval = interval
        self.note = note
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("requests", "requests", False, "int"),
        ("interval", "interval", False, "str"),
        ("note", "note", False, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        requests = d.pop("requests", None)
        interval = d.pop("interval", None)
        note = d.pop("note", None)
        current_key_rate_limit = cls(
            requests=requests,
            interval=interval,
            note=note,
        )
        current_key_rate_limit.additional_properties = d
        return current_key_rate_limit

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
