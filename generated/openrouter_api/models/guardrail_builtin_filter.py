from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.guardrail_builtin_filter_slug_known import GuardrailBuiltinFilterSlugKnown
from ..models.guardrail_filter_action_known import GuardrailFilterActionKnown
from ..models.guardrail_scan_scope_known import GuardrailScanScopeKnown
from ..types import ReadModel as _ReadModel


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
        d = dict(src_dict)
        _slug = d.pop("slug", None)
        slug: Any = _read_slug(_slug)
        _action = d.pop("action", None)
        action: Any = _read_action(_action)
        label = d.pop("label", None)
        _scan_scope = d.pop("scan_scope", None)
        scan_scope: Any = _read_scan_scope(_scan_scope)
        guardrail_builtin_filter = cls(
            slug=slug,
            action=action,
            label=label,
            scan_scope=scan_scope,
        )
        guardrail_builtin_filter.additional_properties = d
        return guardrail_builtin_filter

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


def _read_slug(data: Any) -> Any:
    if isinstance(data, str):
        if data in GuardrailBuiltinFilterSlugKnown._value2member_map_:
            return GuardrailBuiltinFilterSlugKnown._value2member_map_[data]
    return data


def _read_action(data: Any) -> Any:
    if isinstance(data, str):
        if data in GuardrailFilterActionKnown._value2member_map_:
            return GuardrailFilterActionKnown._value2member_map_[data]
    return data


def _read_scan_scope(data: Any) -> Any:
    if isinstance(data, str):
        if data in GuardrailScanScopeKnown._value2member_map_:
            return GuardrailScanScopeKnown._value2member_map_[data]
    return data
