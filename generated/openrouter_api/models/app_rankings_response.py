from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class AppRankingsResponse(_ReadModel):
    """
    Attributes:
        data (list[AppRanking]):
        meta (RankingsMeta): The window the server actually used and when the data was produced.
    """

    __slots__ = (
        "data",
        "meta",
        "additional_properties",
    )

    data: list[AppRanking]
    meta: RankingsMeta
    additional_properties: dict[str, Any]

    def __init__(
        self,
        data: list[AppRanking],
        meta: RankingsMeta,
    ) -> None:
        self.data = data
        self.meta = meta
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("data", "data", True, "list[AppRanking]"),
        ("meta", "meta", True, "RankingsMeta"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        _data = d.pop("data", None)
        data: Any = (
            [AppRanking.from_dict(i0) if isinstance(i0, dict) else i0 for i0 in _data]
            if isinstance(_data, list)
            else _data
        )
        _meta = d.pop("meta", None)
        meta: Any = RankingsMeta.from_dict(_meta) if isinstance(_meta, dict) else _meta
        app_rankings_response = cls(
            data=data,
            meta=meta,
        )
        app_rankings_response.additional_properties = d
        return app_rankings_response

    def __iter__(self) -> Iterator[AppRanking]:
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
from ..models.app_ranking import AppRanking  # noqa: E402
from ..models.rankings_meta import RankingsMeta  # noqa: E402
