from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class FileParserPlugin(_Model):
    """Turns files (PDFs) into text for models that cannot read them natively.

    Attributes:
        id (Literal['file-parser']):
        enabled (bool | Unset):
        pdf (PdfParserOptions | Unset):
    """

    __slots__ = (
        "id",
        "enabled",
        "pdf",
        "additional_properties",
    )

    id: Literal["file-parser"]
    enabled: bool | Unset
    pdf: PdfParserOptions | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: Literal["file-parser"],
        enabled: bool | Unset = UNSET,
        pdf: PdfParserOptions | Unset = UNSET,
    ) -> None:
        self.id = id
        self.enabled = enabled
        self.pdf = pdf
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        enabled = self.enabled

        pdf: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pdf, Unset):
            pdf = self.pdf.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if pdf is not UNSET:
            field_dict["pdf"] = pdf

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast('Literal["file-parser"]', d.pop("id"))
        if id != "file-parser":
            raise ValueError(f"id must match const 'file-parser', got '{id}'")

        enabled = d.pop("enabled", UNSET)

        _pdf = d.pop("pdf", UNSET)
        pdf: PdfParserOptions | Unset
        if isinstance(_pdf, Unset):
            pdf = UNSET
        else:
            pdf = PdfParserOptions.from_dict(_pdf)

        file_parser_plugin = cls(
            id=id,
            enabled=enabled,
            pdf=pdf,
        )

        file_parser_plugin.additional_properties = d
        return file_parser_plugin

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
from ..models.pdf_parser_options import PdfParserOptions  # noqa: E402
