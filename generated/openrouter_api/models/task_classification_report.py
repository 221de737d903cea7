from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaskClassificationReport")


@_attrs_define
class TaskClassificationReport:
    """
    Attributes:
        as_of (str): Last UTC day covered, `YYYY-MM-DD` (yesterday).
        window_days (int):
        classifications (list[TaskClassification]): Sorted by `usage_share`, largest first.
        macro_categories (list[TaskMacroCategory]):
    """

    as_of: str
    window_days: int
    classifications: list[TaskClassification]
    macro_categories: list[TaskMacroCategory]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of

        window_days = self.window_days

        classifications = []
        for classifications_item_data in self.classifications:
            classifications_item = classifications_item_data.to_dict()
            classifications.append(classifications_item)

        macro_categories = []
        for macro_categories_item_data in self.macro_categories:
            macro_categories_item = macro_categories_item_data.to_dict()
            macro_categories.append(macro_categories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "window_days": window_days,
                "classifications": classifications,
                "macro_categories": macro_categories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        as_of = d.pop("as_of")

        window_days = d.pop("window_days")

        classifications = []
        _classifications = d.pop("classifications")
        for classifications_item_data in _classifications:
            classifications_item = TaskClassification.from_dict(classifications_item_data)

            classifications.append(classifications_item)

        macro_categories = []
        _macro_categories = d.pop("macro_categories")
        for macro_categories_item_data in _macro_categories:
            macro_categories_item = TaskMacroCategory.from_dict(macro_categories_item_data)

            macro_categories.append(macro_categories_item)

        task_classification_report = cls(
            as_of=as_of,
            window_days=window_days,
            classifications=classifications,
            macro_categories=macro_categories,
        )

        task_classification_report.additional_properties = d
        return task_classification_report

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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.task_classification import TaskClassification  # noqa: E402
from ..models.task_macro_category import TaskMacroCategory  # noqa: E402
