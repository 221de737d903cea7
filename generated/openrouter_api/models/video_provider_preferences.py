from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import UNSET, Unset
from ..types import Model as _Model


class VideoProviderPreferences(_Model):
    """
    Attributes:
        options (MediaProviderOptions | Unset): Provider-specific passthrough options keyed by provider slug (e.g.
            `openai`,
            `google-vertex`); only the entry for the provider that serves the request is forwarded.
    """

    __slots__ = (
        "options",
        "additional_properties",
    )

    options: MediaProviderOptions | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        options: MediaProviderOptions | Unset = UNSET,
    ) -> None:
        self.options = options
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _options = d.pop("options", UNSET)
        options: MediaProviderOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = MediaProviderOptions.from_dict(_options)

        video_provider_preferences = cls(
            options=options,
        )

        video_provider_preferences.additional_properties = d
        return video_provider_preferences

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
from ..models.media_provider_options import MediaProviderOptions  # noqa: E402
