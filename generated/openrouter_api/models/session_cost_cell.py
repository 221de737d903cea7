from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.session_turn_range import SessionTurnRange
from ..types import ReadModel as _ReadModel


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
        d = dict(src_dict)
        app_slug = d.pop("app_slug", None)
        app_name = d.pop("app_name", None)
        model_permaslug = d.pop("model_permaslug", None)
        _turn_range = d.pop("turn_range", None)
        turn_range: Any = _read_turn_range(_turn_range)
        median_session_cost_usd = d.pop("median_session_cost_usd", None)
        session_cost_cell = cls(
            app_slug=app_slug,
            app_name=app_name,
            model_permaslug=model_permaslug,
            turn_range=turn_range,
            median_session_cost_usd=median_session_cost_usd,
        )
        session_cost_cell.additional_properties = d
        return session_cost_cell

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


def _read_turn_range(data: Any) -> Any:
    if isinstance(data, str):
        if data in SessionTurnRange._value2member_map_:
            return SessionTurnRange._value2member_map_[data]
    return data
