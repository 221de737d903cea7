from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class UrlCitation(_ReadModel):
    """
    Attributes:
        url (str):
        title (str | None):
        content (str | None): The cited text, when available.
        start_index (int | None): First character of the cited span in the message content.
        end_index (int | None): Character after the cited span.
    """

    __slots__ = (
        "url",
        "title",
        "content",
        "start_index",
        "end_index",
        "additional_properties",
    )

    url: str
    title: str | None
    content: str | None
    start_index: int | None
    end_index: int | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        url: str,
        title: str | None = None,
        content: str | None = None,
        start_index: int | None = None,
        end_index: int | None = None,
    ) -> None:
        self.url = url
        self.title = title
        self.content = content
        self.start_index = start_index
        self.end_index = end_index
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("url", "url", True, "str"),
        ("title", "title", False, "str"),
        ("content", "content", False, "str"),
        ("start_index", "start_index", False, "int"),
        ("end_index", "end_index", False, "int"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.url = _json_get_("url")
        _new_model_.title = _json_get_("title")
        _new_model_.content = _json_get_("content")
        _new_model_.start_index = _json_get_("start_index")
        _new_model_.end_index = _json_get_("end_index")
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
        "url",
        "title",
        "content",
        "start_index",
        "end_index",
    )
)
