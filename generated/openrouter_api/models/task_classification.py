from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaskClassification")


@_attrs_define
class TaskClassification:
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

    tag: str
    display_name: str
    macro_category: str
    usage_share: float
    token_share: float
    category_usage_share: float
    category_token_share: float
    models: list[TaskClassificationModelShare]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag = self.tag

        display_name = self.display_name

        macro_category = self.macro_category

        usage_share = self.usage_share

        token_share = self.token_share

        category_usage_share = self.category_usage_share

        category_token_share = self.category_token_share

        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tag": tag,
                "display_name": display_name,
                "macro_category": macro_category,
                "usage_share": usage_share,
                "token_share": token_share,
                "category_usage_share": category_usage_share,
                "category_token_share": category_token_share,
                "models": models,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tag = d.pop("tag")

        display_name = d.pop("display_name")

        macro_category = d.pop("macro_category")

        usage_share = d.pop("usage_share")

        token_share = d.pop("token_share")

        category_usage_share = d.pop("category_usage_share")

        category_token_share = d.pop("category_token_share")

        models = []
        _models = d.pop("models")
        for models_item_data in _models:
            models_item = TaskClassificationModelShare.from_dict(models_item_data)

            models.append(models_item)

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
