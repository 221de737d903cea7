from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseWebSearchCall")


@_attrs_define
class ResponseWebSearchCall:
    """
    Attributes:
        type_ (Literal['web_search_call']):
        id (str):
        status (str): `completed`, `searching`, `in_progress` or `failed`.
        action (ResponseWebSearchAction | Unset): What the search step did (`search`, `open_page` or `find_in_page`).
    """

    type_: Literal["web_search_call"]
    id: str
    status: str
    action: ResponseWebSearchAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        status = self.status

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "status": status,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["web_search_call"]', d.pop("type"))
        if type_ != "web_search_call":
            raise ValueError(f"type must match const 'web_search_call', got '{type_}'")

        id = d.pop("id")

        status = d.pop("status")

        _action = d.pop("action", UNSET)
        action: ResponseWebSearchAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = ResponseWebSearchAction.from_dict(_action)

        response_web_search_call = cls(
            type_=type_,
            id=id,
            status=status,
            action=action,
        )

        response_web_search_call.additional_properties = d
        return response_web_search_call

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
from ..models.response_web_search_action import ResponseWebSearchAction  # noqa: E402
