from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..models.response_input_message_phase import ResponseInputMessagePhase
from ..models.response_input_message_role import ResponseInputMessageRole
from ..types import ReadModel as _ReadModel


class ResponseInputMessage(_ReadModel):
    """A message in the conversation.

    Attributes:
        role (ResponseInputMessageRole):
        type (Literal['message'] | None):
        id (str | None):
        content (list[ResponseInputAudio | ResponseInputFile | ResponseInputImage | ResponseInputText |
            ResponseInputVideo] | None | str): Text, or a list of input parts.
        phase (ResponseInputMessagePhase | None): For assistant messages, whether it was intermediate commentary or the
            final answer.
    """

    __slots__ = (
        "role",
        "type",
        "id",
        "content",
        "phase",
        "additional_properties",
    )

    role: ResponseInputMessageRole
    type: Literal["message"] | None
    id: str | None
    content: (
        list[
            ResponseInputAudio
            | ResponseInputFile
            | ResponseInputImage
            | ResponseInputText
            | ResponseInputVideo
        ]
        | None
        | str
    )
    phase: ResponseInputMessagePhase | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        role: ResponseInputMessageRole,
        type: Literal["message"] | None = None,
        id: str | None = None,
        content: list[
            ResponseInputAudio
            | ResponseInputFile
            | ResponseInputImage
            | ResponseInputText
            | ResponseInputVideo
        ]
        | None
        | str = None,
        phase: ResponseInputMessagePhase | None = None,
    ) -> None:
        self.role = role
        self.type = type
        self.id = id
        self.content = content
        self.phase = phase
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("role", "role", True, "ResponseInputMessageRole"),
        ("type", "type", False, "Literal['message']"),
        ("id", "id", False, "str"),
        (
            "content",
            "content",
            False,
            "list[ResponseInputAudio | ResponseInputFile | ResponseInputImage | ResponseInputText | ResponseInputVideo] | None | str",
        ),
        ("phase", "phase", False, "ResponseInputMessagePhase"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        _role = d.pop("role", None)
        role: Any = (
            ResponseInputMessageRole._value2member_map_.get(_role, _role)
            if isinstance(_role, str)
            else _role
        )
        type_ = d.pop("type", None)
        id = d.pop("id", None)
        _content = d.pop("content", None)
        content: Any = _read_content(_content)
        _phase = d.pop("phase", None)
        phase: Any = (
            ResponseInputMessagePhase._value2member_map_.get(_phase, _phase)
            if isinstance(_phase, str)
            else _phase
        )
        response_input_message = cls(
            role=role,
            type=type_,
            id=id,
            content=content,
            phase=phase,
        )
        response_input_message.additional_properties = d
        return response_input_message

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


def _read_content(data: Any) -> Any:
    if isinstance(data, list):
        return [_read_content_type_1_item(i0) for i0 in data] if isinstance(data, list) else data
    return data


def _read_content_type_1_item(data: Any) -> Any:
    if isinstance(data, dict):
        if data.get("type") == "input_text":
            return ResponseInputText.from_dict(data)
        if data.get("type") == "input_image":
            return ResponseInputImage.from_dict(data)
        if data.get("type") == "input_file":
            return ResponseInputFile.from_dict(data)
        if data.get("type") == "input_audio":
            return ResponseInputAudio.from_dict(data)
        if data.get("type") == "input_video":
            return ResponseInputVideo.from_dict(data)
        return data
    return data


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.response_input_audio import ResponseInputAudio  # noqa: E402
from ..models.response_input_file import ResponseInputFile  # noqa: E402
from ..models.response_input_image import ResponseInputImage  # noqa: E402
from ..models.response_input_text import ResponseInputText  # noqa: E402
from ..models.response_input_video import ResponseInputVideo  # noqa: E402
