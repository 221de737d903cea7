from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.code = _json_get_("code")
        _new_model_.retryable = _json_get_("retryable")
        _new_model_.retry_after = _json_get_("retry_after")
        _new_model_.requested_models = _json_get_("requested_models")
        _new_model_.affected_providers = _json_get_("affected_providers")
        _new_model_.excluded_by = _json_get_("excluded_by")
        _new_model_.fallback_models = _json_get_("fallback_models")
        _constraint = _json_get_("constraint")
        constraint: Any = (
            ErrorAvailabilityConstraint.from_dict(_constraint)
            if isinstance(_constraint, dict)
            else _constraint
        )
        _new_model_.constraint = constraint
        _new_model_.docs_url = _json_get_("docs_url")
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "code",
        "retryable",
        "retry_after",
        "requested_models",
        "affected_providers",
        "excluded_by",
        "fallback_models",
        "constraint",
        "docs_url",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.error_availability_constraint import ErrorAvailabilityConstraint  # noqa: E402
else:
    ErrorAvailabilityConstraint = _Deferred_(
        globals(), "..models.error_availability_constraint", "ErrorAvailabilityConstraint"
    )
