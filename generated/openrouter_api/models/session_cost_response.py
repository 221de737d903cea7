from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class SessionCostResponse(_ReadModel):
    """
    Attributes:
        data (list[SessionCostCell]):
        meta (SessionCostMeta):
    """

    __slots__ = (
        "data",
        "meta",
        "additional_properties",
    )

    data: list[SessionCostCell]
    meta: SessionCostMeta
    additional_properties: dict[str, Any]

    def __init__(
        self,
        data: list[SessionCostCell],
        meta: SessionCostMeta,
    ) -> None:
        self.data = data
        self.meta = meta
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("data", "data", True, "list[SessionCostCell]"),
        ("meta", "meta", True, "SessionCostMeta"),
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
                    SessionCostCell.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            data = _data
        _new_model_.data = data
        _meta = _json_get_("meta")
        meta: Any = SessionCostMeta.from_dict(_meta) if isinstance(_meta, dict) else _meta
        _new_model_.meta = meta
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

    def __iter__(self) -> Iterator[SessionCostCell]:
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
    from ..models.session_cost_cell import SessionCostCell  # noqa: E402
    from ..models.session_cost_meta import SessionCostMeta  # noqa: E402
else:
    SessionCostCell = _Deferred_(globals(), "..models.session_cost_cell", "SessionCostCell")
    SessionCostMeta = _Deferred_(globals(), "..models.session_cost_meta", "SessionCostMeta")
