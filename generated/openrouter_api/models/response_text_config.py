from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseTextConfig")


@_attrs_define
class ResponseTextConfig:
    """Output text format and verbosity.

    Attributes:
        format_ (ResponseTextFormatJsonObject | ResponseTextFormatJsonSchema | ResponseTextFormatText | Unset):
        verbosity (None | str | Unset): `low`, `medium`, `high`, `xhigh` or `max` (open set in responses).
    """

    format_: (
        ResponseTextFormatJsonObject | ResponseTextFormatJsonSchema | ResponseTextFormatText | Unset
    ) = UNSET
    verbosity: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_: dict[str, Any] | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, ResponseTextFormatJsonSchema):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, ResponseTextFormatJsonObject):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_.to_dict()

        verbosity: None | str | Unset
        if isinstance(self.verbosity, Unset):
            verbosity = UNSET
        else:
            verbosity = self.verbosity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_format_(
            data: object,
        ) -> (
            ResponseTextFormatJsonObject
            | ResponseTextFormatJsonSchema
            | ResponseTextFormatText
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_type_0 = ResponseTextFormatJsonSchema.from_dict(data)

                return format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_type_1 = ResponseTextFormatJsonObject.from_dict(data)

                return format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            format_type_2 = ResponseTextFormatText.from_dict(data)

            return format_type_2

        format_ = _parse_format_(d.pop("format", UNSET))

        verbosity = cast("None | str | Unset", d.pop("verbosity", UNSET))

        response_text_config = cls(
            format_=format_,
            verbosity=verbosity,
        )

        response_text_config.additional_properties = d
        return response_text_config

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
from ..models.response_text_format_json_object import ResponseTextFormatJsonObject  # noqa: E402
from ..models.response_text_format_json_schema import ResponseTextFormatJsonSchema  # noqa: E402
from ..models.response_text_format_text import ResponseTextFormatText  # noqa: E402
