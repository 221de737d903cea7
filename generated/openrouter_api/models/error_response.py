from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The envelope of every JSON error, and of a 200 body that reports a failure.

    Attributes:
        error (ErrorDetail):
        user_id (None | str | Unset): The user the key belongs to, when known.
        openrouter_metadata (Any | Unset): Routing diagnostics, present when `X-OpenRouter-Metadata` is enabled.
    """

    error: ErrorDetail
    user_id: None | str | Unset = UNSET
    openrouter_metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        openrouter_metadata = self.openrouter_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = ErrorDetail.from_dict(d.pop("error"))

        user_id = cast("None | str | Unset", d.pop("user_id", UNSET))

        openrouter_metadata = d.pop("openrouter_metadata", UNSET)

        error_response = cls(
            error=error,
            user_id=user_id,
            openrouter_metadata=openrouter_metadata,
        )

        error_response.additional_properties = d
        return error_response

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
from ..models.error_detail import ErrorDetail  # noqa: E402
