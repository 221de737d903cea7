from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class PrivateEndpointValidation(_ReadModel):
    """
    Attributes:
        passed (bool): True when every check passed.
        checks (list[PrivateEndpointCheck]):
    """

    __slots__ = (
        "passed",
        "checks",
        "additional_properties",
    )

    passed: bool
    checks: list[PrivateEndpointCheck]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        passed: bool,
        checks: list[PrivateEndpointCheck],
    ) -> None:
        self.passed = passed
        self.checks = checks
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("passed", "passed", True, "bool"),
        ("checks", "checks", True, "list[PrivateEndpointCheck]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        passed = d.pop("passed", None)
        _checks = d.pop("checks", None)
        checks: Any = (
            [PrivateEndpointCheck.from_dict(i0) if isinstance(i0, dict) else i0 for i0 in _checks]
            if isinstance(_checks, list)
            else _checks
        )
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
