from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
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
        d = dict(src_dict)
        id = d.pop("id", None)
        _expires_at = d.pop("expires_at", None)
        expires_at: Any = read_datetime(_expires_at)
        _skills = d.pop("skills", None)
        skills: Any = _read_skills(_skills)
        anthropic_container = cls(
            id=id,
            expires_at=expires_at,
            skills=skills,
        )
        anthropic_container.additional_properties = d
        return anthropic_container

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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.anthropic_container_skills_type_0_item import AnthropicContainerSkillsType0Item  # noqa: E402
