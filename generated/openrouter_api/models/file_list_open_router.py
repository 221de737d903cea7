from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class FileListOpenRouter(_ReadModel):
    """
    Attributes:
        field_shape (Literal['openrouter']):
        data (list[StoredFileOpenRouter]):
        first_id (None | str):
        last_id (None | str):
        has_more (bool):
        cursor (None | str): Pass as `cursor` to get the next page; null on the last page.
    """

    __slots__ = (
        "field_shape",
        "data",
        "first_id",
        "last_id",
        "has_more",
        "cursor",
        "additional_properties",
    )

    field_shape: Literal["openrouter"]
    data: list[StoredFileOpenRouter]
    first_id: None | str
    last_id: None | str
    has_more: bool
    cursor: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        field_shape: Literal["openrouter"],
        data: list[StoredFileOpenRouter],
        first_id: None | str,
        last_id: None | str,
        has_more: bool,
        cursor: None | str,
    ) -> None:
        self.field_shape = field_shape
        self.data = data
        self.first_id = first_id
        self.last_id = last_id
        self.has_more = has_more
        self.cursor = cursor
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("field_shape", "_shape", True, "Literal['openrouter']"),
        ("data", "data", True, "list[StoredFileOpenRouter]"),
        ("first_id", "first_id", True, "None | str"),
        ("last_id", "last_id", True, "None | str"),
        ("has_more", "has_more", True, "bool"),
        ("cursor", "cursor", True, "None | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.field_shape = _json_get_("_shape")
        _data = _json_get_("data")
        if isinstance(_data, list):
            data: Any = []
            for _list_item_ in _data:
                data.append(
                    StoredFileOpenRouter.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            data = _data
        _new_model_.data = data
        _new_model_.first_id = _json_get_("first_id")
        _new_model_.last_id = _json_get_("last_id")
        _new_model_.has_more = _json_get_("has_more")
        _new_model_.cursor = _json_get_("cursor")
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

    def __iter__(self) -> Iterator[StoredFileOpenRouter]:
        """Iterate over `data`, the items of this list response."""
        return iter(self.data or ())

    def __len__(self) -> int:
        """How many items `data` holds."""
        return len(self.data or ())

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
        "_shape",
        "data",
        "first_id",
        "last_id",
        "has_more",
        "cursor",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.stored_file_open_router import StoredFileOpenRouter  # noqa: E402
else:
    StoredFileOpenRouter = _Deferred_(
        globals(), "..models.stored_file_open_router", "StoredFileOpenRouter"
    )
