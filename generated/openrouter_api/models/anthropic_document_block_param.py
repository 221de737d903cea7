from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class AnthropicDocumentBlockParam(_Model):
    """
    Attributes:
        type (Literal['document']):
        source (AnthropicBase64PdfSource | AnthropicContentSource | AnthropicFileSource | AnthropicPlainTextSource |
            AnthropicUrlSource):
        title (None | str | Unset):
        context (None | str | Unset):
        citations (AnthropicDocumentBlockParamCitationsType0 | None | Unset): `{enabled: true}` to let the model cite
            this document.
        cache_control (CacheControl | Unset): Anthropic-style prompt-cache marker. On a content part it marks a
            breakpoint; at the top
            level of the request it asks for automatic breakpoints.
    """

    __slots__ = (
        "type",
        "source",
        "title",
        "context",
        "citations",
        "cache_control",
        "additional_properties",
    )

    type: Literal["document"]
    source: (
        AnthropicBase64PdfSource
        | AnthropicContentSource
        | AnthropicFileSource
        | AnthropicPlainTextSource
        | AnthropicUrlSource
    )
    title: None | str | Unset
    context: None | str | Unset
    citations: AnthropicDocumentBlockParamCitationsType0 | None | Unset
    cache_control: CacheControl | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["document"],
        source: AnthropicBase64PdfSource
        | AnthropicContentSource
        | AnthropicFileSource
        | AnthropicPlainTextSource
        | AnthropicUrlSource,
        title: None | str | Unset = UNSET,
        context: None | str | Unset = UNSET,
        citations: AnthropicDocumentBlockParamCitationsType0 | None | Unset = UNSET,
        cache_control: CacheControl | Unset = UNSET,
    ) -> None:
        self.type = type
        self.source = source
        self.title = title
        self.context = context
        self.citations = citations
        self.cache_control = cache_control
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        source: dict[str, Any]
        if isinstance(self.source, AnthropicBase64PdfSource):
            source = self.source.to_dict()
        elif isinstance(self.source, AnthropicPlainTextSource):
            source = self.source.to_dict()
        elif isinstance(self.source, AnthropicContentSource):
            source = self.source.to_dict()
        elif isinstance(self.source, AnthropicUrlSource):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        context: None | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        else:
            context = self.context

        citations: dict[str, Any] | None | Unset
        if isinstance(self.citations, Unset):
            citations = UNSET
        elif isinstance(self.citations, AnthropicDocumentBlockParamCitationsType0):
            citations = self.citations.to_dict()
        else:
            citations = self.citations

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "source": source,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if context is not UNSET:
            field_dict["context"] = context
        if citations is not UNSET:
            field_dict["citations"] = citations
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["document"]', d.pop("type"))
        if type_ != "document":
            raise ValueError(f"type must match const 'document', got '{type_}'")

        def _parse_source(
            data: object,
        ) -> (
            AnthropicBase64PdfSource
            | AnthropicContentSource
            | AnthropicFileSource
            | AnthropicPlainTextSource
            | AnthropicUrlSource
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = AnthropicBase64PdfSource.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_1 = AnthropicPlainTextSource.from_dict(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_2 = AnthropicContentSource.from_dict(data)

                return source_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_3 = AnthropicUrlSource.from_dict(data)

                return source_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            source_type_4 = AnthropicFileSource.from_dict(data)

            return source_type_4

        source = _parse_source(d.pop("source"))

        title = cast("None | str | Unset", d.pop("title", UNSET))

        context = cast("None | str | Unset", d.pop("context", UNSET))

        def _parse_citations(
            data: object,
        ) -> AnthropicDocumentBlockParamCitationsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                citations_type_0 = AnthropicDocumentBlockParamCitationsType0.from_dict(data)

                return citations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AnthropicDocumentBlockParamCitationsType0 | None | Unset", data)

        citations = _parse_citations(d.pop("citations", UNSET))

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: CacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = CacheControl.from_dict(_cache_control)

        anthropic_document_block_param = cls(
            type=type_,
            source=source,
            title=title,
            context=context,
            citations=citations,
            cache_control=cache_control,
        )

        anthropic_document_block_param.additional_properties = d
        return anthropic_document_block_param

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
from ..models.anthropic_base_64_pdf_source import AnthropicBase64PdfSource  # noqa: E402
from ..models.anthropic_content_source import AnthropicContentSource  # noqa: E402
from ..models.anthropic_document_block_param_citations_type_0 import (
    AnthropicDocumentBlockParamCitationsType0,  # noqa: E402
)
from ..models.anthropic_file_source import AnthropicFileSource  # noqa: E402
from ..models.anthropic_plain_text_source import AnthropicPlainTextSource  # noqa: E402
from ..models.anthropic_url_source import AnthropicUrlSource  # noqa: E402
from ..models.cache_control import CacheControl  # noqa: E402
