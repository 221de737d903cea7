from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class AnthropicStopDetails(_ReadModel):
    """Why the model refused, when `stop_reason` is `refusal`.

    Attributes:
        type (str | None):
        category (None | str): `cyber`, `bio`, `frontier_llm`, `reasoning_extraction` or `general_harms` (open set).
        explanation (None | str):
    """

    __slots__ = (
        "type",
        "category",
        "explanation",
        "additional_properties",
    )

    type: str | None
    category: None | str
    explanation: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: str | None = None,
        category: None | str = None,
        explanation: None | str = None,
    ) -> None:
        self.type = type
        self.category = category
        self.explanation = explanation
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", False, "str"),
        ("category", "category", False, "None | str"),
        ("explanation", "explanation", False, "None | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.type = _json_get_("type")
        _new_model_.category = _json_get_("category")
        _new_model_.explanation = _json_get_("explanation")
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
        "type",
        "category",
        "explanation",
    )
)
