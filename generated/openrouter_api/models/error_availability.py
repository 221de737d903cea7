from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ErrorAvailability(_ReadModel):
    """Why no model or provider could serve the request, and whether retrying helps.

    Attributes:
        code (str | None): For example `capacity_exhausted`, `no_endpoints`, `model_not_found` (open set).
        retryable (bool | None):
        retry_after (float | None): Seconds, mirroring the Retry-After header.
        requested_models (list[str] | None):
        affected_providers (list[str] | None):
        excluded_by (list[str] | None):
        fallback_models (list[str] | None):
        constraint (ErrorAvailabilityConstraint | None):
        docs_url (str | None):
    """

    __slots__ = (
        "code",
        "retryable",
        "retry_after",
        "requested_models",
        "affected_providers",
        "excluded_by",
        "fallback_models",
        "constraint",
        "docs_url",
        "additional_properties",
    )

    code: str | None
    retryable: bool | None
    retry_after: float | None
    requested_models: list[str] | None
    affected_providers: list[str] | None
    excluded_by: list[str] | None
    fallback_models: list[str] | None
    constraint: ErrorAvailabilityConstraint | None
    docs_url: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        code: str | None = None,
        retryable: bool | None = None,
        retry_after: float | None = None,
        requested_models: list[str] | None = None,
        affected_providers: list[str] | None = None,
        excluded_by: list[str] | None = None,
        fallback_models: list[str] | None = None,
        constraint: ErrorAvailabilityConstraint | None = None,
        docs_url: str | None = None,
    ) -> None:
        self.code = code
        self.retryable = retryable
        self.retry_after = retry_after
        self.requested_models = requested_models
        self.affected_providers = affected_providers
        self.excluded_by = excluded_by
        self.fallback_models = fallback_models
        self.constraint = constraint
        self.docs_url = docs_url
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("code", "code", False, "str"),
        ("retryable", "retryable", False, "bool"),
        ("retry_after", "retry_after", False, "float | None"),
        ("requested_models", "requested_models", False, "list[str]"),
        ("affected_providers", "affected_providers", False, "list[str]"),
        ("excluded_by", "excluded_by", False, "list[str]"),
        ("fallback_models", "fallback_models", False, "list[str]"),
        ("constraint", "constraint", False, "ErrorAvailabilityConstraint | None"),
        ("docs_url", "docs_url", False, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        code = d.pop("code", None)
        retryable = d.pop("retryable", None)
        retry_after = d.pop("retry_after", None)
        requested_models = d.pop("requested_models", None)
        affected_providers = d.pop("affected_providers", None)
        excluded_by = d.pop("excluded_by", None)
        fallback_models = d.pop("fallback_models", None)
        _constraint = d.pop("constraint", None)
        constraint: Any = _read_constraint(_constraint)
        docs_url = d.pop("docs_url", None)
        error_availability = cls(
            code=code,
            retryable=retryable,
            retry_after=retry_after,
            requested_models=requested_models,
            affected_providers=affected_providers,
            excluded_by=excluded_by,
            fallback_models=fallback_models,
            constraint=constraint,
            docs_url=docs_url,
        )
        error_availability.additional_properties = d
        return error_availability

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


def _read_constraint(data: Any) -> Any:
    if isinstance(data, dict):
        return ErrorAvailabilityConstraint.from_dict(data)
    return data


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.error_availability_constraint import ErrorAvailabilityConstraint  # noqa: E402
