from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class BatchList(_ReadModel):
    """
    Attributes:
        object (Literal['list']):
        data (list[BatchSummary]):
        first_id (None | str):
        last_id (None | str): Pass as `after` to get the next page.
        has_more (bool):
    """

    __slots__ = (
        "object",
        "data",
        "first_id",
        "last_id",
        "has_more",
        "additional_properties",
    )

    object: Literal["list"]
    data: list[BatchSummary]
    first_id: None | str
    last_id: None | str
    has_more: bool
    additional_properties: dict[str, Any]

    def __init__(
        self,
        object: Literal["list"],
        data: list[BatchSummary],
        first_id: None | str,
        last_id: None | str,
        has_more: bool,
    ) -> None:
        self.object = object
        self.data = data
        self.first_id = first_id
        self.last_id = last_id
        self.has_more = has_more
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("object", "object", True, "Literal['list']"),
        ("data", "data", True, "list[BatchSummary]"),
        ("first_id", "first_id", True, "None | str"),
        ("last_id", "last_id", True, "None | str"),
        ("has_more", "has_more", True, "bool"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        object_ = d.pop("object", None)
        _data = d.pop("data", None)
        data: Any = (
            [BatchSummary.from_dict(i0) if isinstance(i0, dict) else i0 for i0 in _data]
            if isinstance(_data, list)
            else _data
        )
        first_id = d.pop("first_id", None)
        last_id = d.pop("last_id", None)
        has_more = d.pop("has_more", None)
        batch_list = cls(
            object=object_,
            data=data,
            first_id=first_id,
            last_id=last_id,
            has_more=has_more,
        )
        batch_list.additional_properties = d
        return batch_list

    def __iter__(self) -> Iterator[BatchSummary]:
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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.batch_summary import BatchSummary  # noqa: E402
