from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..models.response_input_message_phase_known import ResponseInputMessagePhaseKnown
from ..models.response_input_message_role import ResponseInputMessageRole
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ResponseInputMessage(_ReadModel):
    """A message in the conversation.

    Attributes:
        role (ResponseInputMessageRole):
        type (Literal['message'] | None):
        id (str | None):
        content (list[ResponseInputAudio | ResponseInputFile | ResponseInputImage | ResponseInputText |
            ResponseInputVideo] | None | str): Text, or a list of input parts.
        phase (ResponseInputMessagePhaseKnown | str | None): For assistant messages, whether it was intermediate
            commentary or the final answer.
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
    phase: ResponseInputMessagePhaseKnown | str | None
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
        phase: ResponseInputMessagePhaseKnown | str | None = None,
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
        ("phase", "phase", False, "ResponseInputMessagePhaseKnown | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _role = _json_get_("role")
        role: Any = (
            ResponseInputMessageRole._value2member_map_.get(_role, _role)
            if isinstance(_role, str)
            else _role
        )
        _new_model_.role = role
        _new_model_.type = _json_get_("type")
        _new_model_.id = _json_get_("id")
        _content = _json_get_("content")
        content: Any = _read_content(_content)
        _new_model_.content = content
        _phase = _json_get_("phase")
        phase: Any = (
            ResponseInputMessagePhaseKnown._value2member_map_.get(_phase, _phase)
            if isinstance(_phase, str)
            else _phase
        )
        _new_model_.phase = phase
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
        "role",
        "type",
        "id",
        "content",
        "phase",
    )
)


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


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.response_input_audio import ResponseInputAudio  # noqa: E402
    from ..models.response_input_file import ResponseInputFile  # noqa: E402
    from ..models.response_input_image import ResponseInputImage  # noqa: E402
    from ..models.response_input_text import ResponseInputText  # noqa: E402
    from ..models.response_input_video import ResponseInputVideo  # noqa: E402
else:
    ResponseInputAudio = _Deferred_(
        globals(), "..models.response_input_audio", "ResponseInputAudio"
    )
    ResponseInputFile = _Deferred_(globals(), "..models.response_input_file", "ResponseInputFile")
    ResponseInputImage = _Deferred_(
        globals(), "..models.response_input_image", "ResponseInputImage"
    )
    ResponseInputText = _Deferred_(globals(), "..models.response_input_text", "ResponseInputText")
    ResponseInputVideo = _Deferred_(
        globals(), "..models.response_input_video", "ResponseInputVideo"
    )
