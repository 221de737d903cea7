from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_
from ..types import read_datetime


class CurrentKeyBudget(_ReadModel):
    """One spending budget that applies to the key.

    Attributes:
        scope (str | None): Budget layer, for example `workspace`, `api_key`, `member` or `key_limit`.
        limit_usd (float | None):
        spend_usd (float | None):
        remaining_usd (float | None): Zero or less means requests are refused until the window resets.
        reset_interval (None | str): `daily`, `weekly` or `monthly`; null for a lifetime budget.
        resets_at (datetime.datetime | None):
        include_byok (bool | None):
        budget_id (None | str):
        guardrail_id (None | str):
    """

    __slots__ = (
        "scope",
        "limit_usd",
        "spend_usd",
        "remaining_usd",
        "reset_interval",
        "resets_at",
        "include_byok",
        "budget_id",
        "guardrail_id",
        "additional_properties",
    )

    scope: str | None
    limit_usd: float | None
    spend_usd: float | None
    remaining_usd: float | None
    reset_interval: None | str
    resets_at: datetime.datetime | None
    include_byok: bool | None
    budget_id: None | str
    guardrail_id: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        scope: str | None = None,
        limit_usd: float | None = None,
        spend_usd: float | None = None,
        remaining_usd: float | None = None,
        reset_interval: None | str = None,
        resets_at: datetime.datetime | None = None,
        include_byok: bool | None = None,
        budget_id: None | str = None,
        guardrail_id: None | str = None,
    ) -> None:
        self.scope = scope
        self.limit_usd = limit_usd
        self.spend_usd = spend_usd
        self.remaining_usd = remaining_usd
        self.reset_interval = reset_interval
        self.resets_at = resets_at
        self.include_byok = include_byok
        self.budget_id = budget_id
        self.guardrail_id = guardrail_id
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("scope", "scope", False, "str"),
        ("limit_usd", "limit_usd", False, "float"),
        ("spend_usd", "spend_usd", False, "float"),
        ("remaining_usd", "remaining_usd", False, "float"),
        ("reset_interval", "reset_interval", False, "None | str"),
        ("resets_at", "resets_at", False, "datetime.datetime | None"),
        ("include_byok", "include_byok", False, "bool"),
        ("budget_id", "budget_id", False, "None | str"),
        ("guardrail_id", "guardrail_id", False, "None | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.scope = _json_get_("scope")
        _new_model_.limit_usd = _json_get_("limit_usd")
        _new_model_.spend_usd = _json_get_("spend_usd")
        _new_model_.remaining_usd = _json_get_("remaining_usd")
        _new_model_.reset_interval = _json_get_("reset_interval")
        _resets_at = _json_get_("resets_at")
        resets_at: Any = _read_resets_at(_resets_at)
        _new_model_.resets_at = resets_at
        _new_model_.include_byok = _json_get_("include_byok")
        _new_model_.budget_id = _json_get_("budget_id")
        _new_model_.guardrail_id = _json_get_("guardrail_id")
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
        "scope",
        "limit_usd",
        "spend_usd",
        "remaining_usd",
        "reset_interval",
        "resets_at",
        "include_byok",
        "budget_id",
        "guardrail_id",
    )
)


def _read_resets_at(data: Any) -> Any:
    if isinstance(data, str):
        return read_datetime(data)
    return data
