from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.session_turn_range import SessionTurnRange
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class SessionCostCell(_ReadModel):
    """Median spend per session for one harness, model and turn range.

    Attributes:
        app_slug (str):
        app_name (str):
        model_permaslug (str):
        turn_range (SessionTurnRange | str):
        median_session_cost_usd (float): Median USD spent per sampled session.
    """

    __slots__ = (
        "app_slug",
        "app_name",
        "model_permaslug",
        "turn_range",
        "median_session_cost_usd",
        "additional_properties",
    )

    app_slug: str
    app_name: str
    model_permaslug: str
    turn_range: SessionTurnRange | str
    median_session_cost_usd: float
    additional_properties: dict[str, Any]

    def __init__(
        self,
        app_slug: str,
        app_name: str,
        model_permaslug: str,
        turn_range: SessionTurnRange | str,
        median_session_cost_usd: float,
    ) -> None:
        self.app_slug = app_slug
        self.app_name = app_name
        self.model_permaslug = model_permaslug
        self.turn_range = turn_range
        self.median_session_cost_usd = median_session_cost_usd
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("app_slug", "app_slug", True, "str"),
        ("app_name", "app_name", True, "str"),
        ("model_permaslug", "model_permaslug", True, "str"),
        ("turn_range", "turn_range", True, "SessionTurnRange | str"),
        ("median_session_cost_usd", "median_session_cost_usd", True, "float"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.app_slug = _json_get_("app_slug")
        _new_model_.app_name = _json_get_("app_name")
        _new_model_.model_permaslug = _json_get_("model_permaslug")
        _turn_range = _json_get_("turn_range")
        turn_range: Any = (
            SessionTurnRange._value2member_map_.get(_turn_range, _turn_range)
            if isinstance(_turn_range, str)
            else _turn_range
        )
        _new_model_.turn_range = turn_range
        _new_model_.median_session_cost_usd = _json_get_("median_session_cost_usd")
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
        "app_slug",
        "app_name",
        "model_permaslug",
        "turn_range",
        "median_session_cost_usd",
    )
)
