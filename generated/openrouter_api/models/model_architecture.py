from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.model_input_modality_known import ModelInputModalityKnown
from ..models.model_instruct_type_known import ModelInstructTypeKnown
from ..models.model_output_modality_known import ModelOutputModalityKnown
from ..models.model_tokenizer_known import ModelTokenizerKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_
from ..types import read_enum_list


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.modality = _json_get_("modality")
        _input_modalities = _json_get_("input_modalities")
        input_modalities: Any = read_enum_list(
            ModelInputModalityKnown._value2member_map_, _input_modalities
        )
        _new_model_.input_modalities = input_modalities
        _output_modalities = _json_get_("output_modalities")
        output_modalities: Any = read_enum_list(
            ModelOutputModalityKnown._value2member_map_, _output_modalities
        )
        _new_model_.output_modalities = output_modalities
        _tokenizer = _json_get_("tokenizer")
        tokenizer: Any = (
            ModelTokenizerKnown._value2member_map_.get(_tokenizer, _tokenizer)
            if isinstance(_tokenizer, str)
            else _tokenizer
        )
        _new_model_.tokenizer = tokenizer
        _instruct_type = _json_get_("instruct_type")
        instruct_type: Any = (
            ModelInstructTypeKnown._value2member_map_.get(_instruct_type, _instruct_type)
            if isinstance(_instruct_type, str)
            else _instruct_type
        )
        _new_model_.instruct_type = instruct_type
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "modality",
        "input_modalities",
        "output_modalities",
        "tokenizer",
        "instruct_type",
    )
)
