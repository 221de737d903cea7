from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseOutputMessage")


@_attrs_define
class ResponseOutputMessage:
    """An assistant message.

    Attributes:
        type_ (Literal['message']):
        id (str):
        role (Literal['assistant']):
        content (list[ResponseOutputText | ResponseRefusalContent | ResponseUnknownContent]):
        status (str | Unset): `completed`, `incomplete` or `in_progress`.
        phase (None | str | Unset): `commentary` for intermediate messages, `final_answer` for the last one.
    """

    type_: Literal["message"]
    id: str
    role: Literal["assistant"]
    content: list[ResponseOutputText | ResponseRefusalContent | ResponseUnknownContent]
    status: str | Unset = UNSET
    phase: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        role = self.role

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, ResponseOutputText):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ResponseRefusalContent):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        status = self.status

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        else:
            phase = self.phase

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "role": role,
                "content": content,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["message"]', d.pop("type"))
        if type_ != "message":
            raise ValueError(f"type must match const 'message', got '{type_}'")

        id = d.pop("id")

        role = cast('Literal["assistant"]', d.pop("role"))
        if role != "assistant":
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        def _parse_content_item(
            data: object,
        ) -> ResponseOutputText | ResponseRefusalContent | ResponseUnknownContent:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_output_content_type_0 = ResponseOutputText.from_dict(
                    data
                )

                return componentsschemas_response_output_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_output_content_type_1 = ResponseRefusalContent.from_dict(
                    data
                )

                return componentsschemas_response_output_content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_response_output_content_type_2 = ResponseUnknownContent.from_dict(
                data
            )

            return componentsschemas_response_output_content_type_2

        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = _parse_content_item(content_item_data)
            content.append(content_item)

        status = d.pop("status", UNSET)

        phase = cast("None | str | Unset", d.pop("phase", UNSET))

        response_output_message = cls(
            type_=type_,
            id=id,
            role=role,
            content=content,
            status=status,
            phase=phase,
        )

        response_output_message.additional_properties = d
        return response_output_message

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
from ..models.response_output_text import ResponseOutputText  # noqa: E402
from ..models.response_refusal_content import ResponseRefusalContent  # noqa: E402
from ..models.response_unknown_content import ResponseUnknownContent  # noqa: E402
