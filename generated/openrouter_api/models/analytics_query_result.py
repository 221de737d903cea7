from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class AnalyticsQueryResult(_ReadModel):
    """Rows and metadata of an analytics query.

    Attributes:
        data (list[AnalyticsQueryRow]):
        metadata (AnalyticsQueryMetadata): Facts about how the query ran.
        cached_at (float | None): When the result was cached, if it came from cache (milliseconds since the epoch).
        warnings (list[str] | None): Non-fatal problems, such as filter values that could not be resolved.
    """

    __slots__ = (
        "data",
        "metadata",
        "cached_at",
        "warnings",
        "additional_properties",
    )

    data: list[AnalyticsQueryRow]
    metadata: AnalyticsQueryMetadata
    cached_at: float | None
    warnings: list[str] | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        data: list[AnalyticsQueryRow],
        metadata: AnalyticsQueryMetadata,
        cached_at: float | None = None,
        warnings: list[str] | None = None,
    ) -> None:
        self.data = data
        self.metadata = metadata
        self.cached_at = cached_at
        self.warnings = warnings
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("data", "data", True, "list[AnalyticsQueryRow]"),
        ("metadata", "metadata", True, "AnalyticsQueryMetadata"),
        ("cached_at", "cachedAt", False, "float"),
        ("warnings", "warnings", False, "list[str]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _data = _json_get_("data")
        if isinstance(_data, list):
            data: Any = []
            for _list_item_ in _data:
                data.append(
                    AnalyticsQueryRow.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            data = _data
        _new_model_.data = data
        _metadata = _json_get_("metadata")
        metadata: Any = (
            AnalyticsQueryMetadata.from_dict(_metadata)
            if isinstance(_metadata, dict)
            else _metadata
        )
        _new_model_.metadata = metadata
        _new_model_.cached_at = _json_get_("cachedAt")
        _new_model_.warnings = _json_get_("warnings")
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

    def __iter__(self) -> Iterator[AnalyticsQueryRow]:
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
        "data",
        "metadata",
        "cachedAt",
        "warnings",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.analytics_query_metadata import AnalyticsQueryMetadata  # noqa: E402
    from ..models.analytics_query_row import AnalyticsQueryRow  # noqa: E402
else:
    AnalyticsQueryMetadata = _Deferred_(
        globals(), "..models.analytics_query_metadata", "AnalyticsQueryMetadata"
    )
    AnalyticsQueryRow = _Deferred_(globals(), "..models.analytics_query_row", "AnalyticsQueryRow")
