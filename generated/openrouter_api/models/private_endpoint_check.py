from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.private_endpoint_check_reason_known import PrivateEndpointCheckReasonKnown
from ..types import ReadModel as _ReadModel


class PrivateEndpointCheck(_ReadModel):
    """
    Attributes:
        name (str): Name of the check.
        passed (bool):
        reason (PrivateEndpointCheckReasonKnown | str | None): Why the check failed.
        actual_model (None | str): Model the deployment reported, when it differs from the requested one.
        upstream_status (int | None): HTTP status of the deployment when the call failed.
        upstream_message (None | str): Error message of the deployment when the call failed.
    """

    __slots__ = (
        "name",
        "passed",
        "reason",
        "actual_model",
        "upstream_status",
        "upstream_message",
        "additional_properties",
    )

    name: str
    passed: bool
    reason: PrivateEndpointCheckReasonKnown | str | None
    actual_model: None | str
    upstream_status: int | None
    upstream_message: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        passed: bool,
        reason: PrivateEndpointCheckReasonKnown | str | None = None,
        actual_model: None | str = None,
        upstream_status: int | None = None,
        upstream_message: None | str = None,
    ) -> None:
        self.name = name
        self.passed = passed
        self.reason = reason
        self.actual_model = actual_model
        self.upstream_status = upstream_status
        self.upstream_message = upstream_message
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("name", "name", True, "str"),
        ("passed", "passed", True, "bool"),
        ("reason", "reason", False, "PrivateEndpointCheckReasonKnown | str"),
        ("actual_model", "actual_model", False, "None | str"),
        ("upstream_status", "upstream_status", False, "int"),
        ("upstream_message", "upstream_message", False, "None | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        name = d.pop("name", None)
        passed = d.pop("passed", None)
        _reason = d.pop("reason", None)
        reason: Any = _read_reason(_reason)
        actual_model = d.pop("actual_model", None)
        upstream_status = d.pop("upstream_status", None)
        upstream_message = d.pop("upstream_message", None)
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


def _read_reason(data: Any) -> Any:
    if isinstance(data, str):
        if data in PrivateEndpointCheckReasonKnown._value2member_map_:
            return PrivateEndpointCheckReasonKnown._value2member_map_[data]
    return data
