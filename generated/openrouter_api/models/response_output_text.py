from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseOutputText")


@_attrs_define
class ResponseOutputText:
    """
    Attributes:
        type_ (Literal['output_text']):
        text (str):
        annotations (list[ResponseFileCitation | ResponseFilePath | ResponseUnknownAnnotation | ResponseUrlCitation] |
            Unset):
        logprobs (list[ResponseTokenLogprob] | Unset):
    """

    type_: Literal["output_text"]
    text: str
    annotations: (
        list[
            ResponseFileCitation
            | ResponseFilePath
            | ResponseUnknownAnnotation
            | ResponseUrlCitation
        ]
        | Unset
    ) = UNSET
    logprobs: list[ResponseTokenLogprob] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item: dict[str, Any]
                if isinstance(annotations_item_data, ResponseUrlCitation):
                    annotations_item = annotations_item_data.to_dict()
                elif isinstance(annotations_item_data, ResponseFileCitation):
                    annotations_item = annotations_item_data.to_dict()
                elif isinstance(annotations_item_data, ResponseFilePath):
                    annotations_item = annotations_item_data.to_dict()
                else:
                    annotations_item = annotations_item_data.to_dict()

                annotations.append(annotations_item)

        logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logprobs, Unset):
            logprobs = []
            for logprobs_item_data in self.logprobs:
                logprobs_item = logprobs_item_data.to_dict()
                logprobs.append(logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["output_text"]', d.pop("type"))
        if type_ != "output_text":
            raise ValueError(f"type must match const 'output_text', got '{type_}'")

        text = d.pop("text")

        def _parse_annotations_item(
            data: object,
        ) -> (
            ResponseFileCitation
            | ResponseFilePath
            | ResponseUnknownAnnotation
            | ResponseUrlCitation
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_annotation_type_0 = ResponseUrlCitation.from_dict(data)

                return componentsschemas_response_annotation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_annotation_type_1 = ResponseFileCitation.from_dict(data)

                return componentsschemas_response_annotation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_annotation_type_2 = ResponseFilePath.from_dict(data)

                return componentsschemas_response_annotation_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_response_annotation_type_3 = ResponseUnknownAnnotation.from_dict(data)

            return componentsschemas_response_annotation_type_3

        _annotations = d.pop("annotations", UNSET)
        annotations: (
            list[
                ResponseFileCitation
                | ResponseFilePath
                | ResponseUnknownAnnotation
                | ResponseUrlCitation
            ]
            | Unset
        ) = UNSET
        if _annotations is not UNSET:
            annotations = []
            for annotations_item_data in _annotations:
                annotations_item = _parse_annotations_item(annotations_item_data)
                annotations.append(annotations_item)

        _logprobs = d.pop("logprobs", UNSET)
        logprobs: list[ResponseTokenLogprob] | Unset = UNSET
        if _logprobs is not UNSET:
            logprobs = []
            for logprobs_item_data in _logprobs:
                logprobs_item = ResponseTokenLogprob.from_dict(logprobs_item_data)

                logprobs.append(logprobs_item)

        response_output_text = cls(
            type_=type_,
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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.response_file_citation import ResponseFileCitation  # noqa: E402
from ..models.response_file_path import ResponseFilePath  # noqa: E402
from ..models.response_token_logprob import ResponseTokenLogprob  # noqa: E402
from ..models.response_unknown_annotation import ResponseUnknownAnnotation  # noqa: E402
from ..models.response_url_citation import ResponseUrlCitation  # noqa: E402
