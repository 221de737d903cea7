from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..models.open_router_web_search_tool_config_engine_known import (
    OpenRouterWebSearchToolConfigEngineKnown,
)
from ..models.open_router_web_search_tool_config_mode_known import (
    OpenRouterWebSearchToolConfigModeKnown,
)
from ..models.open_router_web_search_tool_config_search_context_size_known import (
    OpenRouterWebSearchToolConfigSearchContextSizeKnown,
)
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class OpenRouterWebSearchToolConfig(_ReadModel):
    """
    Attributes:
        engine (OpenRouterWebSearchToolConfigEngineKnown | str | None):
        mode (OpenRouterWebSearchToolConfigModeKnown | str | None):
        max_results (int | None):
        max_total_results (int | None):
        max_uses (int | None):
        max_characters (int | None):
        search_context_size (OpenRouterWebSearchToolConfigSearchContextSizeKnown | str | None):
        allowed_domains (list[str] | None):
        excluded_domains (list[str] | None):
        user_location (WebSearchUserLocation | None): Approximate location used to bias search results.
        x_search (XSearchOptions | None): Also search X (Twitter) on xAI endpoints with native search; billed by xAI.
    """

    __slots__ = (
        "engine",
        "mode",
        "max_results",
        "max_total_results",
        "max_uses",
        "max_characters",
        "search_context_size",
        "allowed_domains",
        "excluded_domains",
        "user_location",
        "x_search",
        "additional_properties",
    )

    engine: OpenRouterWebSearchToolConfigEngineKnown | str | None
    mode: OpenRouterWebSearchToolConfigModeKnown | str | None
    max_results: int | None
    max_total_results: int | None
    max_uses: int | None
    max_characters: int | None
    search_context_size: OpenRouterWebSearchToolConfigSearchContextSizeKnown | str | None
    allowed_domains: list[str] | None
    excluded_domains: list[str] | None
    user_location: WebSearchUserLocation | None
    x_search: XSearchOptions | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        engine: OpenRouterWebSearchToolConfigEngineKnown | str | None = None,
        mode: OpenRouterWebSearchToolConfigModeKnown | str | None = None,
        max_results: int | None = None,
        max_total_results: int | None = None,
        max_uses: int | None = None,
        max_characters: int | None = None,
        search_context_size: OpenRouterWebSearchToolConfigSearchContextSizeKnown
        | str
        | None = None,
        allowed_domains: list[str] | None = None,
        excluded_domains: list[str] | None = None,
        user_location: WebSearchUserLocation | None = None,
        x_search: XSearchOptions | None = None,
    ) -> None:
        self.engine = engine
        self.mode = mode
        self.max_results = max_results
        self.max_total_results = max_total_results
        self.max_uses = max_uses
        self.max_characters = max_characters
        self.search_context_size = search_context_size
        self.allowed_domains = allowed_domains
        self.excluded_domains = excluded_domains
        self.user_location = user_location
        self.x_search = x_search
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("engine", "engine", False, "OpenRouterWebSearchToolConfigEngineKnown | str"),
        ("mode", "mode", False, "OpenRouterWebSearchToolConfigModeKnown | str"),
        ("max_results", "max_results", False, "int"),
        ("max_total_results", "max_total_results", False, "int"),
        ("max_uses", "max_uses", False, "int"),
        ("max_characters", "max_characters", False, "int"),
        (
            "search_context_size",
            "search_context_size",
            False,
            "OpenRouterWebSearchToolConfigSearchContextSizeKnown | str",
        ),
        ("allowed_domains", "allowed_domains", False, "list[str]"),
        ("excluded_domains", "excluded_domains", False, "list[str]"),
        ("user_location", "user_location", False, "WebSearchUserLocation"),
        ("x_search", "x_search", False, "XSearchOptions"),
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
            OpenRouterWebSearchToolConfigEngineKnown._value2member_map_.get(_engine, _engine)
            if isinstance(_engine, str)
            else _engine
        )
        _new_model_.engine = engine
        _mode = _json_get_("mode")
        mode: Any = (
            OpenRouterWebSearchToolConfigModeKnown._value2member_map_.get(_mode, _mode)
            if isinstance(_mode, str)
            else _mode
        )
        _new_model_.mode = mode
        _new_model_.max_results = _json_get_("max_results")
        _new_model_.max_total_results = _json_get_("max_total_results")
        _new_model_.max_uses = _json_get_("max_uses")
        _new_model_.max_characters = _json_get_("max_characters")
        _search_context_size = _json_get_("search_context_size")
        search_context_size: Any = (
            OpenRouterWebSearchToolConfigSearchContextSizeKnown._value2member_map_.get(
                _search_context_size, _search_context_size
            )
            if isinstance(_search_context_size, str)
            else _search_context_size
        )
        _new_model_.search_context_size = search_context_size
        _new_model_.allowed_domains = _json_get_("allowed_domains")
        _new_model_.excluded_domains = _json_get_("excluded_domains")
        _user_location = _json_get_("user_location")
        user_location: Any = (
            WebSearchUserLocation.from_dict(_user_location)
            if isinstance(_user_location, dict)
            else _user_location
        )
        _new_model_.user_location = user_location
        _x_search = _json_get_("x_search")
        x_search: Any = (
            XSearchOptions.from_dict(_x_search) if isinstance(_x_search, dict) else _x_search
        )
        _new_model_.x_search = x_search
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
        "mode",
        "max_results",
        "max_total_results",
        "max_uses",
        "max_characters",
        "search_context_size",
        "allowed_domains",
        "excluded_domains",
        "user_location",
        "x_search",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.web_search_user_location import WebSearchUserLocation  # noqa: E402
    from ..models.x_search_options import XSearchOptions  # noqa: E402
else:
    WebSearchUserLocation = _Deferred_(
        globals(), "..models.web_search_user_location", "WebSearchUserLocation"
    )
    XSearchOptions = _Deferred_(globals(), "..models.x_search_options", "XSearchOptions")
