from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class UserMessage(_Model):
    """A message from the end user; may mix text, images, audio, files and video.

    Attributes:
        role (Literal['user']):
        content (list[FileContentPart | ImageUrlContentPart | InputAudioContentPart | InputVideoContentPart |
            TextContentPart | VideoUrlContentPart] | str): Plain text or a list of content parts (put text before images).
        name (str | Unset): Optional speaker name; non-OpenAI models see it as a `{name}: ` prefix.
    """

    __slots__ = (
        "role",
        "content",
        "name",
        "additional_properties",
    )

    role: Literal["user"]
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
    name: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        role: Literal["user"],
        content: list[
            FileContentPart
            | ImageUrlContentPart
            | InputAudioContentPart
            | InputVideoContentPart
            | TextContentPart
            | VideoUrlContentPart
        ]
        | str,
        name: str | Unset = UNSET,
    ) -> None:
        self.role = role
        self.content = content
        self.name = name
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

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role = cast('Literal["user"]', d.pop("role"))
        if role != "user":
            raise ValueError(f"role must match const 'user', got '{role}'")

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

        name = d.pop("name", UNSET)

        user_message = cls(
            role=role,
            content=content,
            name=name,
        )

        user_message.additional_properties = d
        return user_message

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
