from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorAvailability")


@_attrs_define
class ErrorAvailability:
    """Why no model or provider could serve the request, and whether retrying helps.

    Attributes:
        code (str | Unset): For example `capacity_exhausted`, `no_endpoints`, `model_not_found` (open set).
        retryable (bool | Unset):
        retry_after (float | None | Unset): Seconds, mirroring the Retry-After header.
        requested_models (list[str] | Unset):
        affected_providers (list[str] | Unset):
        excluded_by (list[str] | Unset):
        fallback_models (list[str] | Unset):
        constraint (ErrorAvailabilityConstraint | None | Unset):
        docs_url (str | Unset):
    """

    code: str | Unset = UNSET
    retryable: bool | Unset = UNSET
    retry_after: float | None | Unset = UNSET
    requested_models: list[str] | Unset = UNSET
    affected_providers: list[str] | Unset = UNSET
    excluded_by: list[str] | Unset = UNSET
    fallback_models: list[str] | Unset = UNSET
    constraint: ErrorAvailabilityConstraint | None | Unset = UNSET
    docs_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        retryable = self.retryable

        retry_after: float | None | Unset
        if isinstance(self.retry_after, Unset):
            retry_after = UNSET
        else:
            retry_after = self.retry_after

        requested_models: list[str] | Unset = UNSET
        if not isinstance(self.requested_models, Unset):
            requested_models = self.requested_models

        affected_providers: list[str] | Unset = UNSET
        if not isinstance(self.affected_providers, Unset):
            affected_providers = self.affected_providers

        excluded_by: list[str] | Unset = UNSET
        if not isinstance(self.excluded_by, Unset):
            excluded_by = self.excluded_by

        fallback_models: list[str] | Unset = UNSET
        if not isinstance(self.fallback_models, Unset):
            fallback_models = self.fallback_models

        constraint: dict[str, Any] | None | Unset
        if isinstance(self.constraint, Unset):
            constraint = UNSET
        elif isinstance(self.constraint, ErrorAvailabilityConstraint):
            constraint = self.constraint.to_dict()
        else:
            constraint = self.constraint

        docs_url = self.docs_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if retryable is not UNSET:
            field_dict["retryable"] = retryable
        if retry_after is not UNSET:
            field_dict["retry_after"] = retry_after
        if requested_models is not UNSET:
            field_dict["requested_models"] = requested_models
        if affected_providers is not UNSET:
            field_dict["affected_providers"] = affected_providers
        if excluded_by is not UNSET:
            field_dict["excluded_by"] = excluded_by
        if fallback_models is not UNSET:
            field_dict["fallback_models"] = fallback_models
        if constraint is not UNSET:
            field_dict["constraint"] = constraint
        if docs_url is not UNSET:
            field_dict["docs_url"] = docs_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        retryable = d.pop("retryable", UNSET)

        retry_after = cast("float | None | Unset", d.pop("retry_after", UNSET))

        requested_models = cast("list[str]", d.pop("requested_models", UNSET))

        affected_providers = cast("list[str]", d.pop("affected_providers", UNSET))

        excluded_by = cast("list[str]", d.pop("excluded_by", UNSET))

        fallback_models = cast("list[str]", d.pop("fallback_models", UNSET))

        def _parse_constraint(data: object) -> ErrorAvailabilityConstraint | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                constraint_type_0 = ErrorAvailabilityConstraint.from_dict(data)

                return constraint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ErrorAvailabilityConstraint | None | Unset", data)

        constraint = _parse_constraint(d.pop("constraint", UNSET))

        docs_url = d.pop("docs_url", UNSET)

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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.error_availability_constraint import ErrorAvailabilityConstraint  # noqa: E402
