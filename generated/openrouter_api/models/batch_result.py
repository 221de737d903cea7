from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BatchResult")


@_attrs_define
class BatchResult:
    """The outcome of one request; exactly one of `response` and `error` is set.

    Attributes:
        id (str): The generation id of this request.
        custom_id (str):
        response (BatchResultResponse | None):
        error (BatchResultError | None):
    """

    id: str
    custom_id: str
    response: BatchResultResponse | None
    error: BatchResultError | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        custom_id = self.custom_id

        response: dict[str, Any] | None
        if isinstance(self.response, BatchResultResponse):
            response = self.response.to_dict()
        else:
            response = self.response

        error: dict[str, Any] | None
        if isinstance(self.error, BatchResultError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "custom_id": custom_id,
                "response": response,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        custom_id = d.pop("custom_id")

        def _parse_response(data: object) -> BatchResultResponse | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_type_0 = BatchResultResponse.from_dict(data)

                return response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BatchResultResponse | None", data)

        response = _parse_response(d.pop("response"))

        def _parse_error(data: object) -> BatchResultError | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = BatchResultError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BatchResultError | None", data)

        error = _parse_error(d.pop("error"))

        batch_result = cls(
            id=id,
            custom_id=custom_id,
            response=response,
            error=error,
        )

        batch_result.additional_properties = d
        return batch_result

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
from ..models.batch_result_error import BatchResultError  # noqa: E402
from ..models.batch_result_response import BatchResultResponse  # noqa: E402
