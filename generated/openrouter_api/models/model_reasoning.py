from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.reasoning_effort import ReasoningEffort
from ..types import ReadModel as _ReadModel


class ModelReasoning(_ReadModel):
    """Reasoning capabilities; absent for non-reasoning models.

    Attributes:
        mandatory (bool | None): Reasoning cannot be turned off (effort `none` is rejected).
        supported_efforts (list[None | ReasoningEffort | str] | None): Accepted `reasoning.effort` values, strongest
            first; null means all.
        default_effort (None | ReasoningEffort | str):
        default_enabled (bool | None): Whether reasoning is on when the request does not say.
        supports_max_tokens (bool | None): Whether `reasoning.max_tokens` is accepted.
    """

    __slots__ = (
        "mandatory",
        "supported_efforts",
        "default_effort",
        "default_enabled",
        "supports_max_tokens",
        "additional_properties",
    )

    mandatory: bool | None
    supported_efforts: list[None | ReasoningEffort | str] | None
    default_effort: None | ReasoningEffort | str
    default_enabled: bool | None
    supports_max_tokens: bool | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        mandatory: bool | None = None,
        supported_efforts: list[None | ReasoningEffort | str] | None = None,
        default_effort: None | ReasoningEffort | str = None,
        default_enabled: bool | None = None,
        supports_max_tokens: bool | None = None,
    ) -> None:
        self.mandatory = mandatory
        self.supported_efforts = supported_efforts
        self.default_effort = default_effort
        self.default_enabled = default_enabled
        self.supports_max_tokens = supports_max_tokens
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("mandatory", "mandatory", False, "bool"),
        (
            "supported_efforts",
            "supported_efforts",
            False,
            "list[None | ReasoningEffort | str] | None",
        ),
        ("default_effort", "default_effort", False, "None | ReasoningEffort | str"),
        ("default_enabled", "default_enabled", False, "bool"),
        ("supports_max_tokens", "supports_max_tokens", False, "bool"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        mandatory = d.pop("mandatory", None)
        _supported_efforts = d.pop("supported_efforts", None)
        supported_efforts: Any = _read_supported_efforts(_supported_efforts)
        _default_effort = d.pop("default_effort", None)
        default_effort: Any = _read_default_effort(_default_effort)
        default_enabled = d.pop("default_enabled", None)
        supports_max_tokens = d.pop("supports_max_tokens", None)
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


def _read_supported_efforts(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [_read_supported_efforts_type_0_item(i0) for i0 in data]
            if isinstance(data, list)
            else data
        )
    return data


def _read_supported_efforts_type_0_item(data: Any) -> Any:
    if isinstance(data, str):
        if data in ReasoningEffort._value2member_map_:
            return ReasoningEffort._value2member_map_[data]
    return data


def _read_default_effort(data: Any) -> Any:
    if isinstance(data, str):
        if data in ReasoningEffort._value2member_map_:
            return ReasoningEffort._value2member_map_[data]
    return data
