from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletion")


@_attrs_define
class ChatCompletion:
    """A finished (non-streamed) chat completion.

    Attributes:
        id (str): The generation id (`gen-...`).
        object_ (Literal['chat.completion']):
        created (int): Unix time in seconds.
        model (str): The model that actually answered (may be a fallback).
        choices (list[ChatCompletionChoice]):
        provider (str | Unset): The provider that served the request.
        system_fingerprint (None | str | Unset):
        usage (ChatUsage | Unset): Token counts from the model's own tokenizer, and what the request cost.
        service_tier (None | str | Unset): The tier the upstream provider reports having used.
        openrouter_metadata (None | OpenRouterMetadata | Unset):
    """

    id: str
    object_: Literal["chat.completion"]
    created: int
    model: str
    choices: list[ChatCompletionChoice]
    provider: str | Unset = UNSET
    system_fingerprint: None | str | Unset = UNSET
    usage: ChatUsage | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    openrouter_metadata: None | OpenRouterMetadata | Unset = UNSET
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

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        openrouter_metadata: dict[str, Any] | None | Unset
        if isinstance(self.openrouter_metadata, Unset):
            openrouter_metadata = UNSET
        elif isinstance(self.openrouter_metadata, OpenRouterMetadata):
            openrouter_metadata = self.openrouter_metadata.to_dict()
        else:
            openrouter_metadata = self.openrouter_metadata

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
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast('Literal["chat.completion"]', d.pop("object"))
        if object_ != "chat.completion":
            raise ValueError(f"object must match const 'chat.completion', got '{object_}'")

        created = d.pop("created")

        model = d.pop("model")

        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = ChatCompletionChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        provider = d.pop("provider", UNSET)

        system_fingerprint = cast("None | str | Unset", d.pop("system_fingerprint", UNSET))

        _usage = d.pop("usage", UNSET)
        usage: ChatUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = ChatUsage.from_dict(_usage)

        service_tier = cast("None | str | Unset", d.pop("service_tier", UNSET))

        def _parse_openrouter_metadata(data: object) -> None | OpenRouterMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                openrouter_metadata_type_0 = OpenRouterMetadata.from_dict(data)

                return openrouter_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | OpenRouterMetadata | Unset", data)

        openrouter_metadata = _parse_openrouter_metadata(d.pop("openrouter_metadata", UNSET))

        chat_completion = cls(
            id=id,
            object_=object_,
            created=created,
            model=model,
            choices=choices,
            provider=provider,
            system_fingerprint=system_fingerprint,
            usage=usage,
            service_tier=service_tier,
            openrouter_metadata=openrouter_metadata,
        )

        chat_completion.additional_properties = d
        return chat_completion

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
from ..models.chat_completion_choice import ChatCompletionChoice  # noqa: E402
from ..models.chat_usage import ChatUsage  # noqa: E402
from ..models.open_router_metadata import OpenRouterMetadata  # noqa: E402
