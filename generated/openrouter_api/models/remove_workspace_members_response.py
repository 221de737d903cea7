from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class RemoveWorkspaceMembersResponse(_ReadModel):
    """
    Attributes:
        removed_count (int):
    """

    __slots__ = (
        "removed_count",
        "additional_properties",
    )

    removed_count: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        removed_count: int,
    ) -> None:
        self.removed_count = removed_count
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("removed_count", "removed_count", True, "int"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        removed_count = d.pop("removed_count", None)
        remove_workspace_members_response = cls(
            removed_count=removed_count,
        )
        remove_workspace_members_response.additional_properties = d
        return remove_workspace_members_response

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
