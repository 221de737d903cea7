from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PrivateEndpointValidation")


@_attrs_define
class PrivateEndpointValidation:
    """
    Attributes:
        passed (bool): True when every check passed.
        checks (list[PrivateEndpointCheck]):
    """

    passed: bool
    checks: list[PrivateEndpointCheck]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        passed = self.passed

        checks = []
        for checks_item_data in self.checks:
            checks_item = checks_item_data.to_dict()
            checks.append(checks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "passed": passed,
                "checks": checks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        passed = d.pop("passed")

        checks = []
        _checks = d.pop("checks")
        for checks_item_data in _checks:
            checks_item = PrivateEndpointCheck.from_dict(checks_item_data)

            checks.append(checks_item)

        private_endpoint_validation = cls(
            passed=passed,
            checks=checks,
        )

        private_endpoint_validation.additional_properties = d
        return private_endpoint_validation

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
from ..models.private_endpoint_check import PrivateEndpointCheck  # noqa: E402
