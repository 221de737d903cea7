from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class ResponseOutputText(_ReadModel):
    """
    Attributes:
        type (Literal['output_text']):
        text (str):
        annotations (list[ResponseFileCitation | ResponseFilePath | ResponseUnknownAnnotation | ResponseUrlCitation] |
            None):
        logprobs (list[ResponseTokenLogprob] | None):
    """

    __slots__ = (
        "type",
        "text",
        "annotations",
        "logprobs",
        "additional_properties",
    )

    type: Literal["output_text"]
    text: str
    annotations: (
        list[
            ResponseFileCitation
            | ResponseFilePath
            | ResponseUnknownAnnotation
            | ResponseUrlCitation
        ]
        | None
    )
    logprobs: list[ResponseTokenLogprob] | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["output_text"],
        text: str,
        annotations: list[
            ResponseFileCitation
            | ResponseFilePath
            | ResponseUnknownAnnotation
            | ResponseUrlCitation
        ]
        | None = None,
        logprobs: list[ResponseTokenLogprob] | None = None,
    ) -> None:
        self.type = type
        self.text = text
        self.annotations = annotations
        self.logprobs = logprobs
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['output_text']"),
        ("text", "text", True, "str"),
        (
            "annotations",
            "annotations",
            False,
            "list[ResponseFileCitation | ResponseFilePath | ResponseUnknownAnnotation | ResponseUrlCitation]",
        ),
        ("logprobs", "logprobs", False, "list[ResponseTokenLogprob]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        text = d.pop("text", None)
        _annotations = d.pop("annotations", None)
        annotations: Any = (
            [_read_annotations_item(i0) for i0 in _annotations]
            if isinstance(_annotations, list)
            else _annotations
        )
        _logprobs = d.pop("logprobs", None)
        logprobs: Any = (
            [ResponseTokenLogprob.from_dict(i0) if isinstance(i0, dict) else i0 for i0 in _logprobs]
            if isinstance(_logprobs, list)
            else _logprobs
        )
        response_output_text = cls(
            type=type_,
            text=text,
            annotations=annotations,
            logprobs=logprobs,
        )
        response_output_text.additional_properties = d
        return response_output_text

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


def _read_annotations_item(data: Any) -> Any:
    if isinstance(data, dict):
        if data.get("type") == "url_citation":
            return ResponseUrlCitation.from_dict(data)
        if data.get("type") == "file_citation":
            return ResponseFileCitation.from_dict(data)
        if data.get("type") == "file_path":
            return ResponseFilePath.from_dict(data)
        return ResponseUnknownAnnotation.from_dict(data)
    return data


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.response_file_citation import ResponseFileCitation  # noqa: E402
from ..models.response_file_path import ResponseFilePath  # noqa: E402
from ..models.response_token_logprob import ResponseTokenLogprob  # noqa: E402
from ..models.response_unknown_annotation import ResponseUnknownAnnotation  # noqa: E402
from ..models.response_url_citation import ResponseUrlCitation  # noqa: E402
