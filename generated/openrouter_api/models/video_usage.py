from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class VideoUsage(_ReadModel):
    """
    Attributes:
        cost (float | None): Total charged, in USD.
        is_byok (bool | None):
    """

    __slots__ = (
        "cost",
        "is_byok",
        "additional_properties",
    )

    cost: float | None
    is_byok: bool | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        cost: float | None = None,
        is_byok: bool | None = None,
    ) -> None:
        self.cost = cost
        self.is_byok = is_byok
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("cost", "cost", False, "float | None"),
        ("is_byok", "is_byok", False, "bool"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.cost = _json_get_("cost")
        _new_model_.is_byok = _json_get_("is_byok")
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
        "cost",
        "is_byok",
    )
)
