from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.id = _json_get_("id")
        _new_model_.preset_id = _json_get_("preset_id")
        _new_model_.version = _json_get_("version")
        _config = _json_get_("config")
        config: Any = PresetConfig.from_dict(_config) if isinstance(_config, dict) else _config
        _new_model_.config = config
        _new_model_.system_prompt = _json_get_("system_prompt")
        _new_model_.creator_id = _json_get_("creator_id")
        _new_model_.created_at = _json_get_("created_at")
        _new_model_.updated_at = _json_get_("updated_at")
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "preset_id",
        "version",
        "config",
        "system_prompt",
        "creator_id",
        "created_at",
        "updated_at",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.preset_config import PresetConfig  # noqa: E402
else:
    PresetConfig = _Deferred_(globals(), "..models.preset_config", "PresetConfig")
