from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_completion_window import BatchCompletionWindow
from ..models.batch_status_known import BatchStatusKnown

T = TypeVar("T", bound="Batch")


@_attrs_define
class Batch:
    """A batch with, once it is terminal, the result of each request.

    Attributes:
        id (str):
        object_ (Literal['batch']):
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

    id: str
    object_: Literal["batch"]
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        endpoint = self.endpoint

        model = self.model

        provider: None | str
        provider = self.provider

        completion_window: str
        if isinstance(self.completion_window, BatchCompletionWindow):
            completion_window = self.completion_window.value
        else:
            completion_window = self.completion_window

        status: str
        if isinstance(self.status, BatchStatusKnown):
            status = self.status.value
        else:
            status = self.status

        created_at = self.created_at

        finalized_at: int | None
        finalized_at = self.finalized_at

        expires_at: int | None
        expires_at = self.expires_at

        request_counts = self.request_counts.to_dict()

        error: dict[str, Any] | None
        if isinstance(self.error, BatchFailure):
            error = self.error.to_dict()
        else:
            error = self.error

        results: list[dict[str, Any]] | None
        if isinstance(self.results, list):
            results = []
            for results_type_0_item_data in self.results:
                results_type_0_item = results_type_0_item_data.to_dict()
                results.append(results_type_0_item)

        else:
            results = self.results

        usage: dict[str, Any] | None
        if isinstance(self.usage, InferenceUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "endpoint": endpoint,
                "model": model,
                "provider": provider,
                "completion_window": completion_window,
                "status": status,
                "created_at": created_at,
                "finalized_at": finalized_at,
                "expires_at": expires_at,
                "request_counts": request_counts,
                "error": error,
                "results": results,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast('Literal["batch"]', d.pop("object"))
        if object_ != "batch":
            raise ValueError(f"object must match const 'batch', got '{object_}'")

        endpoint = d.pop("endpoint")

        model = d.pop("model")

        provider = cast("None | str", d.pop("provider"))

        def _parse_completion_window(data: object) -> BatchCompletionWindow | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completion_window_type_0 = BatchCompletionWindow._parse(data)

                return completion_window_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BatchCompletionWindow | str", data)

        completion_window = _parse_completion_window(d.pop("completion_window"))

        def _parse_status(data: object) -> BatchStatusKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = BatchStatusKnown._parse(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BatchStatusKnown | str", data)

        status = _parse_status(d.pop("status"))

        created_at = d.pop("created_at")

        finalized_at = cast("int | None", d.pop("finalized_at"))

        expires_at = cast("int | None", d.pop("expires_at"))

        request_counts = BatchRequestCounts.from_dict(d.pop("request_counts"))

        def _parse_error(data: object) -> BatchFailure | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = BatchFailure.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BatchFailure | None", data)

        error = _parse_error(d.pop("error"))

        def _parse_results(data: object) -> list[BatchResult] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                results_type_0 = []
                _results_type_0 = data
                for results_type_0_item_data in _results_type_0:
                    results_type_0_item = BatchResult.from_dict(results_type_0_item_data)

                    results_type_0.append(results_type_0_item)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[BatchResult] | None", data)

        results = _parse_results(d.pop("results"))

        def _parse_usage(data: object) -> InferenceUsage | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = InferenceUsage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("InferenceUsage | None", data)

        usage = _parse_usage(d.pop("usage"))

        batch = cls(
            id=id,
            object_=object_,
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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.batch_failure import BatchFailure  # noqa: E402
from ..models.batch_request_counts import BatchRequestCounts  # noqa: E402
from ..models.batch_result import BatchResult  # noqa: E402
from ..models.inference_usage import InferenceUsage  # noqa: E402
