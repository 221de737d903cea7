from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..models.batch_completion_window import BatchCompletionWindow
from ..models.batch_status_known import BatchStatusKnown
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class Batch(_ReadModel):
    """A batch with, once it is terminal, the result of each request.

    Attributes:
        id (str):
        object (Literal['batch']):
        endpoint (str): The target API, e.g. `/v1/chat/completions`.
        model (str):
        provider (None | str): The provider that ran the batch, once chosen.
        completion_window (BatchCompletionWindow | str):
        status (BatchStatusKnown | str):
        created_at (int): Unix seconds.
        finalized_at (int | None): Unix seconds when the batch reached a terminal status.
        expires_at (int | None): Unix seconds when the batch or its artifacts expire.
        request_counts (BatchRequestCounts):
        error (BatchFailure | None):
        results (list[BatchResult] | None): One entry per request once the batch is terminal; null before.
        usage (InferenceUsage | None):
    """

    __slots__ = (
        "id",
        "object",
        "endpoint",
        "model",
        "provider",
        "completion_window",
        "status",
        "created_at",
        "finalized_at",
        "expires_at",
        "request_counts",
        "error",
        "results",
        "usage",
        "additional_properties",
    )

    id: str
    object: Literal["batch"]
    endpoint: str
    model: str
    provider: None | str
    completion_window: BatchCompletionWindow | str
    status: BatchStatusKnown | str
    created_at: int
    finalized_at: int | None
    expires_at: int | None
    request_counts: BatchRequestCounts
    error: BatchFailure | None
    results: list[BatchResult] | None
    usage: InferenceUsage | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        object: Literal["batch"],
        endpoint: str,
        model: str,
        provider: None | str,
        completion_window: BatchCompletionWindow | str,
        status: BatchStatusKnown | str,
        created_at: int,
        finalized_at: int | None,
        expires_at: int | None,
        request_counts: BatchRequestCounts,
        error: BatchFailure | None,
        results: list[BatchResult] | None,
        usage: InferenceUsage | None,
    ) -> None:
        self.id = id
        self.object = object
        self.endpoint = endpoint
        self.model = model
        self.provider = provider
        self.completion_window = completion_window
        self.status = status
        self.created_at = created_at
        self.finalized_at = finalized_at
        self.expires_at = expires_at
        self.request_counts = request_counts
        self.error = error
        self.results = results
        self.usage = usage
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("object", "object", True, "Literal['batch']"),
        ("endpoint", "endpoint", True, "str"),
        ("model", "model", True, "str"),
        ("provider", "provider", True, "None | str"),
        ("completion_window", "completion_window", True, "BatchCompletionWindow | str"),
        ("status", "status", True, "BatchStatusKnown | str"),
        ("created_at", "created_at", True, "int"),
        ("finalized_at", "finalized_at", True, "int | None"),
        ("expires_at", "expires_at", True, "int | None"),
        ("request_counts", "request_counts", True, "BatchRequestCounts"),
        ("error", "error", True, "BatchFailure | None"),
        ("results", "results", True, "list[BatchResult] | None"),
        ("usage", "usage", True, "InferenceUsage | None"),
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
        _new_model_.object = _json_get_("object")
        _new_model_.endpoint = _json_get_("endpoint")
        _new_model_.model = _json_get_("model")
        _new_model_.provider = _json_get_("provider")
        _completion_window = _json_get_("completion_window")
        completion_window: Any = (
            BatchCompletionWindow._value2member_map_.get(_completion_window, _completion_window)
            if isinstance(_completion_window, str)
            else _completion_window
        )
        _new_model_.completion_window = completion_window
        _status = _json_get_("status")
        status: Any = (
            BatchStatusKnown._value2member_map_.get(_status, _status)
            if isinstance(_status, str)
            else _status
        )
        _new_model_.status = status
        _new_model_.created_at = _json_get_("created_at")
        _new_model_.finalized_at = _json_get_("finalized_at")
        _new_model_.expires_at = _json_get_("expires_at")
        _request_counts = _json_get_("request_counts")
        request_counts: Any = (
            BatchRequestCounts.from_dict(_request_counts)
            if isinstance(_request_counts, dict)
            else _request_counts
        )
        _new_model_.request_counts = request_counts
        _error = _json_get_("error")
        error: Any = BatchFailure.from_dict(_error) if isinstance(_error, dict) else _error
        _new_model_.error = error
        _results = _json_get_("results")
        results: Any = _read_results(_results)
        _new_model_.results = results
        _usage = _json_get_("usage")
        usage: Any = InferenceUsage.from_dict(_usage) if isinstance(_usage, dict) else _usage
        _new_model_.usage = usage
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
        "object",
        "endpoint",
        "model",
        "provider",
        "completion_window",
        "status",
        "created_at",
        "finalized_at",
        "expires_at",
        "request_counts",
        "error",
        "results",
        "usage",
    )
)


def _read_results(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [BatchResult.from_dict(i0) if isinstance(i0, dict) else i0 for i0 in data]
            if isinstance(data, list)
            else data
        )
    return data


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.batch_failure import BatchFailure  # noqa: E402
    from ..models.batch_request_counts import BatchRequestCounts  # noqa: E402
    from ..models.batch_result import BatchResult  # noqa: E402
    from ..models.inference_usage import InferenceUsage  # noqa: E402
else:
    BatchFailure = _Deferred_(globals(), "..models.batch_failure", "BatchFailure")
    BatchRequestCounts = _Deferred_(
        globals(), "..models.batch_request_counts", "BatchRequestCounts"
    )
    BatchResult = _Deferred_(globals(), "..models.batch_result", "BatchResult")
    InferenceUsage = _Deferred_(globals(), "..models.inference_usage", "InferenceUsage")
