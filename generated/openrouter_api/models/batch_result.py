from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class BatchResult(_ReadModel):
    """The outcome of one request; exactly one of `response` and `error` is set.

    Attributes:
        id (str): The generation id of this request.
        custom_id (str):
        response (BatchResultResponse | None):
        error (BatchResultError | None):
    """

    __slots__ = (
        "id",
        "custom_id",
        "response",
        "error",
        "additional_properties",
    )

    id: str
    custom_id: str
    response: BatchResultResponse | None
    error: BatchResultError | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        custom_id: str,
        response: BatchResultResponse | None,
        error: BatchResultError | None,
    ) -> None:
        self.id = id
        self.custom_id = custom_id
        self.response = response
        self.error = error
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("custom_id", "custom_id", True, "str"),
        ("response", "response", True, "BatchResultResponse | None"),
        ("error", "error", True, "BatchResultError | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.id = _json_get_("id")
        _new_model_.custom_id = _json_get_("custom_id")
        _response = _json_get_("response")
        response: Any = (
            BatchResultResponse.from_dict(_response) if isinstance(_response, dict) else _response
        )
        _new_model_.response = response
        _error = _json_get_("error")
        error: Any = BatchResultError.from_dict(_error) if isinstance(_error, dict) else _error
        _new_model_.error = error
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
        "id",
        "custom_id",
        "response",
        "error",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.batch_result_error import BatchResultError  # noqa: E402
    from ..models.batch_result_response import BatchResultResponse  # noqa: E402
else:
    BatchResultError = _Deferred_(globals(), "..models.batch_result_error", "BatchResultError")
    BatchResultResponse = _Deferred_(
        globals(), "..models.batch_result_response", "BatchResultResponse"
    )
