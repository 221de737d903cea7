from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.batch_completion_window import BatchCompletionWindow
from ..models.batch_endpoint import BatchEndpoint
from ..types import UNSET, Unset
from ..types import Model as _Model


class CreateBatchRequest(_Model):
    """A batch submission. The server stream-parses this body, so `endpoint`, `model` and
    `callback_url` must be serialised before `requests`; keep the property order below.

        Attributes:
            endpoint (BatchEndpoint): The API every request in the batch targets.
            model (str): The model every request in the batch uses.
            requests (list[BatchRequestItem]): The requests; text-only (multimodal parts are rejected).
            callback_url (str | Unset): HTTPS URL that receives a `batch.completed`, `batch.failed`, `batch.cancelled` or
                `batch.expired` webhook.
            completion_window (BatchCompletionWindow | Unset): How long the batch may take (`24h`, also when omitted).
            provider (BatchProviderPreferences | None | Unset):
    """

    __slots__ = (
        "endpoint",
        "model",
        "requests",
        "callback_url",
        "completion_window",
        "provider",
        "additional_properties",
    )

    endpoint: BatchEndpoint
    model: str
    requests: list[BatchRequestItem]
    callback_url: str | Unset
    completion_window: BatchCompletionWindow | Unset
    provider: BatchProviderPreferences | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        endpoint: BatchEndpoint,
        model: str,
        requests: list[BatchRequestItem],
        callback_url: str | Unset = UNSET,
        completion_window: BatchCompletionWindow | Unset = UNSET,
        provider: BatchProviderPreferences | None | Unset = UNSET,
    ) -> None:
        self.endpoint = endpoint
        self.model = model
        self.requests = requests
        self.callback_url = callback_url
        self.completion_window = completion_window
        self.provider = provider
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint.value

        model = self.model

        requests = []
        for requests_item_data in self.requests:
            requests_item = requests_item_data.to_dict()
            requests.append(requests_item)

        callback_url = self.callback_url

        completion_window: str | Unset = UNSET
        if not isinstance(self.completion_window, Unset):
            completion_window = self.completion_window.value

        provider: dict[str, Any] | None | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, BatchProviderPreferences):
            provider = self.provider.to_dict()
        else:
            provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "model": model,
                "requests": requests,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if completion_window is not UNSET:
            field_dict["completion_window"] = completion_window
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        endpoint = BatchEndpoint._parse(d.pop("endpoint"))

        model = d.pop("model")

        requests = []
        _requests = d.pop("requests")
        for requests_item_data in _requests:
            requests_item = BatchRequestItem.from_dict(requests_item_data)

            requests.append(requests_item)

        callback_url = d.pop("callback_url", UNSET)

        _completion_window = d.pop("completion_window", UNSET)
        completion_window: BatchCompletionWindow | Unset
        if isinstance(_completion_window, Unset):
            completion_window = UNSET
        else:
            completion_window = BatchCompletionWindow._parse(_completion_window)

        def _parse_provider(data: object) -> BatchProviderPreferences | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provider_type_0 = BatchProviderPreferences.from_dict(data)

                return provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BatchProviderPreferences | None | Unset", data)

        provider = _parse_provider(d.pop("provider", UNSET))

        create_batch_request = cls(
            endpoint=endpoint,
            model=model,
            requests=requests,
            callback_url=callback_url,
            completion_window=completion_window,
            provider=provider,
        )

        create_batch_request.additional_properties = d
        return create_batch_request

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
from ..models.batch_provider_preferences import BatchProviderPreferences  # noqa: E402
from ..models.batch_request_item import BatchRequestItem  # noqa: E402
