from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_
from ..types import read_date


class XSearchOptions(_ReadModel):
    """Also search X (Twitter) on xAI endpoints with native search; billed by xAI.

    Attributes:
        allowed_x_handles (list[str] | None):
        excluded_x_handles (list[str] | None):
        from_date (datetime.date | None):
        to_date (datetime.date | None):
        enable_image_understanding (bool | None):
        enable_video_understanding (bool | None):
    """

    __slots__ = (
        "allowed_x_handles",
        "excluded_x_handles",
        "from_date",
        "to_date",
        "enable_image_understanding",
        "enable_video_understanding",
        "additional_properties",
    )

    allowed_x_handles: list[str] | None
    excluded_x_handles: list[str] | None
    from_date: datetime.date | None
    to_date: datetime.date | None
    enable_image_understanding: bool | None
    enable_video_understanding: bool | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        allowed_x_handles: list[str] | None = None,
        excluded_x_handles: list[str] | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        enable_image_understanding: bool | None = None,
        enable_video_understanding: bool | None = None,
    ) -> None:
        self.allowed_x_handles = allowed_x_handles
        self.excluded_x_handles = excluded_x_handles
        self.from_date = from_date
        self.to_date = to_date
        self.enable_image_understanding = enable_image_understanding
        self.enable_video_understanding = enable_video_understanding
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("allowed_x_handles", "allowed_x_handles", False, "list[str]"),
        ("excluded_x_handles", "excluded_x_handles", False, "list[str]"),
        ("from_date", "from_date", False, "datetime.date"),
        ("to_date", "to_date", False, "datetime.date"),
        ("enable_image_understanding", "enable_image_understanding", False, "bool"),
        ("enable_video_understanding", "enable_video_understanding", False, "bool"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.allowed_x_handles = _json_get_("allowed_x_handles")
        _new_model_.excluded_x_handles = _json_get_("excluded_x_handles")
        _from_date = _json_get_("from_date")
        from_date: Any = read_date(_from_date)
        _new_model_.from_date = from_date
        _to_date = _json_get_("to_date")
        to_date: Any = read_date(_to_date)
        _new_model_.to_date = to_date
        _new_model_.enable_image_understanding = _json_get_("enable_image_understanding")
        _new_model_.enable_video_understanding = _json_get_("enable_video_understanding")
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
        "allowed_x_handles",
        "excluded_x_handles",
        "from_date",
        "to_date",
        "enable_image_understanding",
        "enable_video_understanding",
    )
)
