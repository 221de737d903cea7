from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseFileSearchCall")


@_attrs_define
class ResponseFileSearchCall:
    """
    Attributes:
        type_ (Literal['file_search_call']):
        id (str):
        status (str):
        queries (list[str] | Unset):
    """

    type_: Literal["file_search_call"]
    id: str
    status: str
    queries: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        status = self.status

        queries: list[str] | Unset = UNSET
        if not isinstance(self.queries, Unset):
            queries = self.queries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "status": status,
            }
        )
        if queries is not UNSET:
            field_dict["queries"] = queries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["file_search_call"]', d.pop("type"))
        if type_ != "file_search_call":
            raise ValueError(f"type must match const 'file_search_call', got '{type_}'")

        id = d.pop("id")

        status = d.pop("status")

        queries = cast("list[str]", d.pop("queries", UNSET))

        response_file_search_call = cls(
            type_=type_,
            id=id,
            status=status,
            queries=queries,
        )

        response_file_search_call.additional_properties = d
        return response_file_search_call

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
