from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ResponseWebSearchAction(_ReadModel):
    """What the search step did (`search`, `open_page` or `find_in_page`).

    Attributes:
        type (str):
        query (str | None):
        queries (list[str] | None):
        sources (list[ResponseWebSearchActionSourcesItem] | None):
        url (None | str):
        pattern (str | None):
    """

    __slots__ = (
        "type",
        "query",
        "queries",
        "sources",
        "url",
        "pattern",
        "additional_properties",
    )

    type: str
    query: str | None
    queries: list[str] | None
    sources: list[ResponseWebSearchActionSourcesItem] | None
    url: None | str
    pattern: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: str,
        query: str | None = None,
        queries: list[str] | None = None,
        sources: list[ResponseWebSearchActionSourcesItem] | None = None,
        url: None | str = None,
        pattern: str | None = None,
    ) -> None:
        self.type = type
        self.query = query
        self.queries = queries
        self.sources = sources
        self.url = url
        self.pattern = pattern
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "str"),
        ("query", "query", False, "str"),
        ("queries", "queries", False, "list[str]"),
        ("sources", "sources", False, "list[ResponseWebSearchActionSourcesItem]"),
        ("url", "url", False, "None | str"),
        ("pattern", "pattern", False, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.type = _json_get_("type")
        _new_model_.query = _json_get_("query")
        _new_model_.queries = _json_get_("queries")
        _sources = _json_get_("sources")
        if isinstance(_sources, list):
            sources: Any = []
            for _list_item_ in _sources:
                sources.append(
                    ResponseWebSearchActionSourcesItem.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            sources = _sources
        _new_model_.sources = sources
        _new_model_.url = _json_get_("url")
        _new_model_.pattern = _json_get_("pattern")
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
        "type",
        "query",
        "queries",
        "sources",
        "url",
        "pattern",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.response_web_search_action_sources_item import ResponseWebSearchActionSourcesItem  # noqa: E402
else:
    ResponseWebSearchActionSourcesItem = _Deferred_(
        globals(),
        "..models.response_web_search_action_sources_item",
        "ResponseWebSearchActionSourcesItem",
    )
