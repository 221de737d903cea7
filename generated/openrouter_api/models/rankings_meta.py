from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.dataset_version_known import DatasetVersionKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class RankingsMeta(_ReadModel):
    """The window the server actually used and when the data was produced.

    Attributes:
        start_date (str): Resolved first day, `YYYY-MM-DD` (UTC).
        end_date (str): Resolved last day, `YYYY-MM-DD` (UTC).
        as_of (str): ISO 8601 time the answer was produced.
        version (DatasetVersionKnown | str):
    """

    __slots__ = (
        "start_date",
        "end_date",
        "as_of",
        "version",
        "additional_properties",
    )

    start_date: str
    end_date: str
    as_of: str
    version: DatasetVersionKnown | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        start_date: str,
        end_date: str,
        as_of: str,
        version: DatasetVersionKnown | str,
    ) -> None:
        self.start_date = start_date
        self.end_date = end_date
        self.as_of = as_of
        self.version = version
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("start_date", "start_date", True, "str"),
        ("end_date", "end_date", True, "str"),
        ("as_of", "as_of", True, "str"),
        ("version", "version", True, "DatasetVersionKnown | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.start_date = _json_get_("start_date")
        _new_model_.end_date = _json_get_("end_date")
        _new_model_.as_of = _json_get_("as_of")
        _version = _json_get_("version")
        version: Any = (
            DatasetVersionKnown._value2member_map_.get(_version, _version)
            if isinstance(_version, str)
            else _version
        )
        _new_model_.version = version
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
        "start_date",
        "end_date",
        "as_of",
        "version",
    )
)
