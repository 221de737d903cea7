from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class ResponseImageGenerationCall(_ReadModel):
    """
    Attributes:
        type (Literal['image_generation_call']):
        id (str):
        status (str):
        result (None | str): The generated image as base64.
        prompt (str | None):
    """

    __slots__ = (
        "type",
        "id",
        "status",
        "result",
        "prompt",
        "additional_properties",
    )

    type: Literal["image_generation_call"]
    id: str
    status: str
    result: None | str
    prompt: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["image_generation_call"],
        id: str,
        status: str,
        result: None | str = None,
        prompt: str | None = None,
    ) -> None:
        self.type = type
        self.id = id
        self.status = status
        self.result = result
        self.prompt = prompt
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['image_generation_call']"),
        ("id", "id", True, "str"),
        ("status", "status", True, "str"),
        ("result", "result", False, "None | str"),
        ("prompt", "prompt", False, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        id = d.pop("id", None)
        status = d.pop("status", None)
        result = d.pop("result", None)
        prompt = d.pop("prompt", None)
        response_image_generation_call = cls(
            type=type_,
            id=id,
            status=status,
            result=result,
            prompt=prompt,
        )
        response_image_generation_call.additional_properties = d
        return response_image_generation_call

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
