from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DailyModelTokens")


@_attrs_define
class DailyModelTokens:
    """Token total of one model in one period.

    Attributes:
        date (str): First UTC day of the period, `YYYY-MM-DD`.
        model_permaslug (str): Model variant permaslug (a `:variant` suffix counts as its own entry), or `other` for the
            sum of every model outside the top 50.
        total_tokens (str): Prompt plus completion tokens
    """

    date: str
    model_permaslug: str
    total_tokens: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        model_permaslug = self.model_permaslug

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "model_permaslug": model_permaslug,
                "total_tokens": total_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date")

        model_permaslug = d.pop("model_permaslug")

        total_tokens = d.pop("total_tokens")

        daily_model_tokens = cls(
            date=date,
            model_permaslug=model_permaslug,
            total_tokens=total_tokens,
        )

        daily_model_tokens.additional_properties = d
        return daily_model_tokens

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
