from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.private_endpoint_check_reason_known import PrivateEndpointCheckReasonKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="PrivateEndpointCheck")


@_attrs_define
class PrivateEndpointCheck:
    """
    Attributes:
        name (str): Name of the check.
        passed (bool):
        reason (PrivateEndpointCheckReasonKnown | str | Unset): Why the check failed.
        actual_model (None | str | Unset): Model the deployment reported, when it differs from the requested one.
        upstream_status (int | Unset): HTTP status of the deployment when the call failed.
        upstream_message (None | str | Unset): Error message of the deployment when the call failed.
    """

    name: str
    passed: bool
    reason: PrivateEndpointCheckReasonKnown | str | Unset = UNSET
    actual_model: None | str | Unset = UNSET
    upstream_status: int | Unset = UNSET
    upstream_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        passed = self.passed

        reason: str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, PrivateEndpointCheckReasonKnown):
            reason = self.reason.value
        else:
            reason = self.reason

        actual_model: None | str | Unset
        if isinstance(self.actual_model, Unset):
            actual_model = UNSET
        else:
            actual_model = self.actual_model

        upstream_status = self.upstream_status

        upstream_message: None | str | Unset
        if isinstance(self.upstream_message, Unset):
            upstream_message = UNSET
        else:
            upstream_message = self.upstream_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "passed": passed,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if actual_model is not UNSET:
            field_dict["actual_model"] = actual_model
        if upstream_status is not UNSET:
            field_dict["upstream_status"] = upstream_status
        if upstream_message is not UNSET:
            field_dict["upstream_message"] = upstream_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        passed = d.pop("passed")

        def _parse_reason(data: object) -> PrivateEndpointCheckReasonKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = PrivateEndpointCheckReasonKnown._parse(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("PrivateEndpointCheckReasonKnown | str | Unset", data)

        reason = _parse_reason(d.pop("reason", UNSET))

        actual_model = cast("None | str | Unset", d.pop("actual_model", UNSET))

        upstream_status = d.pop("upstream_status", UNSET)

        upstream_message = cast("None | str | Unset", d.pop("upstream_message", UNSET))

        private_endpoint_check = cls(
            name=name,
            passed=passed,
            reason=reason,
            actual_model=actual_model,
            upstream_status=upstream_status,
            upstream_message=upstream_message,
        )

        private_endpoint_check.additional_properties = d
        return private_endpoint_check

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
