from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TextCompletion")


@_attrs_define
class TextCompletion:
    """A legacy text completion (also the shape of each streamed chunk).

    Attributes:
        id (str): Generation id.
        object_ (Literal['text_completion']):
        created (int): Unix time in seconds.
        model (str):
        choices (list[TextCompletionChoice]):
        provider (str | Unset): Name of the provider that served the request.
        system_fingerprint (None | str | Unset):
        usage (ChatUsage | Unset): Token counts from the model's own tokenizer, and what the request cost.
    """

    id: str
    object_: Literal["text_completion"]
    created: int
    model: str
    choices: list[TextCompletionChoice]
    provider: str | Unset = UNSET
    system_fingerprint: None | str | Unset = UNSET
    usage: ChatUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created = self.created

        model = self.model

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        provider = self.provider

        system_fingerprint: None | str | Unset
        if isinstance(self.system_fingerprint, Unset):
            system_fingerprint = UNSET
        else:
            system_fingerprint = self.system_fingerprint

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created": created,
                "model": model,
                "choices": choices,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast('Literal["text_completion"]', d.pop("object"))
        if object_ != "text_completion":
            raise ValueError(f"object must match const 'text_completion', got '{object_}'")

        created = d.pop("created")

        model = d.pop("model")

        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = TextCompletionChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        provider = d.pop("provider", UNSET)

        system_fingerprint = cast("None | str | Unset", d.pop("system_fingerprint", UNSET))

        _usage = d.pop("usage", UNSET)
        usage: ChatUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = ChatUsage.from_dict(_usage)

        text_completion = cls(
            id=id,
            object_=object_,
            created=created,
            model=model,
            choices=choices,
            provider=provider,
            system_fingerprint=system_fingerprint,
            usage=usage,
        )

        text_completion.additional_properties = d
        return text_completion

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
from ..models.chat_usage import ChatUsage  # noqa: E402
from ..models.text_completion_choice import TextCompletionChoice  # noqa: E402
