from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PresetVersion")


@_attrs_define
class PresetVersion:
    """One immutable version of a preset.

    Attributes:
        id (str):
        preset_id (str):
        version (int): Sequential version number starting at 1.
        config (PresetConfig): The stored request settings (model, sampling parameters, provider routing and so on).
        system_prompt (None | str):
        creator_id (str):
        created_at (str): ISO 8601 timestamp.
        updated_at (str): ISO 8601 timestamp.
    """

    id: str
    preset_id: str
    version: int
    config: PresetConfig
    system_prompt: None | str
    creator_id: str
    created_at: str
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        preset_id = self.preset_id

        version = self.version

        config = self.config.to_dict()

        system_prompt: None | str
        system_prompt = self.system_prompt

        creator_id = self.creator_id

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "preset_id": preset_id,
                "version": version,
                "config": config,
                "system_prompt": system_prompt,
                "creator_id": creator_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        preset_id = d.pop("preset_id")

        version = d.pop("version")

        config = PresetConfig.from_dict(d.pop("config"))

        system_prompt = cast("None | str", d.pop("system_prompt"))

        creator_id = d.pop("creator_id")

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        preset_version = cls(
            id=id,
            preset_id=preset_id,
            version=version,
            config=config,
            system_prompt=system_prompt,
            creator_id=creator_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        preset_version.additional_properties = d
        return preset_version

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
from ..models.preset_config import PresetConfig  # noqa: E402
