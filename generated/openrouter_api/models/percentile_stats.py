from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class PercentileStats(_ReadModel):
    """
    Attributes:
        p50 (float | None):
        p75 (float | None):
        p90 (float | None):
        p99 (float | None):
    """

    __slots__ = (
        "p50",
        "p75",
        "p90",
        "p99",
        "additional_properties",
    )

    p50: float | None
    p75: float | None
    p90: float | None
    p99: float | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        p50: float | None = None,
        p75: float | None = None,
        p90: float | None = None,
        p99: float | None = None,
    ) -> None:
        self.p50 = p50
        self.p75 = p75
        self.p90 = p90
        self.p99 = p99
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("p50", "p50", False, "float"),
        ("p75", "p75", False, "float"),
        ("p90", "p90", False, "float"),
        ("p99", "p99", False, "float"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.p50 = _json_get_("p50")
        _new_model_.p75 = _json_get_("p75")
        _new_model_.p90 = _json_get_("p90")
        _new_model_.p99 = _json_get_("p99")
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
        "p50",
        "p75",
        "p90",
        "p99",
    )
)
