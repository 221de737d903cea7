from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.pdf_parser_options_engine_known import PdfParserOptionsEngineKnown
from ..types import UNSET, Unset
from ..types import Model as _Model


class PdfParserOptions(_Model):
    """
    Attributes:
        engine (PdfParserOptionsEngineKnown | str | Unset): `mistral-ocr` (server default, paid per page), `cloudflare-
            ai` (free), `native`
            (model reads the file, billed as input tokens); `pdf-text` is deprecated and
            redirected to `cloudflare-ai`.
    """

    __slots__ = (
        "engine",
        "additional_properties",
    )

    engine: PdfParserOptionsEngineKnown | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        engine: PdfParserOptionsEngineKnown | str | Unset = UNSET,
    ) -> None:
        self.engine = engine
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        engine: str | Unset
        if isinstance(self.engine, Unset):
            engine = UNSET
        elif isinstance(self.engine, PdfParserOptionsEngineKnown):
            engine = self.engine.value
        else:
            engine = self.engine

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if engine is not UNSET:
            field_dict["engine"] = engine

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_engine(data: object) -> PdfParserOptionsEngineKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                engine_engine_known = PdfParserOptionsEngineKnown._parse(data)

                return engine_engine_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("PdfParserOptionsEngineKnown | str | Unset", data)

        engine = _parse_engine(d.pop("engine", UNSET))

        pdf_parser_options = cls(
            engine=engine,
        )

        pdf_parser_options.additional_properties = d
        return pdf_parser_options

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
