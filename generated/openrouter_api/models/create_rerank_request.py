from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class CreateRerankRequest(_Model):
    """A query and the documents to rank against it.

    Attributes:
        model (str): Slug of the rerank model, for example `cohere/rerank-v3.5`.
        query (str): The search query.
        documents (list[RerankDocument | str]): The candidates, as plain strings or as objects with text and/or an
            image.
        top_n (int | Unset): Only return this many of the best documents (all of them when omitted).
        provider (None | ProviderPreferences | Unset): Provider routing preferences.
        user (str | Unset): A stable identifier of your end user.
        session_id (str | Unset): Groups related requests for observability; never forwarded to the provider.
        trace (TraceConfig | Unset): Observability fields forwarded to configured broadcast destinations. The named keys
            are
            understood; any other key is passed on as custom metadata.
    """

    __slots__ = (
        "model",
        "query",
        "documents",
        "top_n",
        "provider",
        "user",
        "session_id",
        "trace",
        "additional_properties",
    )

    model: str
    query: str
    documents: list[RerankDocument | str]
    top_n: int | Unset
    provider: None | ProviderPreferences | Unset
    user: str | Unset
    session_id: str | Unset
    trace: TraceConfig | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        model: str,
        query: str,
        documents: list[RerankDocument | str],
        top_n: int | Unset = UNSET,
        provider: None | ProviderPreferences | Unset = UNSET,
        user: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        trace: TraceConfig | Unset = UNSET,
    ) -> None:
        self.model = model
        self.query = query
        self.documents = documents
        self.top_n = top_n
        self.provider = provider
        self.user = user
        self.session_id = session_id
        self.trace = trace
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        query = self.query

        documents = []
        for documents_item_data in self.documents:
            documents_item: dict[str, Any] | str
            if isinstance(documents_item_data, RerankDocument):
                documents_item = documents_item_data.to_dict()
            else:
                documents_item = documents_item_data
            documents.append(documents_item)

        top_n = self.top_n

        provider: dict[str, Any] | None | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, ProviderPreferences):
            provider = self.provider.to_dict()
        else:
            provider = self.provider

        user = self.user

        session_id = self.session_id

        trace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trace, Unset):
            trace = self.trace.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "query": query,
                "documents": documents,
            }
        )
        if top_n is not UNSET:
            field_dict["top_n"] = top_n
        if provider is not UNSET:
            field_dict["provider"] = provider
        if user is not UNSET:
            field_dict["user"] = user
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if trace is not UNSET:
            field_dict["trace"] = trace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        query = d.pop("query")

        def _parse_documents_item(data: object) -> RerankDocument | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                documents_item_type_1 = RerankDocument.from_dict(data)

                return documents_item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("RerankDocument | str", data)

        documents = []
        _documents = d.pop("documents")
        for documents_item_data in _documents:
            documents_item = _parse_documents_item(documents_item_data)
            documents.append(documents_item)

        top_n = d.pop("top_n", UNSET)

        def _parse_provider(data: object) -> None | ProviderPreferences | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provider_type_0 = ProviderPreferences.from_dict(data)

                return provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ProviderPreferences | Unset", data)

        provider = _parse_provider(d.pop("provider", UNSET))

        user = d.pop("user", UNSET)

        session_id = d.pop("session_id", UNSET)

        _trace = d.pop("trace", UNSET)
        trace: TraceConfig | Unset
        if isinstance(_trace, Unset):
            trace = UNSET
        else:
            trace = TraceConfig.from_dict(_trace)

        create_rerank_request = cls(
            model=model,
            query=query,
            documents=documents,
            top_n=top_n,
            provider=provider,
            user=user,
            session_id=session_id,
            trace=trace,
        )

        create_rerank_request.additional_properties = d
        return create_rerank_request

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
from ..models.provider_preferences import ProviderPreferences  # noqa: E402
from ..models.rerank_document import RerankDocument  # noqa: E402
from ..models.trace_config import TraceConfig  # noqa: E402
