from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.workspace_budget_reset_known import WorkspaceBudgetResetKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class WorkspaceBudget(_ReadModel):
    """
    Attributes:
        id (str):
        workspace_id (str):
        limit_usd (float): Spending limit in USD for the interval.
        reset_interval (None | str | WorkspaceBudgetResetKnown): When spend resets; null for the lifetime budget.
        created_at (str): ISO 8601 creation time.
        updated_at (str): ISO 8601 time of the last change.
    """

    __slots__ = (
        "id",
        "workspace_id",
        "limit_usd",
        "reset_interval",
        "created_at",
        "updated_at",
        "additional_properties",
    )

    id: str
    workspace_id: str
    limit_usd: float
    reset_interval: None | str | WorkspaceBudgetResetKnown
    created_at: str
    updated_at: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        workspace_id: str,
        limit_usd: float,
        reset_interval: None | str | WorkspaceBudgetResetKnown,
        created_at: str,
        updated_at: str,
    ) -> None:
        self.id = id
        self.workspace_id = workspace_id
        self.limit_usd = limit_usd
        self.reset_interval = reset_interval
        self.created_at = created_at
        self.updated_at = updated_at
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("workspace_id", "workspace_id", True, "str"),
        ("limit_usd", "limit_usd", True, "float"),
        ("reset_interval", "reset_interval", True, "None | str | WorkspaceBudgetResetKnown"),
        ("created_at", "created_at", True, "str"),
        ("updated_at", "updated_at", True, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.id = _json_get_("id")
        _new_model_.workspace_id = _json_get_("workspace_id")
        _new_model_.limit_usd = _json_get_("limit_usd")
        _reset_interval = _json_get_("reset_interval")
        reset_interval: Any = (
            WorkspaceBudgetResetKnown._value2member_map_.get(_reset_interval, _reset_interval)
            if isinstance(_reset_interval, str)
            else _reset_interval
        )
        _new_model_.reset_interval = reset_interval
        _new_model_.created_at = _json_get_("created_at")
        _new_model_.updated_at = _json_get_("updated_at")
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
        "id",
        "workspace_id",
        "limit_usd",
        "reset_interval",
        "created_at",
        "updated_at",
    )
)
