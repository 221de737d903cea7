from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_turn_range import SessionTurnRange

T = TypeVar("T", bound="SessionCostCell")


@_attrs_define
class SessionCostCell:
    """Median spend per session for one harness, model and turn range.

    Attributes:
        app_slug (str):
        app_name (str):
        model_permaslug (str):
        turn_range (SessionTurnRange | str):
        median_session_cost_usd (float): Median USD spent per sampled session.
    """

    app_slug: str
    app_name: str
    model_permaslug: str
    turn_range: SessionTurnRange | str
    median_session_cost_usd: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_slug = self.app_slug

        app_name = self.app_name

        model_permaslug = self.model_permaslug

        turn_range: str
        if isinstance(self.turn_range, SessionTurnRange):
            turn_range = self.turn_range.value
        else:
            turn_range = self.turn_range

        median_session_cost_usd = self.median_session_cost_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_slug": app_slug,
                "app_name": app_name,
                "model_permaslug": model_permaslug,
                "turn_range": turn_range,
                "median_session_cost_usd": median_session_cost_usd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_slug = d.pop("app_slug")

        app_name = d.pop("app_name")

        model_permaslug = d.pop("model_permaslug")

        def _parse_turn_range(data: object) -> SessionTurnRange | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                turn_range_type_0 = SessionTurnRange._parse(data)

                return turn_range_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("SessionTurnRange | str", data)

        turn_range = _parse_turn_range(d.pop("turn_range"))

        median_session_cost_usd = d.pop("median_session_cost_usd")

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
