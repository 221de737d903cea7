from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ChatCompletionMessage(_ReadModel):
    """The assistant message of a choice.

    Attributes:
        role (Literal['assistant']):
        content (None | str):
        refusal (None | str):
        reasoning (None | str): The model's reasoning as plain text, when returned.
        reasoning_details (list[ReasoningDetailEncrypted | ReasoningDetailOther | ReasoningDetailServerToolCall |
            ReasoningDetailSummary | ReasoningDetailText] | None): Structured reasoning blocks; send them back unchanged on
            the next turn.
        tool_calls (list[ChatToolCall] | None):
        annotations (list[FileAnnotation | OtherAnnotation | UrlCitationAnnotation | WebSearchCitationAnnotation] |
            None):
        images (list[ChatGeneratedImage] | None): Images produced by image-output models.
        audio (ChatAudioOutput | None):
    """

    __slots__ = (
        "role",
        "content",
        "refusal",
        "reasoning",
        "reasoning_details",
        "tool_calls",
        "annotations",
        "images",
        "audio",
        "additional_properties",
    )

    role: Literal["assistant"]
    content: None | str
    refusal: None | str
    reasoning: None | str
    reasoning_details: (
        list[
            ReasoningDetailEncrypted
            | ReasoningDetailOther
            | ReasoningDetailServerToolCall
            | ReasoningDetailSummary
            | ReasoningDetailText
        ]
        | None
    )
    tool_calls: list[ChatToolCall] | None
    annotations: (
        list[FileAnnotation | OtherAnnotation | UrlCitationAnnotation | WebSearchCitationAnnotation]
        | None
    )
    images: list[ChatGeneratedImage] | None
    audio: ChatAudioOutput | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        role: Literal["assistant"],
        content: None | str = None,
        refusal: None | str = None,
        reasoning: None | str = None,
        reasoning_details: list[
            ReasoningDetailEncrypted
            | ReasoningDetailOther
            | ReasoningDetailServerToolCall
            | ReasoningDetailSummary
            | ReasoningDetailText
        ]
        | None = None,
        tool_calls: list[ChatToolCall] | None = None,
        annotations: list[
            FileAnnotation | OtherAnnotation | UrlCitationAnnotation | WebSearchCitationAnnotation
        ]
        | None = None,
        images: list[ChatGeneratedImage] | None = None,
        audio: ChatAudioOutput | None = None,
    ) -> None:
        self.role = role
        self.content = content
        self.refusal = refusal
        self.reasoning = reasoning
        self.reasoning_details = reasoning_details
        self.tool_calls = tool_calls
        self.annotations = annotations
        self.images = images
        self.audio = audio
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("role", "role", True, "Literal['assistant']"),
        ("content", "content", False, "None | str"),
        ("refusal", "refusal", False, "None | str"),
        ("reasoning", "reasoning", False, "None | str"),
        (
            "reasoning_details",
            "reasoning_details",
            False,
            "list[ReasoningDetailEncrypted | ReasoningDetailOther | ReasoningDetailServerToolCall | ReasoningDetailSummary | ReasoningDetailText]",
        ),
        ("tool_calls", "tool_calls", False, "list[ChatToolCall]"),
        (
            "annotations",
            "annotations",
            False,
            "list[FileAnnotation | OtherAnnotation | UrlCitationAnnotation | WebSearchCitationAnnotation]",
        ),
        ("images", "images", False, "list[ChatGeneratedImage]"),
        ("audio", "audio", False, "ChatAudioOutput | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.role = _json_get_("role")
        _new_model_.content = _json_get_("content")
        _new_model_.refusal = _json_get_("refusal")
        _new_model_.reasoning = _json_get_("reasoning")
        _reasoning_details = _json_get_("reasoning_details")
        if isinstance(_reasoning_details, list):
            reasoning_details: Any = []
            for _list_item_ in _reasoning_details:
                reasoning_details.append(_read_reasoning_details_item(_list_item_))
        else:
            reasoning_details = _reasoning_details
        _new_model_.reasoning_details = reasoning_details
        _tool_calls = _json_get_("tool_calls")
        if isinstance(_tool_calls, list):
            tool_calls: Any = []
            for _list_item_ in _tool_calls:
                tool_calls.append(
                    ChatToolCall.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            tool_calls = _tool_calls
        _new_model_.tool_calls = tool_calls
        _annotations = _json_get_("annotations")
        if isinstance(_annotations, list):
            annotations: Any = []
            for _list_item_ in _annotations:
                annotations.append(_read_annotations_item(_list_item_))
        else:
            annotations = _annotations
        _new_model_.annotations = annotations
        _images = _json_get_("images")
        if isinstance(_images, list):
            images: Any = []
            for _list_item_ in _images:
                images.append(
                    ChatGeneratedImage.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            images = _images
        _new_model_.images = images
        _audio = _json_get_("audio")
        audio: Any = ChatAudioOutput.from_dict(_audio) if isinstance(_audio, dict) else _audio
        _new_model_.audio = audio
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
        "content",
        "refusal",
        "reasoning",
        "reasoning_details",
        "tool_calls",
        "annotations",
        "images",
        "audio",
    )
)


def _read_reasoning_details_item(data: Any) -> Any:
    if isinstance(data, dict):
        if data.get("type") == "reasoning.text":
            return ReasoningDetailText.from_dict(data)
        if data.get("type") == "reasoning.summary":
            return ReasoningDetailSummary.from_dict(data)
        if data.get("type") == "reasoning.encrypted":
            return ReasoningDetailEncrypted.from_dict(data)
        if data.get("type") == "reasoning.server_tool_call":
            return ReasoningDetailServerToolCall.from_dict(data)
        return ReasoningDetailOther.from_dict(data)
    return data


def _read_annotations_item(data: Any) -> Any:
    if isinstance(data, dict):
        if data.get("type") == "url_citation":
            return UrlCitationAnnotation.from_dict(data)
        if data.get("type") == "file":
            return FileAnnotation.from_dict(data)
        if data.get("type") == "web_search_citation":
            return WebSearchCitationAnnotation.from_dict(data)
        return OtherAnnotation.from_dict(data)
    return data


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.chat_audio_output import ChatAudioOutput  # noqa: E402
    from ..models.chat_generated_image import ChatGeneratedImage  # noqa: E402
    from ..models.chat_tool_call import ChatToolCall  # noqa: E402
    from ..models.file_annotation import FileAnnotation  # noqa: E402
    from ..models.other_annotation import OtherAnnotation  # noqa: E402
    from ..models.reasoning_detail_encrypted import ReasoningDetailEncrypted  # noqa: E402
    from ..models.reasoning_detail_other import ReasoningDetailOther  # noqa: E402
    from ..models.reasoning_detail_server_tool_call import ReasoningDetailServerToolCall  # noqa: E402
    from ..models.reasoning_detail_summary import ReasoningDetailSummary  # noqa: E402
    from ..models.reasoning_detail_text import ReasoningDetailText  # noqa: E402
    from ..models.url_citation_annotation import UrlCitationAnnotation  # noqa: E402
    from ..models.web_search_citation_annotation import WebSearchCitationAnnotation  # noqa: E402
else:
    ChatAudioOutput = _Deferred_(globals(), "..models.chat_audio_output", "ChatAudioOutput")
    ChatGeneratedImage = _Deferred_(
        globals(), "..models.chat_generated_image", "ChatGeneratedImage"
    )
    ChatToolCall = _Deferred_(globals(), "..models.chat_tool_call", "ChatToolCall")
    FileAnnotation = _Deferred_(globals(), "..models.file_annotation", "FileAnnotation")
    OtherAnnotation = _Deferred_(globals(), "..models.other_annotation", "OtherAnnotation")
    ReasoningDetailEncrypted = _Deferred_(
        globals(), "..models.reasoning_detail_encrypted", "ReasoningDetailEncrypted"
    )
    ReasoningDetailOther = _Deferred_(
        globals(), "..models.reasoning_detail_other", "ReasoningDetailOther"
    )
    ReasoningDetailServerToolCall = _Deferred_(
        globals(), "..models.reasoning_detail_server_tool_call", "ReasoningDetailServerToolCall"
    )
    ReasoningDetailSummary = _Deferred_(
        globals(), "..models.reasoning_detail_summary", "ReasoningDetailSummary"
    )
    ReasoningDetailText = _Deferred_(
        globals(), "..models.reasoning_detail_text", "ReasoningDetailText"
    )
    UrlCitationAnnotation = _Deferred_(
        globals(), "..models.url_citation_annotation", "UrlCitationAnnotation"
    )
    WebSearchCitationAnnotation = _Deferred_(
        globals(), "..models.web_search_citation_annotation", "WebSearchCitationAnnotation"
    )
