from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class TaskClassification(_ReadModel):
    """Traffic share of one task classification.

    Attributes:
        tag (str): Identifier such as `code:general_impl` or `agent:web_search`.
        display_name (str):
        macro_category (str): `code`, `data`, `agent` or `general` today.
        usage_share (float): Fraction (0-1) of classified requests.
        token_share (float): Fraction (0-1) of classified tokens.
        category_usage_share (float): Fraction (0-1) of its macro-category's requests.
        category_token_share (float): Fraction (0-1) of its macro-category's tokens.
        models (list[TaskClassificationModelShare]): Leading models by request count.
    """

    __slots__ = (
        "tag",
        "display_name",
        "macro_category",
        "usage_share",
        "token_share",
        "category_usage_share",
        "category_token_share",
        "models",
        "additional_properties",
    )

    tag: str
    display_name: str
    macro_category: str
    usage_share: float
    token_share: float
    category_usage_share: float
    category_token_share: float
    models: list[TaskClassificationModelShare]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        tag: str,
        display_name: str,
        macro_category: str,
        usage_share: float,
        token_share: float,
        category_usage_share: float,
        category_token_share: float,
        models: list[TaskClassificationModelShare],
    ) -> None:
        self.tag = tag
        self.display_name = display_name
        self.macro_category = macro_category
        self.usage_share = usage_share
        self.token_share = token_share
        self.category_usage_share = category_usage_share
        self.category_token_share = category_token_share
        self.models = models
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("tag", "tag", True, "str"),
        ("display_name", "display_name", True, "str"),
        ("macro_category", "macro_category", True, "str"),
        ("usage_share", "usage_share", True, "float"),
        ("token_share", "token_share", True, "float"),
        ("category_usage_share", "category_usage_share", True, "float"),
        ("category_token_share", "category_token_share", True, "float"),
        ("models", "models", True, "list[TaskClassificationModelShare]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        tag = d.pop("tag", None)
        display_name = d.pop("display_name", None)
        macro_category = d.pop("macro_category", None)
        usage_share = d.pop("usage_share", None)
        token_share = d.pop("token_share", None)
        category_usage_share = d.pop("category_usage_share", None)
        category_token_share = d.pop("category_token_share", None)
        _models = d.pop("models", None)
        models: Any = (
            [
                TaskClassificationModelShare.from_dict(i0) if isinstance(i0, dict) else i0
                for i0 in _models
            ]
            if isinstance(_models, list)
            else _models
        )
        task_classification = cls(
            tag=tag,
            display_name=display_name,
            macro_category=macro_category,
            usage_share=usage_share,
            token_share=token_share,
            category_usage_share=category_usage_share,
            category_token_share=category_token_share,
            models=models,
        )
        task_classification.additional_properties = d
        return task_classification

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
from ..models.task_classification_model_share import TaskClassificationModelShare  # noqa: E402
