from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_input_modality_known import ModelInputModalityKnown
from ..models.model_instruct_type_known import ModelInstructTypeKnown
from ..models.model_output_modality_known import ModelOutputModalityKnown
from ..models.model_tokenizer_known import ModelTokenizerKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelArchitecture")


@_attrs_define
class ModelArchitecture:
    """
    Attributes:
        modality (None | str | Unset): Summary such as `text+image->text`.
        input_modalities (list[ModelInputModalityKnown | str] | Unset):
        output_modalities (list[ModelOutputModalityKnown | str] | Unset):
        tokenizer (ModelTokenizerKnown | None | str | Unset): Tokenizer family.
        instruct_type (ModelInstructTypeKnown | None | str | Unset): Prompt template family for instruct models.
    """

    modality: None | str | Unset = UNSET
    input_modalities: list[ModelInputModalityKnown | str] | Unset = UNSET
    output_modalities: list[ModelOutputModalityKnown | str] | Unset = UNSET
    tokenizer: ModelTokenizerKnown | None | str | Unset = UNSET
    instruct_type: ModelInstructTypeKnown | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        modality: None | str | Unset
        if isinstance(self.modality, Unset):
            modality = UNSET
        else:
            modality = self.modality

        input_modalities: list[str] | Unset = UNSET
        if not isinstance(self.input_modalities, Unset):
            input_modalities = []
            for input_modalities_item_data in self.input_modalities:
                input_modalities_item: str
                if isinstance(input_modalities_item_data, ModelInputModalityKnown):
                    input_modalities_item = input_modalities_item_data.value
                else:
                    input_modalities_item = input_modalities_item_data
                input_modalities.append(input_modalities_item)

        output_modalities: list[str] | Unset = UNSET
        if not isinstance(self.output_modalities, Unset):
            output_modalities = []
            for output_modalities_item_data in self.output_modalities:
                output_modalities_item: str
                if isinstance(output_modalities_item_data, ModelOutputModalityKnown):
                    output_modalities_item = output_modalities_item_data.value
                else:
                    output_modalities_item = output_modalities_item_data
                output_modalities.append(output_modalities_item)

        tokenizer: None | str | Unset
        if isinstance(self.tokenizer, Unset):
            tokenizer = UNSET
        elif isinstance(self.tokenizer, ModelTokenizerKnown):
            tokenizer = self.tokenizer.value
        else:
            tokenizer = self.tokenizer

        instruct_type: None | str | Unset
        if isinstance(self.instruct_type, Unset):
            instruct_type = UNSET
        elif isinstance(self.instruct_type, ModelInstructTypeKnown):
            instruct_type = self.instruct_type.value
        else:
            instruct_type = self.instruct_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if modality is not UNSET:
            field_dict["modality"] = modality
        if input_modalities is not UNSET:
            field_dict["input_modalities"] = input_modalities
        if output_modalities is not UNSET:
            field_dict["output_modalities"] = output_modalities
        if tokenizer is not UNSET:
            field_dict["tokenizer"] = tokenizer
        if instruct_type is not UNSET:
            field_dict["instruct_type"] = instruct_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        modality = cast("None | str | Unset", d.pop("modality", UNSET))

        def _parse_input_modalities_item(data: object) -> ModelInputModalityKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_model_input_modality_type_0 = ModelInputModalityKnown._parse(data)

                return componentsschemas_model_input_modality_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ModelInputModalityKnown | str", data)

        _input_modalities = d.pop("input_modalities", UNSET)
        input_modalities: list[ModelInputModalityKnown | str] | Unset = UNSET
        if _input_modalities is not UNSET:
            input_modalities = []
            for input_modalities_item_data in _input_modalities:
                input_modalities_item = _parse_input_modalities_item(input_modalities_item_data)
                input_modalities.append(input_modalities_item)

        def _parse_output_modalities_item(data: object) -> ModelOutputModalityKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_model_output_modality_type_0 = ModelOutputModalityKnown._parse(
                    data
                )

                return componentsschemas_model_output_modality_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ModelOutputModalityKnown | str", data)

        _output_modalities = d.pop("output_modalities", UNSET)
        output_modalities: list[ModelOutputModalityKnown | str] | Unset = UNSET
        if _output_modalities is not UNSET:
            output_modalities = []
            for output_modalities_item_data in _output_modalities:
                output_modalities_item = _parse_output_modalities_item(output_modalities_item_data)
                output_modalities.append(output_modalities_item)

        def _parse_tokenizer(data: object) -> ModelTokenizerKnown | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tokenizer_type_0 = ModelTokenizerKnown._parse(data)

                return tokenizer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ModelTokenizerKnown | None | str | Unset", data)

        tokenizer = _parse_tokenizer(d.pop("tokenizer", UNSET))

        def _parse_instruct_type(data: object) -> ModelInstructTypeKnown | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                instruct_type_type_0 = ModelInstructTypeKnown._parse(data)

                return instruct_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ModelInstructTypeKnown | None | str | Unset", data)

        instruct_type = _parse_instruct_type(d.pop("instruct_type", UNSET))

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
