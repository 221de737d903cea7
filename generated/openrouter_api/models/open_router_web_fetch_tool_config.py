from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.open_router_web_fetch_tool_config_engine_known import (
    OpenRouterWebFetchToolConfigEngineKnown,
)
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class OpenRouterWebFetchToolConfig(_ReadModel):
    """
    Attributes:
        engine (OpenRouterWebFetchToolConfigEngineKnown | str | None):
        allowed_domains (list[str] | None):
        blocked_domains (list[str] | None):
        max_content_tokens (int | None):
        max_uses (int | None):
    """

    __slots__ = (
        "engine",
        "allowed_domains",
        "blocked_domains",
        "max_content_tokens",
        "max_uses",
        "additional_properties",
    )

    engine: OpenRouterWebFetchToolConfigEngineKnown | str | None
    allowed_domains: list[str] | None
    blocked_domains: list[str] | None
    max_content_tokens: int | None
    max_uses: int | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        engine: OpenRouterWebFetchToolConfigEngineKnown | str | None = None,
        allowed_domains: list[str] | None = None,
        blocked_domains: list[str] | None = None,
        max_content_tokens: int | None = None,
        max_uses: int | None = None,
    ) -> None:
        self.engine = engine
        self.allowed_domains = allowed_domains
        self.blocked_domains = blocked_domains
        self.max_content_tokens = max_content_tokens
        self.max_uses = max_uses
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("engine", "engine", False, "OpenRouterWebFetchToolConfigEngineKnown | str"),
        ("allowed_domains", "allowed_domains", False, "list[str]"),
        ("blocked_domains", "blocked_domains", False, "list[str]"),
        ("max_content_tokens", "max_content_tokens", False, "int"),
        ("max_uses", "max_uses", False, "int"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _engine = _json_get_("engine")
        engine: Any = (
            OpenRouterWebFetchToolConfigEngineKnown._value2member_map_.get(_engine, _engine)
            if isinstance(_engine, str)
            else _engine
        )
        _new_model_.engine = engine
        _new_model_.allowed_domains = _json_get_("allowed_domains")
        _new_model_.blocked_domains = _json_get_("blocked_domains")
        _new_model_.max_content_tokens = _json_get_("max_content_tokens")
        _new_model_.max_uses = _json_get_("max_uses")
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
        "engine",
        "allowed_domains",
        "blocked_domains",
        "max_content_tokens",
        "max_uses",
    )
)
