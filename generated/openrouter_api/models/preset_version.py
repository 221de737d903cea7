from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class PresetVersion(_ReadModel):
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

    __slots__ = (
        "id",
        "preset_id",
        "version",
        "config",
        "system_prompt",
        "creator_id",
        "created_at",
        "updated_at",
        "additional_properties",
    )

    id: str
    preset_id: str
    version: int
    config: PresetConfig
    system_prompt: None | str
    creator_id: str
    created_at: str
    updated_at: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        preset_id: str,
        version: int,
        config: PresetConfig,
        system_prompt: None | str,
        creator_id: str,
        created_at: str,
        updated_at: str,
    ) -> None:
        self.id = id
        self.preset_id = preset_id
        self.version = version
        self.config = config
        self.system_prompt = system_prompt
        self.creator_id = creator_id
        self.created_at = created_at
        self.updated_at = updated_at
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("preset_id", "preset_id", True, "str"),
        ("version", "version", True, "int"),
        ("config", "config", True, "PresetConfig"),
        ("system_prompt", "system_prompt", True, "None | str"),
        ("creator_id", "creator_id", True, "str"),
        ("created_at", "created_at", True, "str"),
        ("updated_at", "updated_at", True, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        id = d.pop("id", None)
        preset_id = d.pop("preset_id", None)
        version = d.pop("version", None)
        _config = d.pop("config", None)
        config: Any = PresetConfig.from_dict(_config) if isinstance(_config, dict) else _config
        system_prompt = d.pop("system_prompt", None)
        creator_id = d.pop("creator_id", None)
        created_at = d.pop("created_at", None)
        updated_at = d.pop("updated_at", None)
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
