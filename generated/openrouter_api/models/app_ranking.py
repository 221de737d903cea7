from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class AppRanking(_ReadModel):
    """One app's position and usage in the window.

    Attributes:
        rank (int): 1-based, absolute position (unaffected by `offset`).
        app_id (int):
        app_name (str):
        total_requests (int):
        total_tokens (str): Prompt plus completion tokens, as a decimal string so 64-bit totals survive JSON.
    """

    __slots__ = (
        "rank",
        "app_id",
        "app_name",
        "total_requests",
        "total_tokens",
        "additional_properties",
    )

    rank: int
    app_id: int
    app_name: str
    total_requests: int
    total_tokens: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        rank: int,
        app_id: int,
        app_name: str,
        total_requests: int,
        total_tokens: str,
    ) -> None:
        self.rank = rank
        self.app_id = app_id
        self.app_name = app_name
        self.total_requests = total_requests
        self.total_tokens = total_tokens
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("rank", "rank", True, "int"),
        ("app_id", "app_id", True, "int"),
        ("app_name", "app_name", True, "str"),
        ("total_requests", "total_requests", True, "int"),
        ("total_tokens", "total_tokens", True, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.rank = _json_get_("rank")
        _new_model_.app_id = _json_get_("app_id")
        _new_model_.app_name = _json_get_("app_name")
        _new_model_.total_requests = _json_get_("total_requests")
        _new_model_.total_tokens = _json_get_("total_tokens")
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
        "rank",
        "app_id",
        "app_name",
        "total_requests",
        "total_tokens",
    )
)
