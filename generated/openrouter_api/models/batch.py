from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..models.batch_completion_window import BatchCompletionWindow
from ..models.batch_status_known import BatchStatusKnown
from ..types import ReadModel as _ReadModel


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
        d = dict(src_dict)
        id = d.pop("id", None)
        object_ = d.pop("object", None)
        endpoint = d.pop("endpoint", None)
        model = d.pop("model", None)
        provider = d.pop("provider", None)
        _completion_window = d.pop("completion_window", None)
        completion_window: Any = _read_completion_window(_completion_window)
        _status = d.pop("status", None)
        status: Any = _read_status(_status)
        created_at = d.pop("created_at", None)
        finalized_at = d.pop("finalized_at", None)
        expires_at = d.pop("expires_at", None)
        _request_counts = d.pop("request_counts", None)
        request_counts: Any = (
            BatchRequestCounts.from_dict(_request_counts)
            if isinstance(_request_counts, dict)
            else _request_counts
        )
        _error = d.pop("error", None)
        error: Any = _read_error(_error)
        _results = d.pop("results", None)
        results: Any = _read_results(_results)
        _usage = d.pop("usage", None)
        usage: Any = _read_usage(_usage)
        batch = cls(
            id=id,
            object=object_,
            endpoint=endpoint,
            model=model,
            provider=provider,
            completion_window=completion_window,
            status=status,
            created_at=created_at,
            finalized_at=finalized_at,
            expires_at=expires_at,
            request_counts=request_counts,
            error=error,
            results=results,
            usage=usage,
        )
        batch.additional_properties = d
        return batch

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


def _read_completion_window(data: Any) -> Any:
    if isinstance(data, str):
        if data in BatchCompletionWindow._value2member_map_:
            return BatchCompletionWindow._value2member_map_[data]
    return data


def _read_status(data: Any) -> Any:
    if isinstance(data, str):
        if data in BatchStatusKnown._value2member_map_:
            return BatchStatusKnown._value2member_map_[data]
    return data


def _read_error(data: Any) -> Any:
    if isinstance(data, dict):
        return BatchFailure.from_dict(data)
    return data


def _read_results(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [BatchResult.from_dict(i0) if isinstance(i0, dict) else i0 for i0 in data]
            if isinstance(data, list)
            else data
        )
    return data


def _read_usage(data: Any) -> Any:
    if isinstance(data, dict):
        return InferenceUsage.from_dict(data)
    return data


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.batch_failure import BatchFailure  # noqa: E402
from ..models.batch_request_counts import BatchRequestCounts  # noqa: E402
from ..models.batch_result import BatchResult  # noqa: E402
from ..models.inference_usage import InferenceUsage  # noqa: E402
