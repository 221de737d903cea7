from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class ToolMessage(_Model):
    """The result of a tool call, answering one `tool_calls[].id`.

    Attributes:
        role (Literal['tool']):
        content (list[FileContentPart | ImageUrlContentPart | InputAudioContentPart | InputVideoContentPart |
            TextContentPart | VideoUrlContentPart] | str):
        tool_call_id (str): The id of the assistant tool call this answers.
    """

    __slots__ = (
        "role",
        "content",
        "tool_call_id",
        "additional_properties",
    )

    role: Literal["tool"]
    content: (
        list[
            FileContentPart
            | ImageUrlContentPart
            | InputAudioContentPart
            | InputVideoContentPart
            | TextContentPart
            | VideoUrlContentPart
        ]
        | str
    )
    tool_call_id: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        role: Literal["tool"],
        content: list[
            FileContentPart
            | ImageUrlContentPart
            | InputAudioContentPart
            | InputVideoContentPart
            | TextContentPart
            | VideoUrlContentPart
        ]
        | str,
        tool_call_id: str,
    ) -> None:
        self.role = role
        self.content = content
        self.tool_call_id = tool_call_id
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
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

        tool_call_id = self.tool_call_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
                "tool_call_id": tool_call_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role = cast('Literal["tool"]', d.pop("role"))
        if role != "tool":
            raise ValueError(f"role must match const 'tool', got '{role}'")

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
            | str
        ):
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
                "list[FileContentPart | ImageUrlContentPart | InputAudioContentPart | InputVideoContentPart | TextContentPart | VideoUrlContentPart] | str",
                data,
            )

        content = _parse_content(d.pop("content"))

        tool_call_id = d.pop("tool_call_id")

        tool_message = cls(
            role=role,
            content=content,
            tool_call_id=tool_call_id,
        )

        tool_message.additional_properties = d
        return tool_message

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
from ..models.file_content_part import FileContentPart  # noqa: E402
from ..models.image_url_content_part import ImageUrlContentPart  # noqa: E402
from ..models.input_audio_content_part import InputAudioContentPart  # noqa: E402
from ..models.input_video_content_part import InputVideoContentPart  # noqa: E402
from ..models.text_content_part import TextContentPart  # noqa: E402
from ..models.video_url_content_part import VideoUrlContentPart  # noqa: E402
