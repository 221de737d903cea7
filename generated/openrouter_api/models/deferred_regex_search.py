from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class DeferredRegexSearch(_Model):
    """Safe regular-expression search over the tool definitions.

    Attributes:
        type (Literal['regex']):
        max_results (int | Unset):
    """

    __slots__ = (
        "type",
        "max_results",
        "additional_properties",
    )

    type: Literal["regex"]
    max_results: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["regex"],
        max_results: int | Unset = UNSET,
    ) -> None:
        self.type = type
        self.max_results = max_results
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        max_results = self.max_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if max_results is not UNSET:
            field_dict["max_results"] = max_results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["regex"]', d.pop("type"))
        if type_ != "regex":
            raise ValueError(f"type must match const 'regex', got '{type_}'")

        max_results = d.pop("max_results", UNSET)

        deferred_regex_search = cls(
            type=type_,
            max_results=max_results,
        )

        deferred_regex_search.additional_properties = d
        return deferred_regex_search

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
