from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.image_input_modality_known import ImageInputModalityKnown
from ..models.image_output_modality_known import ImageOutputModalityKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_
from ..types import read_enum_list


class ImageModelArchitecture(_ReadModel):
    """
    Attributes:
        input_modalities (list[ImageInputModalityKnown | str]):
        output_modalities (list[ImageOutputModalityKnown | str]):
    """

    __slots__ = (
        "input_modalities",
        "output_modalities",
        "additional_properties",
    )

    input_modalities: list[ImageInputModalityKnown | str]
    output_modalities: list[ImageOutputModalityKnown | str]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        input_modalities: list[ImageInputModalityKnown | str],
        output_modalities: list[ImageOutputModalityKnown | str],
    ) -> None:
        self.input_modalities = input_modalities
        self.output_modalities = output_modalities
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("input_modalities", "input_modalities", True, "list[ImageInputModalityKnown | str]"),
        ("output_modalities", "output_modalities", True, "list[ImageOutputModalityKnown | str]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _input_modalities = _json_get_("input_modalities")
        input_modalities: Any = read_enum_list(
            ImageInputModalityKnown._value2member_map_, _input_modalities
        )
        _new_model_.input_modalities = input_modalities
        _output_modalities = _json_get_("output_modalities")
        output_modalities: Any = read_enum_list(
            ImageOutputModalityKnown._value2member_map_, _output_modalities
        )
        _new_model_.output_modalities = output_modalities
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
        "input_modalities",
        "output_modalities",
    )
)
