from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.model_input_modality_known import ModelInputModalityKnown
from ..models.model_instruct_type_known import ModelInstructTypeKnown
from ..models.model_output_modality_known import ModelOutputModalityKnown
from ..models.model_tokenizer_known import ModelTokenizerKnown
from ..types import ReadModel as _ReadModel


class ModelArchitecture(_ReadModel):
    """
    Attributes:
        modality (None | str): Summary such as `text+image->text`.
        input_modalities (list[ModelInputModalityKnown | str] | None):
        output_modalities (list[ModelOutputModalityKnown | str] | None):
        tokenizer (ModelTokenizerKnown | None | str): Tokenizer family.
        instruct_type (ModelInstructTypeKnown | None | str): Prompt template family for instruct models.
    """

    __slots__ = (
        "modality",
        "input_modalities",
        "output_modalities",
        "tokenizer",
        "instruct_type",
        "additional_properties",
    )

    modality: None | str
    input_modalities: list[ModelInputModalityKnown | str] | None
    output_modalities: list[ModelOutputModalityKnown | str] | None
    tokenizer: ModelTokenizerKnown | None | str
    instruct_type: ModelInstructTypeKnown | None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        modality: None | str = None,
        input_modalities: list[ModelInputModalityKnown | str] | None = None,
        output_modalities: list[ModelOutputModalityKnown | str] | None = None,
        tokenizer: ModelTokenizerKnown | None | str = None,
        instruct_type: ModelInstructTypeKnown | None | str = None,
    ) -> None:
        self.modality = modality
        self.input_modalities = input_modalities
        self.output_modalities = output_modalities
        self.tokenizer = tokenizer
        self.instruct_type = instruct_type
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("modality", "modality", False, "None | str"),
        ("input_modalities", "input_modalities", False, "list[ModelInputModalityKnown | str]"),
        ("output_modalities", "output_modalities", False, "list[ModelOutputModalityKnown | str]"),
        ("tokenizer", "tokenizer", False, "ModelTokenizerKnown | None | str"),
        ("instruct_type", "instruct_type", False, "ModelInstructTypeKnown | None | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        modality = d.pop("modality", None)
        _input_modalities = d.pop("input_modalities", None)
        input_modalities: Any = (
            [_read_input_modalities_item(i0) for i0 in _input_modalities]
            if isinstance(_input_modalities, list)
            else _input_modalities
        )
        _output_modalities = d.pop("output_modalities", None)
        output_modalities: Any = (
            [_read_output_modalities_item(i0) for i0 in _output_modalities]
            if isinstance(_output_modalities, list)
            else _output_modalities
        )
        _tokenizer = d.pop("tokenizer", None)
        tokenizer: Any = _read_tokenizer(_tokenizer)
        _instruct_type = d.pop("instruct_type", None)
        instruct_type: Any = _read_instruct_type(_instruct_type)
        model_architecture = cls(
            modality=modality,
            input_modalities=input_modalities,
            output_modalities=output_modalities,
            tokenizer=tokenizer,
            instruct_type=instruct_type,
        )
        model_architecture.additional_properties = d
        return model_architecture

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


def _read_input_modalities_item(data: Any) -> Any:
    if isinstance(data, str):
        if data in ModelInputModalityKnown._value2member_map_:
            return ModelInputModalityKnown._value2member_map_[data]
    return data


def _read_output_modalities_item(data: Any) -> Any:
    if isinstance(data, str):
        if data in ModelOutputModalityKnown._value2member_map_:
            return ModelOutputModalityKnown._value2member_map_[data]
    return data


def _read_tokenizer(data: Any) -> Any:
    if isinstance(data, str):
        if data in ModelTokenizerKnown._value2member_map_:
            return ModelTokenizerKnown._value2member_map_[data]
    return data


def _read_instruct_type(data: Any) -> Any:
    if isinstance(data, str):
        if data in ModelInstructTypeKnown._value2member_map_:
            return ModelInstructTypeKnown._value2member_map_[data]
    return data
