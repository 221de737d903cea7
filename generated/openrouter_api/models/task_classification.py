from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.tag = _json_get_("tag")
        _new_model_.display_name = _json_get_("display_name")
        _new_model_.macro_category = _json_get_("macro_category")
        _new_model_.usage_share = _json_get_("usage_share")
        _new_model_.token_share = _json_get_("token_share")
        _new_model_.category_usage_share = _json_get_("category_usage_share")
        _new_model_.category_token_share = _json_get_("category_token_share")
        _models = _json_get_("models")
        if isinstance(_models, list):
            models: Any = []
            for _list_item_ in _models:
                models.append(
                    TaskClassificationModelShare.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            models = _models
        _new_model_.models = models
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
        "tag",
        "display_name",
        "macro_category",
        "usage_share",
        "token_share",
        "category_usage_share",
        "category_token_share",
        "models",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.task_classification_model_share import TaskClassificationModelShare  # noqa: E402
else:
    TaskClassificationModelShare = _Deferred_(
        globals(), "..models.task_classification_model_share", "TaskClassificationModelShare"
    )
