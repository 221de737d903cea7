from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
                    AppRanking.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            data = _data
        _new_model_.data = data
        _meta = _json_get_("meta")
        meta: Any = RankingsMeta.from_dict(_meta) if isinstance(_meta, dict) else _meta
        _new_model_.meta = meta
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "data",
        "meta",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.app_ranking import AppRanking  # noqa: E402
    from ..models.rankings_meta import RankingsMeta  # noqa: E402
else:
    AppRanking = _Deferred_(globals(), "..models.app_ranking", "AppRanking")
    RankingsMeta = _Deferred_(globals(), "..models.rankings_meta", "RankingsMeta")
