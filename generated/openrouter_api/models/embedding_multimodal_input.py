from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import Model as _Model


class EmbeddingMultimodalInput(_Model):
    """One input to embed, assembled from text and media parts.

    Attributes:
        content (list[EmbeddingImageUrlPart | EmbeddingInputAudioPart | EmbeddingInputFilePart | EmbeddingInputVideoPart
            | EmbeddingTextPart]):
    """

    __slots__ = (
        "content",
        "additional_properties",
    )

    content: list[
        EmbeddingImageUrlPart
        | EmbeddingInputAudioPart
        | EmbeddingInputFilePart
        | EmbeddingInputVideoPart
        | EmbeddingTextPart
    ]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        content: list[
            EmbeddingImageUrlPart
            | EmbeddingInputAudioPart
            | EmbeddingInputFilePart
            | EmbeddingInputVideoPart
            | EmbeddingTextPart
        ],
    ) -> None:
        self.content = content
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, EmbeddingTextPart):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, EmbeddingImageUrlPart):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, EmbeddingInputAudioPart):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, EmbeddingInputVideoPart):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_content_item(
            data: object,
        ) -> (
            EmbeddingImageUrlPart
            | EmbeddingInputAudioPart
            | EmbeddingInputFilePart
            | EmbeddingInputVideoPart
            | EmbeddingTextPart
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_embedding_content_part_type_0 = EmbeddingTextPart.from_dict(data)

                return componentsschemas_embedding_content_part_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_embedding_content_part_type_1 = EmbeddingImageUrlPart.from_dict(
                    data
                )

                return componentsschemas_embedding_content_part_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_embedding_content_part_type_2 = EmbeddingInputAudioPart.from_dict(
                    data
                )

                return componentsschemas_embedding_content_part_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_embedding_content_part_type_3 = EmbeddingInputVideoPart.from_dict(
                    data
                )

                return componentsschemas_embedding_content_part_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_embedding_content_part_type_4 = EmbeddingInputFilePart.from_dict(data)

            return componentsschemas_embedding_content_part_type_4

        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = _parse_content_item(content_item_data)
            content.append(content_item)

        embedding_multimodal_input = cls(
            content=content,
        )

        embedding_multimodal_input.additional_properties = d
        return embedding_multimodal_input

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
from ..models.embedding_image_url_part import EmbeddingImageUrlPart  # noqa: E402
from ..models.embedding_input_audio_part import EmbeddingInputAudioPart  # noqa: E402
from ..models.embedding_input_file_part import EmbeddingInputFilePart  # noqa: E402
from ..models.embedding_input_video_part import EmbeddingInputVideoPart  # noqa: E402
from ..models.embedding_text_part import EmbeddingTextPart  # noqa: E402
