from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.guardrail_builtin_filter_slug_known import GuardrailBuiltinFilterSlugKnown
from ..models.guardrail_filter_action_known import GuardrailFilterActionKnown
from ..models.guardrail_scan_scope_known import GuardrailScanScopeKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class GuardrailBuiltinFilter(_ReadModel):
    """A built-in content filter (PII, secrets, prompt injection).

    Attributes:
        slug (GuardrailBuiltinFilterSlugKnown | str): Which built-in filter.
        action (GuardrailFilterActionKnown | str): What happens on a match.
        label (str | None): Redaction placeholder such as `[EMAIL]`; set by the server, ignored in requests.
        scan_scope (GuardrailScanScopeKnown | str | None): Only for `regex-prompt-injection`: which messages to scan
            (`all_messages` when omitted).
    """

    __slots__ = (
        "slug",
        "action",
        "label",
        "scan_scope",
        "additional_properties",
    )

    slug: GuardrailBuiltinFilterSlugKnown | str
    action: GuardrailFilterActionKnown | str
    label: str | None
    scan_scope: GuardrailScanScopeKnown | str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        slug: GuardrailBuiltinFilterSlugKnown | str,
        action: GuardrailFilterActionKnown | str,
        label: str | None = None,
        scan_scope: GuardrailScanScopeKnown | str | None = None,
    ) -> None:
        self.slug = slug
        self.action = action
        self.label = label
        self.scan_scope = scan_scope
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("slug", "slug", True, "GuardrailBuiltinFilterSlugKnown | str"),
        ("action", "action", True, "GuardrailFilterActionKnown | str"),
        ("label", "label", False, "str"),
        ("scan_scope", "scan_scope", False, "GuardrailScanScopeKnown | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _slug = _json_get_("slug")
        slug: Any = (
            GuardrailBuiltinFilterSlugKnown._value2member_map_.get(_slug, _slug)
            if isinstance(_slug, str)
            else _slug
        )
        _new_model_.slug = slug
        _action = _json_get_("action")
        action: Any = (
            GuardrailFilterActionKnown._value2member_map_.get(_action, _action)
            if isinstance(_action, str)
            else _action
        )
        _new_model_.action = action
        _new_model_.label = _json_get_("label")
        _scan_scope = _json_get_("scan_scope")
        scan_scope: Any = (
            GuardrailScanScopeKnown._value2member_map_.get(_scan_scope, _scan_scope)
            if isinstance(_scan_scope, str)
            else _scan_scope
        )
        _new_model_.scan_scope = scan_scope
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
        "slug",
        "action",
        "label",
        "scan_scope",
    )
)
