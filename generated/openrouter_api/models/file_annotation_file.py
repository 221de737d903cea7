from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class FileAnnotationFile(_ReadModel):
    """
    Attributes:
        hash (str):
        name (str | None):
        content (list[FileAnnotationContent] | None): Extracted text and image parts.
    """

    __slots__ = (
        "hash",
        "name",
        "content",
        "additional_properties",
    )

    hash: str
    name: str | None
    content: list[FileAnnotationContent] | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        hash: str,
        name: str | None = None,
        content: list[FileAnnotationContent] | None = None,
    ) -> None:
        self.hash = hash
        self.name = name
        self.content = content
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("hash", "hash", True, "str"),
        ("name", "name", False, "str"),
        ("content", "content", False, "list[FileAnnotationContent]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.hash = _json_get_("hash")
        _new_model_.name = _json_get_("name")
        _content = _json_get_("content")
        if isinstance(_content, list):
            content: Any = []
            for _list_item_ in _content:
                content.append(
                    FileAnnotationContent.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            content = _content
        _new_model_.content = content
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
        "hash",
        "name",
        "content",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.file_annotation_content import FileAnnotationContent  # noqa: E402
else:
    FileAnnotationContent = _Deferred_(
        globals(), "..models.file_annotation_content", "FileAnnotationContent"
    )
