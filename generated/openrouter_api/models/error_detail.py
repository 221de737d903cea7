from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorDetail")


@_attrs_define
class ErrorDetail:
    """
    Attributes:
        message (str):
        code (int | str | Unset): Usually the HTTP status as an integer; some skins send a string such as
            `server_error`.
        metadata (ErrorMetadata | None | Unset):
        error_type (str | Unset): A typed error code such as `context_length_exceeded` or `rate_limit_exceeded` (open
            set).
        http_status (int | Unset): Sent instead of `code` by some availability errors.
        availability (ErrorAvailability | Unset): Why no model or provider could serve the request, and whether retrying
            helps.
    """

    message: str
    code: int | str | Unset = UNSET
    metadata: ErrorMetadata | None | Unset = UNSET
    error_type: str | Unset = UNSET
    http_status: int | Unset = UNSET
    availability: ErrorAvailability | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code: int | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ErrorMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        error_type = self.error_type

        http_status = self.http_status

        availability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if http_status is not UNSET:
            field_dict["http_status"] = http_status
        if availability is not UNSET:
            field_dict["availability"] = availability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        code = cast("int | str | Unset", d.pop("code", UNSET))

        def _parse_metadata(data: object) -> ErrorMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ErrorMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ErrorMetadata | None | Unset", data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        error_type = d.pop("error_type", UNSET)

        http_status = d.pop("http_status", UNSET)

        _availability = d.pop("availability", UNSET)
        availability: ErrorAvailability | Unset
        if isinstance(_availability, Unset):
            availability = UNSET
        else:
            availability = ErrorAvailability.from_dict(_availability)

        error_detail = cls(
            message=message,
            code=code,
            metadata=metadata,
            error_type=error_type,
            http_status=http_status,
            availability=availability,
        )

        error_detail.additional_properties = d
        return error_detail

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
from ..models.error_availability import ErrorAvailability  # noqa: E402
from ..models.error_metadata import ErrorMetadata  # noqa: E402
