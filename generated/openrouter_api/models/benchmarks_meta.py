from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.benchmark_source import BenchmarkSource
from ..models.dataset_version_known import DatasetVersionKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class BenchmarksMeta(_ReadModel):
    """
    Attributes:
        source (BenchmarkSource | None | str): The source filter applied, or null for all sources.
        task_type (None | str): The task filter applied
        model_count (int): Distinct models in the answer.
        citation (None | str): Attribution required when republishing; null when sources are mixed.
        source_url (None | str):
        as_of (str): ISO 8601 time of the last data update.
        version (DatasetVersionKnown | str):
    """

    __slots__ = (
        "source",
        "task_type",
        "model_count",
        "citation",
        "source_url",
        "as_of",
        "version",
        "additional_properties",
    )

    source: BenchmarkSource | None | str
    task_type: None | str
    model_count: int
    citation: None | str
    source_url: None | str
    as_of: str
    version: DatasetVersionKnown | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        source: BenchmarkSource | None | str,
        task_type: None | str,
        model_count: int,
        citation: None | str,
        source_url: None | str,
        as_of: str,
        version: DatasetVersionKnown | str,
    ) -> None:
        self.source = source
        self.task_type = task_type
        self.model_count = model_count
        self.citation = citation
        self.source_url = source_url
        self.as_of = as_of
        self.version = version
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("source", "source", True, "BenchmarkSource | None | str"),
        ("task_type", "task_type", True, "None | str"),
        ("model_count", "model_count", True, "int"),
        ("citation", "citation", True, "None | str"),
        ("source_url", "source_url", True, "None | str"),
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
        _source = _json_get_("source")
        source: Any = (
            BenchmarkSource._value2member_map_.get(_source, _source)
            if isinstance(_source, str)
            else _source
        )
        _new_model_.source = source
        _new_model_.task_type = _json_get_("task_type")
        _new_model_.model_count = _json_get_("model_count")
        _new_model_.citation = _json_get_("citation")
        _new_model_.source_url = _json_get_("source_url")
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
        "source",
        "task_type",
        "model_count",
        "citation",
        "source_url",
        "as_of",
        "version",
    )
)
