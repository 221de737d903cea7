from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ImageSupportedParameters(_ReadModel):
    """Request parameter name mapped to the values it accepts."""

    __slots__ = ("additional_properties",)

    additional_properties: dict[
        str, ImageParameterBoolean | ImageParameterEnum | ImageParameterRange
    ]

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}

    __spec_additional__: ClassVar[str] = (
        "ImageParameterBoolean | ImageParameterEnum | ImageParameterRange"
    )
    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = ()

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.additional_properties = {
            k: _read_additional_property(v) for k, v in src_dict.items() if k not in _FIELDS
        }
        return _new_model_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> ImageParameterBoolean | ImageParameterEnum | ImageParameterRange:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: ImageParameterBoolean | ImageParameterEnum | ImageParameterRange
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(())


def _read_additional_property(data: Any) -> Any:
    if isinstance(data, dict):
        if data.get("type") == "enum":
            return ImageParameterEnum.from_dict(data)
        if data.get("type") == "range":
            return ImageParameterRange.from_dict(data)
        if data.get("type") == "boolean":
            return ImageParameterBoolean.from_dict(data)
        return data
    return data


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.image_parameter_boolean import ImageParameterBoolean  # noqa: E402
    from ..models.image_parameter_enum import ImageParameterEnum  # noqa: E402
    from ..models.image_parameter_range import ImageParameterRange  # noqa: E402
else:
    ImageParameterBoolean = _Deferred_(
        globals(), "..models.image_parameter_boolean", "ImageParameterBoolean"
    )
    ImageParameterEnum = _Deferred_(
        globals(), "..models.image_parameter_enum", "ImageParameterEnum"
    )
    ImageParameterRange = _Deferred_(
        globals(), "..models.image_parameter_range", "ImageParameterRange"
    )
