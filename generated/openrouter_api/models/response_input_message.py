from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_input_message_phase import ResponseInputMessagePhase
from ..models.response_input_message_role import ResponseInputMessageRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseInputMessage")


@_attrs_define
class ResponseInputMessage:
    """A message in the conversation.

    Attributes:
        role (ResponseInputMessageRole):
        type_ (Literal['message'] | Unset):
        id (str | Unset):
        content (list[ResponseInputAudio | ResponseInputFile | ResponseInputImage | ResponseInputText |
            ResponseInputVideo] | None | str | Unset): Text, or a list of input parts.
        phase (ResponseInputMessagePhase | Unset): For assistant messages, whether it was intermediate commentary or the
            final answer.
    """

    role: ResponseInputMessageRole
    type_: Literal["message"] | Unset = UNSET
    id: str | Unset = UNSET
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
        | Unset
    ) = UNSET
    phase: ResponseInputMessagePhase | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        type_ = self.type_

        id = self.id

        content: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, ResponseInputText):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ResponseInputImage):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ResponseInputFile):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ResponseInputAudio):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if content is not UNSET:
            field_dict["content"] = content
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = ResponseInputMessageRole._parse(d.pop("role"))

        type_ = cast('Literal["message"] | Unset', d.pop("type", UNSET))
        if type_ != "message" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'message', got '{type_}'")

        id = d.pop("id", UNSET)

        def _parse_content(
            data: object,
        ) -> (
            list[
                ResponseInputAudio
                | ResponseInputFile
                | ResponseInputImage
                | ResponseInputText
                | ResponseInputVideo
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
                    ResponseInputAudio
                    | ResponseInputFile
                    | ResponseInputImage
                    | ResponseInputText
                    | ResponseInputVideo
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_input_content_part_type_0 = (
                            ResponseInputText.from_dict(data)
                        )

                        return componentsschemas_response_input_content_part_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_input_content_part_type_1 = (
                            ResponseInputImage.from_dict(data)
                        )

                        return componentsschemas_response_input_content_part_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_input_content_part_type_2 = (
                            ResponseInputFile.from_dict(data)
                        )

                        return componentsschemas_response_input_content_part_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_input_content_part_type_3 = (
                            ResponseInputAudio.from_dict(data)
                        )

                        return componentsschemas_response_input_content_part_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_input_content_part_type_4 = (
                        ResponseInputVideo.from_dict(data)
                    )

                    return componentsschemas_response_input_content_part_type_4

                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)
                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[ResponseInputAudio | ResponseInputFile | ResponseInputImage | ResponseInputText | ResponseInputVideo] | None | str | Unset",
                data,
            )

        content = _parse_content(d.pop("content", UNSET))

        _phase = d.pop("phase", UNSET)
        phase: ResponseInputMessagePhase | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = ResponseInputMessagePhase._parse(_phase)

        response_input_message = cls(
            role=role,
            type_=type_,
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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.response_input_audio import ResponseInputAudio  # noqa: E402
from ..models.response_input_file import ResponseInputFile  # noqa: E402
from ..models.response_input_image import ResponseInputImage  # noqa: E402
from ..models.response_input_text import ResponseInputText  # noqa: E402
from ..models.response_input_video import ResponseInputVideo  # noqa: E402
