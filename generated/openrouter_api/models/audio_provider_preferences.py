from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.audio_data_collection import AudioDataCollection
from ..types import UNSET, Unset
from ..types import Model as _Model


class AudioProviderPreferences(_Model):
    """Data-policy routing for speech and transcription requests, plus per-provider passthrough options.

    Attributes:
        zdr (bool | None | Unset): Only use endpoints with zero data retention.
        data_collection (AudioDataCollection | None | Unset): `deny` excludes providers that may store or train on the
            data.
        options (MediaProviderOptions | Unset): Provider-specific passthrough options keyed by provider slug (e.g.
            `openai`,
            `google-vertex`); only the entry for the provider that serves the request is forwarded.
    """

    __slots__ = (
        "zdr",
        "data_collection",
        "options",
        "additional_properties",
    )

    zdr: bool | None | Unset
    data_collection: AudioDataCollection | None | Unset
    options: MediaProviderOptions | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        zdr: bool | None | Unset = UNSET,
        data_collection: AudioDataCollection | None | Unset = UNSET,
        options: MediaProviderOptions | Unset = UNSET,
    ) -> None:
        self.zdr = zdr
        self.data_collection = data_collection
        self.options = options
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        zdr: bool | None | Unset
        if isinstance(self.zdr, Unset):
            zdr = UNSET
        else:
            zdr = self.zdr

        data_collection: None | str | Unset
        if isinstance(self.data_collection, Unset):
            data_collection = UNSET
        elif isinstance(self.data_collection, AudioDataCollection):
            data_collection = self.data_collection.value
        else:
            data_collection = self.data_collection

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if zdr is not UNSET:
            field_dict["zdr"] = zdr
        if data_collection is not UNSET:
            field_dict["data_collection"] = data_collection
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        zdr = cast("bool | None | Unset", d.pop("zdr", UNSET))

        def _parse_data_collection(data: object) -> AudioDataCollection | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_collection_type_0 = AudioDataCollection._parse(data)

                return data_collection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AudioDataCollection | None | Unset", data)

        data_collection = _parse_data_collection(d.pop("data_collection", UNSET))

        _options = d.pop("options", UNSET)
        options: MediaProviderOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = MediaProviderOptions.from_dict(_options)

        audio_provider_preferences = cls(
            zdr=zdr,
            data_collection=data_collection,
            options=options,
        )

        audio_provider_preferences.additional_properties = d
        return audio_provider_preferences

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
