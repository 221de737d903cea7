from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class WebSearchCitationAnnotation(_ReadModel):
    """
    Attributes:
        type (Literal['web_search_citation']):
        web_search_citation (WebSearchCitation):
    """

    __slots__ = (
        "type",
        "web_search_citation",
        "additional_properties",
    )

    type: Literal["web_search_citation"]
    web_search_citation: WebSearchCitation
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["web_search_citation"],
        web_search_citation: WebSearchCitation,
    ) -> None:
        self.type = type
        self.web_search_citation = web_search_citation
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['web_search_citation']"),
        ("web_search_citation", "web_search_citation", True, "WebSearchCitation"),
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
        _web_search_citation = _json_get_("web_search_citation")
        web_search_citation: Any = (
            WebSearchCitation.from_dict(_web_search_citation)
            if isinstance(_web_search_citation, dict)
            else _web_search_citation
        )
        _new_model_.web_search_citation = web_search_citation
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
        "web_search_citation",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.web_search_citation import WebSearchCitation  # noqa: E402
else:
    WebSearchCitation = _Deferred_(globals(), "..models.web_search_citation", "WebSearchCitation")
