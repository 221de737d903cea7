from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class AssistantMessage(_Model):
    """An earlier assistant turn sent back as history. A final assistant message acts as a
    prefill the model continues from. Send `reasoning_details` back unchanged so reasoning
    models can keep their chain of thought across tool calls.

        Attributes:
            role (Literal['assistant']):
            content (list[FileContentPart | ImageUrlContentPart | InputAudioContentPart | InputVideoContentPart |
                TextContentPart | VideoUrlContentPart] | None | str | Unset): Text, content parts, or null when the turn only
                made tool calls.
            name (str | Unset):
            tool_calls (list[ChatToolCall] | Unset):
            reasoning (None | str | Unset): Plain-text reasoning returned earlier.
            reasoning_details (list[ReasoningDetailEncrypted | ReasoningDetailOther | ReasoningDetailServerToolCall |
                ReasoningDetailSummary | ReasoningDetailText] | Unset):
            refusal (None | str | Unset):
            images (list[ChatGeneratedImage] | Unset):
            audio (ChatAudioOutput | Unset): Spoken output, or a reference to earlier audio output when sent back.
            annotations (list[FileAnnotation | OtherAnnotation | UrlCitationAnnotation | WebSearchCitationAnnotation] |
                Unset): Annotations from the earlier reply; returning file annotations skips re-parsing the files.
            model (str | Unset): Model that produced this turn (used by the auto-router `pin_model` option).
    """

    __slots__ = (
        "role",
        "content",
        "name",
        "tool_calls",
        "reasoning",
        "reasoning_details",
        "refusal",
        "images",
        "audio",
        "annotations",
        "model",
        "additional_properties",
    )

    role: Literal["assistant"]
    content: (
        list[
            FileContentPart
            | ImageUrlContentPart
            | InputAudioContentPart
            | InputVideoContentPart
            | TextContentPart
            | VideoUrlContentPart
        ]
        | None
        | str
        | Unset
    )
    name: str | Unset
    tool_calls: list[ChatToolCall] | Unset
    reasoning: None | str | Unset
    reasoning_details: (
        list[
            ReasoningDetailEncrypted
            | ReasoningDetailOther
            | ReasoningDetailServerToolCall
            | ReasoningDetailSummary
            | ReasoningDetailText
        ]
        | Unset
    )
    refusal: None | str | Unset
    images: list[ChatGeneratedImage] | Unset
    audio: ChatAudioOutput | Unset
    annotations: (
        list[FileAnnotation | OtherAnnotation | UrlCitationAnnotation | WebSearchCitationAnnotation]
        | Unset
    )
    model: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        role: Literal["assistant"],
        content: list[
            FileContentPart
            | ImageUrlContentPart
            | InputAudioContentPart
            | InputVideoContentPart
            | TextContentPart
            | VideoUrlContentPart
        ]
        | None
        | str
        | Unset = UNSET,
        name: str | Unset = UNSET,
        tool_calls: list[ChatToolCall] | Unset = UNSET,
        reasoning: None | str | Unset = UNSET,
        reasoning_details: list[
            ReasoningDetailEncrypted
            | ReasoningDetailOther
            | ReasoningDetailServerToolCall
            | ReasoningDetailSummary
            | ReasoningDetailText
        ]
        | Unset = UNSET,
        refusal: None | str | Unset = UNSET,
        images: list[ChatGeneratedImage] | Unset = UNSET,
        audio: ChatAudioOutput | Unset = UNSET,
        annotations: list[
            FileAnnotation | OtherAnnotation | UrlCitationAnnotation | WebSearchCitationAnnotation
        ]
        | Unset = UNSET,
        model: str | Unset = UNSET,
    ) -> None:
        self.role = role
        self.content = content
        self.name = name
        self.tool_calls = tool_calls
        self.reasoning = reasoning
        self.reasoning_details = reasoning_details
        self.refusal = refusal
        self.images = images
        self.audio = audio
        self.annotations = annotations
        self.model = model
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, TextContentPart):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ImageUrlContentPart):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, InputAudioContentPart):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, FileContentPart):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, VideoUrlContentPart):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        name = self.name

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        reasoning: None | str | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = self.reasoning

        reasoning_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reasoning_details, Unset):
            reasoning_details = []
            for reasoning_details_item_data in self.reasoning_details:
                reasoning_details_item: dict[str, Any]
                if isinstance(reasoning_details_item_data, ReasoningDetailText):
                    reasoning_details_item = reasoning_details_item_data.to_dict()
                elif isinstance(reasoning_details_item_data, ReasoningDetailSummary):
                    reasoning_details_item = reasoning_details_item_data.to_dict()
                elif isinstance(reasoning_details_item_data, ReasoningDetailEncrypted):
                    reasoning_details_item = reasoning_details_item_data.to_dict()
                elif isinstance(reasoning_details_item_data, ReasoningDetailServerToolCall):
                    reasoning_details_item = reasoning_details_item_data.to_dict()
                else:
                    reasoning_details_item = reasoning_details_item_data.to_dict()

                reasoning_details.append(reasoning_details_item)

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item: dict[str, Any]
                if isinstance(annotations_item_data, UrlCitationAnnotation):
                    annotations_item = annotations_item_data.to_dict()
                elif isinstance(annotations_item_data, FileAnnotation):
                    annotations_item = annotations_item_data.to_dict()
                elif isinstance(annotations_item_data, WebSearchCitationAnnotation):
                    annotations_item = annotations_item_data.to_dict()
                else:
                    annotations_item = annotations_item_data.to_dict()

                annotations.append(annotations_item)

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if name is not UNSET:
            field_dict["name"] = name
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if reasoning_details is not UNSET:
            field_dict["reasoning_details"] = reasoning_details
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if images is not UNSET:
            field_dict["images"] = images
        if audio is not UNSET:
            field_dict["audio"] = audio
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role = cast('Literal["assistant"]', d.pop("role"))
        if role != "assistant":
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        def _parse_content(
            data: object,
        ) -> (
            list[
                FileContentPart
                | ImageUrlContentPart
                | InputAudioContentPart
                | InputVideoContentPart
                | TextContentPart
                | VideoUrlContentPart
            ]
            | None
            | str
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()

                def _parse_content_type_1_item(
                    data: object,
                ) -> (
                    FileContentPart
                    | ImageUrlContentPart
                    | InputAudioContentPart
                    | InputVideoContentPart
                    | TextContentPart
                    | VideoUrlContentPart
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_content_part_type_0 = TextContentPart.from_dict(data)

                        return componentsschemas_chat_content_part_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_content_part_type_1 = ImageUrlContentPart.from_dict(
                            data
                        )

                        return componentsschemas_chat_content_part_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_content_part_type_2 = (
                            InputAudioContentPart.from_dict(data)
                        )

                        return componentsschemas_chat_content_part_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_content_part_type_3 = FileContentPart.from_dict(data)

                        return componentsschemas_chat_content_part_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_content_part_type_4 = VideoUrlContentPart.from_dict(
                            data
                        )

                        return componentsschemas_chat_content_part_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_content_part_type_5 = InputVideoContentPart.from_dict(
                        data
                    )

                    return componentsschemas_chat_content_part_type_5

                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)
                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[FileContentPart | ImageUrlContentPart | InputAudioContentPart | InputVideoContentPart | TextContentPart | VideoUrlContentPart] | None | str | Unset",
                data,
            )

        content = _parse_content(d.pop("content", UNSET))

        name = d.pop("name", UNSET)

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[ChatToolCall] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = ChatToolCall.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        reasoning = cast("None | str | Unset", d.pop("reasoning", UNSET))

        def _parse_reasoning_details_item(
            data: object,
        ) -> (
            ReasoningDetailEncrypted
            | ReasoningDetailOther
            | ReasoningDetailServerToolCall
            | ReasoningDetailSummary
            | ReasoningDetailText
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reasoning_detail_type_0 = ReasoningDetailText.from_dict(data)

                return componentsschemas_reasoning_detail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reasoning_detail_type_1 = ReasoningDetailSummary.from_dict(data)

                return componentsschemas_reasoning_detail_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reasoning_detail_type_2 = ReasoningDetailEncrypted.from_dict(data)

                return componentsschemas_reasoning_detail_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_reasoning_detail_type_3 = ReasoningDetailServerToolCall.from_dict(
                    data
                )

                return componentsschemas_reasoning_detail_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_reasoning_detail_type_4 = ReasoningDetailOther.from_dict(data)

            return componentsschemas_reasoning_detail_type_4

        _reasoning_details = d.pop("reasoning_details", UNSET)
        reasoning_details: (
            list[
                ReasoningDetailEncrypted
                | ReasoningDetailOther
                | ReasoningDetailServerToolCall
                | ReasoningDetailSummary
                | ReasoningDetailText
            ]
            | Unset
        ) = UNSET
        if _reasoning_details is not UNSET:
            reasoning_details = []
            for reasoning_details_item_data in _reasoning_details:
                reasoning_details_item = _parse_reasoning_details_item(reasoning_details_item_data)
                reasoning_details.append(reasoning_details_item)

        refusal = cast("None | str | Unset", d.pop("refusal", UNSET))

        _images = d.pop("images", UNSET)
        images: list[ChatGeneratedImage] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = ChatGeneratedImage.from_dict(images_item_data)

                images.append(images_item)

        _audio = d.pop("audio", UNSET)
        audio: ChatAudioOutput | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = ChatAudioOutput.from_dict(_audio)

        def _parse_annotations_item(
            data: object,
        ) -> FileAnnotation | OtherAnnotation | UrlCitationAnnotation | WebSearchCitationAnnotation:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_annotation_type_0 = UrlCitationAnnotation.from_dict(data)

                return componentsschemas_chat_annotation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_annotation_type_1 = FileAnnotation.from_dict(data)

                return componentsschemas_chat_annotation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_annotation_type_2 = WebSearchCitationAnnotation.from_dict(
                    data
                )

                return componentsschemas_chat_annotation_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_chat_annotation_type_3 = OtherAnnotation.from_dict(data)

            return componentsschemas_chat_annotation_type_3

        _annotations = d.pop("annotations", UNSET)
        annotations: (
            list[
                FileAnnotation
                | OtherAnnotation
                | UrlCitationAnnotation
                | WebSearchCitationAnnotation
            ]
            | Unset
        ) = UNSET
        if _annotations is not UNSET:
            annotations = []
            for annotations_item_data in _annotations:
                annotations_item = _parse_annotations_item(annotations_item_data)
                annotations.append(annotations_item)

        model = d.pop("model", UNSET)

        assistant_message = cls(
            role=role,
            content=content,
            name=name,
            tool_calls=tool_calls,
            reasoning=reasoning,
            reasoning_details=reasoning_details,
            refusal=refusal,
            images=images,
            audio=audio,
            annotations=annotations,
            model=model,
        )

        assistant_message.additional_properties = d
        return assistant_message

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
from ..models.chat_audio_output import ChatAudioOutput  # noqa: E402
from ..models.chat_generated_image import ChatGeneratedImage  # noqa: E402
from ..models.chat_tool_call import ChatToolCall  # noqa: E402
from ..models.file_annotation import FileAnnotation  # noqa: E402
from ..models.file_content_part import FileContentPart  # noqa: E402
from ..models.image_url_content_part import ImageUrlContentPart  # noqa: E402
from ..models.input_audio_content_part import InputAudioContentPart  # noqa: E402
from ..models.input_video_content_part import InputVideoContentPart  # noqa: E402
from ..models.other_annotation import OtherAnnotation  # noqa: E402
from ..models.reasoning_detail_encrypted import ReasoningDetailEncrypted  # noqa: E402
from ..models.reasoning_detail_other import ReasoningDetailOther  # noqa: E402
from ..models.reasoning_detail_server_tool_call import ReasoningDetailServerToolCall  # noqa: E402
from ..models.reasoning_detail_summary import ReasoningDetailSummary  # noqa: E402
from ..models.reasoning_detail_text import ReasoningDetailText  # noqa: E402
from ..models.text_content_part import TextContentPart  # noqa: E402
from ..models.url_citation_annotation import UrlCitationAnnotation  # noqa: E402
from ..models.video_url_content_part import VideoUrlContentPart  # noqa: E402
from ..models.web_search_citation_annotation import WebSearchCitationAnnotation  # noqa: E402
