from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import Model as _Model


class MediaProviderOptions(_Model):
    """Provider-specific passthrough options keyed by provider slug (e.g. `openai`,
    `google-vertex`); only the entry for the provider that serves the request is forwarded.

    """

    __slots__ = ("additional_properties",)

    additional_properties: dict[str, MediaProviderOptionSet]

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        media_provider_options = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = MediaProviderOptionSet.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        media_provider_options.additional_properties = additional_properties
        return media_provider_options

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> MediaProviderOptionSet:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: MediaProviderOptionSet) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.media_provider_option_set import MediaProviderOptionSet  # noqa: E402
