from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class DailyModelTokens(_ReadModel):
    """Token total of one model in one period.

    Attributes:
        date (str): First UTC day of the period, `YYYY-MM-DD`.
        model_permaslug (str): Model variant permaslug (a `:variant` suffix counts as its own entry), or `other` for the
            sum of every model outside the top 50.
        total_tokens (str): Prompt plus completion tokens
    """

    __slots__ = (
        "date",
        "model_permaslug",
        "total_tokens",
        "additional_properties",
    )

    date: str
    model_permaslug: str
    total_tokens: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        date: str,
        model_permaslug: str,
        total_tokens: str,
    ) -> None:
        self.date = date
        self.model_permaslug = model_permaslug
        self.total_tokens = total_tokens
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("date", "date", True, "str"),
        ("model_permaslug", "model_permaslug", True, "str"),
        ("total_tokens", "total_tokens", True, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.date = _json_get_("date")
        _new_model_.model_permaslug = _json_get_("model_permaslug")
        _new_model_.total_tokens = _json_get_("total_tokens")
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
        "date",
        "model_permaslug",
        "total_tokens",
    )
)
