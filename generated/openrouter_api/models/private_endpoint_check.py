from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.private_endpoint_check_reason_known import PrivateEndpointCheckReasonKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.name = _json_get_("name")
        _new_model_.passed = _json_get_("passed")
        _reason = _json_get_("reason")
        reason: Any = (
            PrivateEndpointCheckReasonKnown._value2member_map_.get(_reason, _reason)
            if isinstance(_reason, str)
            else _reason
        )
        _new_model_.reason = reason
        _new_model_.actual_model = _json_get_("actual_model")
        _new_model_.upstream_status = _json_get_("upstream_status")
        _new_model_.upstream_message = _json_get_("upstream_message")
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
        "name",
        "passed",
        "reason",
        "actual_model",
        "upstream_status",
        "upstream_message",
    )
)
