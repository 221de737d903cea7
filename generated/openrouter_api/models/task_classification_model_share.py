from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class TaskClassificationModelShare(_ReadModel):
    """One model's share of a classification.

    Attributes:
        id (str): Model permaslug.
        tag_usage_share (float): Fraction (0-1) of the classification's requests.
        tag_token_share (float): Fraction (0-1) of the classification's tokens.
    """

    __slots__ = (
        "id",
        "tag_usage_share",
        "tag_token_share",
        "additional_properties",
    )

    id: str
    tag_usage_share: float
    tag_token_share: float
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        tag_usage_share: float,
        tag_token_share: float,
    ) -> None:
        self.id = id
        self.tag_usage_share = tag_usage_share
        self.tag_token_share = tag_token_share
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("tag_usage_share", "tag_usage_share", True, "float"),
        ("tag_token_share", "tag_token_share", True, "float"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.id = _json_get_("id")
        _new_model_.tag_usage_share = _json_get_("tag_usage_share")
        _new_model_.tag_token_share = _json_get_("tag_token_share")
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
        "id",
        "tag_usage_share",
        "tag_token_share",
    )
)
