from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import UNSET, Unset
from ..types import Model as _Model


class AnthropicContextManagement(_Model):
    """Automatic context edits (clearing old tool uses or thinking, compaction).

    Attributes:
        edits (list[AnthropicContextManagementEditsItem] | Unset):
    """

    __slots__ = (
        "edits",
        "additional_properties",
    )

    edits: list[AnthropicContextManagementEditsItem] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        edits: list[AnthropicContextManagementEditsItem] | Unset = UNSET,
    ) -> None:
        self.edits = edits
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        edits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.edits, Unset):
            edits = []
            for edits_item_data in self.edits:
                edits_item = edits_item_data.to_dict()
                edits.append(edits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if edits is not UNSET:
            field_dict["edits"] = edits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _edits = d.pop("edits", UNSET)
        edits: list[AnthropicContextManagementEditsItem] | Unset = UNSET
        if _edits is not UNSET:
            edits = []
            for edits_item_data in _edits:
                edits_item = AnthropicContextManagementEditsItem.from_dict(edits_item_data)

                edits.append(edits_item)

        anthropic_context_management = cls(
            edits=edits,
        )

        anthropic_context_management.additional_properties = d
        return anthropic_context_management

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
from ..models.anthropic_context_management_edits_item import AnthropicContextManagementEditsItem  # noqa: E402
