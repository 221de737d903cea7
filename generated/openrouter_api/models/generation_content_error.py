from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GenerationContentError")


@_attrs_define
class GenerationContentError:
    """The failure stored for a generation.

    Attributes:
        status (int | None): HTTP status returned to the caller.
        message (None | str): Error message returned to the caller.
        provider_name (None | str): Provider whose error was returned, when known.
        raw (None | str): Raw error body, when stored.
        previous_errors (list[GenerationContentErrorAttempt]): Earlier failed attempts, in order.
    """

    status: int | None
    message: None | str
    provider_name: None | str
    raw: None | str
    previous_errors: list[GenerationContentErrorAttempt]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: int | None
        status = self.status

        message: None | str
        message = self.message

        provider_name: None | str
        provider_name = self.provider_name

        raw: None | str
        raw = self.raw

        previous_errors = []
        for previous_errors_item_data in self.previous_errors:
            previous_errors_item = previous_errors_item_data.to_dict()
            previous_errors.append(previous_errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "message": message,
                "provider_name": provider_name,
                "raw": raw,
                "previous_errors": previous_errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = cast("int | None", d.pop("status"))

        message = cast("None | str", d.pop("message"))

        provider_name = cast("None | str", d.pop("provider_name"))

        raw = cast("None | str", d.pop("raw"))

        previous_errors = []
        _previous_errors = d.pop("previous_errors")
        for previous_errors_item_data in _previous_errors:
            previous_errors_item = GenerationContentErrorAttempt.from_dict(
                previous_errors_item_data
            )

            previous_errors.append(previous_errors_item)

        generation_content_error = cls(
            status=status,
            message=message,
            provider_name=provider_name,
            raw=raw,
            previous_errors=previous_errors,
        )

        generation_content_error.additional_properties = d
        return generation_content_error

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
from ..models.generation_content_error_attempt import GenerationContentErrorAttempt  # noqa: E402
