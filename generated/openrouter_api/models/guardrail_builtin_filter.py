from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guardrail_builtin_filter_slug_known import GuardrailBuiltinFilterSlugKnown
from ..models.guardrail_filter_action_known import GuardrailFilterActionKnown
from ..models.guardrail_scan_scope_known import GuardrailScanScopeKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="GuardrailBuiltinFilter")


@_attrs_define
class GuardrailBuiltinFilter:
    """A built-in content filter (PII, secrets, prompt injection).

    Attributes:
        slug (GuardrailBuiltinFilterSlugKnown | str): Which built-in filter.
        action (GuardrailFilterActionKnown | str): What happens on a match.
        label (str | Unset): Redaction placeholder such as `[EMAIL]`; set by the server, ignored in requests.
        scan_scope (GuardrailScanScopeKnown | str | Unset): Only for `regex-prompt-injection`: which messages to scan
            (`all_messages` when omitted).
    """

    slug: GuardrailBuiltinFilterSlugKnown | str
    action: GuardrailFilterActionKnown | str
    label: str | Unset = UNSET
    scan_scope: GuardrailScanScopeKnown | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug: str
        if isinstance(self.slug, GuardrailBuiltinFilterSlugKnown):
            slug = self.slug.value
        else:
            slug = self.slug

        action: str
        if isinstance(self.action, GuardrailFilterActionKnown):
            action = self.action.value
        else:
            action = self.action

        label = self.label

        scan_scope: str | Unset
        if isinstance(self.scan_scope, Unset):
            scan_scope = UNSET
        elif isinstance(self.scan_scope, GuardrailScanScopeKnown):
            scan_scope = self.scan_scope.value
        else:
            scan_scope = self.scan_scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "action": action,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if scan_scope is not UNSET:
            field_dict["scan_scope"] = scan_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_slug(data: object) -> GuardrailBuiltinFilterSlugKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                slug_type_0 = GuardrailBuiltinFilterSlugKnown._parse(data)

                return slug_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("GuardrailBuiltinFilterSlugKnown | str", data)

        slug = _parse_slug(d.pop("slug"))

        def _parse_action(data: object) -> GuardrailFilterActionKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_0 = GuardrailFilterActionKnown._parse(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("GuardrailFilterActionKnown | str", data)

        action = _parse_action(d.pop("action"))

        label = d.pop("label", UNSET)

        def _parse_scan_scope(data: object) -> GuardrailScanScopeKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scan_scope_type_0 = GuardrailScanScopeKnown._parse(data)

                return scan_scope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("GuardrailScanScopeKnown | str | Unset", data)

        scan_scope = _parse_scan_scope(d.pop("scan_scope", UNSET))

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
