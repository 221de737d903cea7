from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_
from ..types import read_datetime


class AnthropicContainer(_ReadModel):
    """
    Attributes:
        id (str):
        expires_at (datetime.datetime):
        skills (list[AnthropicContainerSkillsType0Item] | None):
    """

    __slots__ = (
        "id",
        "expires_at",
        "skills",
        "additional_properties",
    )

    id: str
    expires_at: datetime.datetime
    skills: list[AnthropicContainerSkillsType0Item] | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        expires_at: datetime.datetime,
        skills: list[AnthropicContainerSkillsType0Item] | None = None,
    ) -> None:
        self.id = id
        self.expires_at = expires_at
        self.skills = skills
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("expires_at", "expires_at", True, "datetime.datetime"),
        ("skills", "skills", False, "list[AnthropicContainerSkillsType0Item] | None"),
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
        _expires_at = _json_get_("expires_at")
        expires_at: Any = read_datetime(_expires_at)
        _new_model_.expires_at = expires_at
        _skills = _json_get_("skills")
        skills: Any = _read_skills(_skills)
        _new_model_.skills = skills
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
        "expires_at",
        "skills",
    )
)


def _read_skills(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [
                AnthropicContainerSkillsType0Item.from_dict(i0) if isinstance(i0, dict) else i0
                for i0 in data
            ]
            if isinstance(data, list)
            else data
        )
    return data


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.anthropic_container_skills_type_0_item import AnthropicContainerSkillsType0Item  # noqa: E402
else:
    AnthropicContainerSkillsType0Item = _Deferred_(
        globals(),
        "..models.anthropic_container_skills_type_0_item",
        "AnthropicContainerSkillsType0Item",
    )
