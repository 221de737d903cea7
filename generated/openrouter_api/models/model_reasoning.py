from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_effort import ReasoningEffort
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelReasoning")


@_attrs_define
class ModelReasoning:
    """Reasoning capabilities; absent for non-reasoning models.

    Attributes:
        mandatory (bool | Unset): Reasoning cannot be turned off (effort `none` is rejected).
        supported_efforts (list[None | ReasoningEffort | str] | None | Unset): Accepted `reasoning.effort` values,
            strongest first; null means all.
        default_effort (None | ReasoningEffort | str | Unset):
        default_enabled (bool | Unset): Whether reasoning is on when the request does not say.
        supports_max_tokens (bool | Unset): Whether `reasoning.max_tokens` is accepted.
    """

    mandatory: bool | Unset = UNSET
    supported_efforts: list[None | ReasoningEffort | str] | None | Unset = UNSET
    default_effort: None | ReasoningEffort | str | Unset = UNSET
    default_enabled: bool | Unset = UNSET
    supports_max_tokens: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mandatory = self.mandatory

        supported_efforts: list[None | str] | None | Unset
        if isinstance(self.supported_efforts, Unset):
            supported_efforts = UNSET
        elif isinstance(self.supported_efforts, list):
            supported_efforts = []
            for supported_efforts_type_0_item_data in self.supported_efforts:
                supported_efforts_type_0_item: None | str
                if isinstance(supported_efforts_type_0_item_data, ReasoningEffort):
                    supported_efforts_type_0_item = supported_efforts_type_0_item_data.value
                else:
                    supported_efforts_type_0_item = supported_efforts_type_0_item_data
                supported_efforts.append(supported_efforts_type_0_item)

        else:
            supported_efforts = self.supported_efforts

        default_effort: None | str | Unset
        if isinstance(self.default_effort, Unset):
            default_effort = UNSET
        elif isinstance(self.default_effort, ReasoningEffort):
            default_effort = self.default_effort.value
        else:
            default_effort = self.default_effort

        default_enabled = self.default_enabled

        supports_max_tokens = self.supports_max_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory
        if supported_efforts is not UNSET:
            field_dict["supported_efforts"] = supported_efforts
        if default_effort is not UNSET:
            field_dict["default_effort"] = default_effort
        if default_enabled is not UNSET:
            field_dict["default_enabled"] = default_enabled
        if supports_max_tokens is not UNSET:
            field_dict["supports_max_tokens"] = supports_max_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mandatory = d.pop("mandatory", UNSET)

        def _parse_supported_efforts(
            data: object,
        ) -> list[None | ReasoningEffort | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()

                def _parse_supported_efforts_type_0_item(
                    data: object,
                ) -> None | ReasoningEffort | str:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        supported_efforts_type_0_item_type_0 = ReasoningEffort._parse(data)

                        return supported_efforts_type_0_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast("None | ReasoningEffort | str", data)

                supported_efforts_type_0 = []
                _supported_efforts_type_0 = data
                for supported_efforts_type_0_item_data in _supported_efforts_type_0:
                    supported_efforts_type_0_item = _parse_supported_efforts_type_0_item(
                        supported_efforts_type_0_item_data
                    )
                    supported_efforts_type_0.append(supported_efforts_type_0_item)

                return supported_efforts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[None | ReasoningEffort | str] | None | Unset", data)

        supported_efforts = _parse_supported_efforts(d.pop("supported_efforts", UNSET))

        def _parse_default_effort(data: object) -> None | ReasoningEffort | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                default_effort_type_0 = ReasoningEffort._parse(data)

                return default_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ReasoningEffort | str | Unset", data)

        default_effort = _parse_default_effort(d.pop("default_effort", UNSET))

        default_enabled = d.pop("default_enabled", UNSET)

        supports_max_tokens = d.pop("supports_max_tokens", UNSET)

        model_reasoning = cls(
            mandatory=mandatory,
            supported_efforts=supported_efforts,
            default_effort=default_effort,
            default_enabled=default_enabled,
            supports_max_tokens=supports_max_tokens,
        )

        model_reasoning.additional_properties = d
        return model_reasoning

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
