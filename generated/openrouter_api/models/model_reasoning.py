from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.reasoning_effort_known import ReasoningEffortKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_
from ..types import read_enum_list


class ModelReasoning(_ReadModel):
    """Reasoning capabilities; absent for non-reasoning models.

    Attributes:
        mandatory (bool | None): Reasoning cannot be turned off (effort `none` is rejected).
        supported_efforts (list[None | ReasoningEffortKnown | str] | None): Accepted `reasoning.effort` values,
            strongest first; null means all.
        default_effort (None | ReasoningEffortKnown | str):
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
    supported_efforts: list[None | ReasoningEffortKnown | str] | None
    default_effort: None | ReasoningEffortKnown | str
    default_enabled: bool | None
    supports_max_tokens: bool | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        mandatory: bool | None = None,
        supported_efforts: list[None | ReasoningEffortKnown | str] | None = None,
        default_effort: None | ReasoningEffortKnown | str = None,
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
            "list[None | ReasoningEffortKnown | str] | None",
        ),
        ("default_effort", "default_effort", False, "None | ReasoningEffortKnown | str"),
        ("default_enabled", "default_enabled", False, "bool"),
        ("supports_max_tokens", "supports_max_tokens", False, "bool"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.mandatory = _json_get_("mandatory")
        _supported_efforts = _json_get_("supported_efforts")
        supported_efforts: Any = _read_supported_efforts(_supported_efforts)
        _new_model_.supported_efforts = supported_efforts
        _default_effort = _json_get_("default_effort")
        default_effort: Any = (
            ReasoningEffortKnown._value2member_map_.get(_default_effort, _default_effort)
            if isinstance(_default_effort, str)
            else _default_effort
        )
        _new_model_.default_effort = default_effort
        _new_model_.default_enabled = _json_get_("default_enabled")
        _new_model_.supports_max_tokens = _json_get_("supports_max_tokens")
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
        "mandatory",
        "supported_efforts",
        "default_effort",
        "default_enabled",
        "supports_max_tokens",
    )
)


def _read_supported_efforts(data: Any) -> Any:
    if isinstance(data, list):
        return read_enum_list(ReasoningEffortKnown._value2member_map_, data)
    return data
