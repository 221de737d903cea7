from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.as_of = _json_get_("as_of")
        _new_model_.window_days = _json_get_("window_days")
        _classifications = _json_get_("classifications")
        if isinstance(_classifications, list):
            classifications: Any = []
            for _list_item_ in _classifications:
                classifications.append(
                    TaskClassification.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            classifications = _classifications
        _new_model_.classifications = classifications
        _macro_categories = _json_get_("macro_categories")
        if isinstance(_macro_categories, list):
            macro_categories: Any = []
            for _list_item_ in _macro_categories:
                macro_categories.append(
                    TaskMacroCategory.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            macro_categories = _macro_categories
        _new_model_.macro_categories = macro_categories
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
        "as_of",
        "window_days",
        "classifications",
        "macro_categories",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.task_classification import TaskClassification  # noqa: E402
    from ..models.task_macro_category import TaskMacroCategory  # noqa: E402
else:
    TaskClassification = _Deferred_(globals(), "..models.task_classification", "TaskClassification")
    TaskMacroCategory = _Deferred_(globals(), "..models.task_macro_category", "TaskMacroCategory")
