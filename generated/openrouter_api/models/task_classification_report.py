from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class TaskClassificationReport(_ReadModel):
    """
    Attributes:
        as_of (str): Last UTC day covered, `YYYY-MM-DD` (yesterday).
        window_days (int):
        classifications (list[TaskClassification]): Sorted by `usage_share`, largest first.
        macro_categories (list[TaskMacroCategory]):
    """

    __slots__ = (
        "as_of",
        "window_days",
        "classifications",
        "macro_categories",
        "additional_properties",
    )

    as_of: str
    window_days: int
    classifications: list[TaskClassification]
    macro_categories: list[TaskMacroCategory]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        as_of: str,
        window_days: int,
        classifications: list[TaskClassification],
        macro_categories: list[TaskMacroCategory],
    ) -> None:
        self.as_of = as_of
        self.window_days = window_days
        self.classifications = classifications
        self.macro_categories = macro_categories
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("as_of", "as_of", True, "str"),
        ("window_days", "window_days", True, "int"),
        ("classifications", "classifications", True, "list[TaskClassification]"),
        ("macro_categories", "macro_categories", True, "list[TaskMacroCategory]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        as_of = d.pop("as_of", None)
        window_days = d.pop("window_days", None)
        _classifications = d.pop("classifications", None)
        classifications: Any = (
            [
                TaskClassification.from_dict(i0) if isinstance(i0, dict) else i0
                for i0 in _classifications
            ]
            if isinstance(_classifications, list)
            else _classifications
        )
        _macro_categories = d.pop("macro_categories", None)
        macro_categories: Any = (
            [
                TaskMacroCategory.from_dict(i0) if isinstance(i0, dict) else i0
                for i0 in _macro_categories
            ]
            if isinstance(_macro_categories, list)
            else _macro_categories
        )
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
