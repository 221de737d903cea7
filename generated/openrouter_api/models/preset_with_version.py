from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..models.preset_status_known import PresetStatusKnown
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class PresetWithVersion(_ReadModel):
    """A preset together with its designated version.

    Attributes:
        id (str):
        slug (str):
        name (str):
        description (None | str):
        status (PresetStatusKnown | str):
        designated_version_id (None | str):
        creator_user_id (None | str):
        workspace_id (None | str):
        created_at (str): ISO 8601 timestamp.
        updated_at (str): ISO 8601 timestamp.
        status_updated_at (None | str): ISO 8601 timestamp of the last status change.
        designated_version (None | PresetVersion):
    """

    __slots__ = (
        "id",
        "slug",
        "name",
        "description",
        "status",
        "designated_version_id",
        "creator_user_id",
        "workspace_id",
        "created_at",
        "updated_at",
        "status_updated_at",
        "designated_version",
        "additional_properties",
    )

    id: str
    slug: str
    name: str
    description: None | str
    status: PresetStatusKnown | str
    designated_version_id: None | str
    creator_user_id: None | str
    workspace_id: None | str
    created_at: str
    updated_at: str
    status_updated_at: None | str
    designated_version: None | PresetVersion
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        slug: str,
        name: str,
        description: None | str,
        status: PresetStatusKnown | str,
        designated_version_id: None | str,
        creator_user_id: None | str,
        workspace_id: None | str,
        created_at: str,
        updated_at: str,
        status_updated_at: None | str,
        designated_version: None | PresetVersion,
    ) -> None:
        self.id = id
        self.slug = slug
        self.name = name
        self.description = description
        self.status = status
        self.designated_version_id = designated_version_id
        self.creator_user_id = creator_user_id
        self.workspace_id = workspace_id
        self.created_at = created_at
        self.updated_at = updated_at
        self.status_updated_at = status_updated_at
        self.designated_version = designated_version
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("slug", "slug", True, "str"),
        ("name", "name", True, "str"),
        ("description", "description", True, "None | str"),
        ("status", "status", True, "PresetStatusKnown | str"),
        ("designated_version_id", "designated_version_id", True, "None | str"),
        ("creator_user_id", "creator_user_id", True, "None | str"),
        ("workspace_id", "workspace_id", True, "None | str"),
        ("created_at", "created_at", True, "str"),
        ("updated_at", "updated_at", True, "str"),
        ("status_updated_at", "status_updated_at", True, "None | str"),
        ("designated_version", "designated_version", True, "None | PresetVersion"),
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
        _new_model_.slug = _json_get_("slug")
        _new_model_.name = _json_get_("name")
        _new_model_.description = _json_get_("description")
        _status = _json_get_("status")
        status: Any = (
            PresetStatusKnown._value2member_map_.get(_status, _status)
            if isinstance(_status, str)
            else _status
        )
        _new_model_.status = status
        _new_model_.designated_version_id = _json_get_("designated_version_id")
        _new_model_.creator_user_id = _json_get_("creator_user_id")
        _new_model_.workspace_id = _json_get_("workspace_id")
        _new_model_.created_at = _json_get_("created_at")
        _new_model_.updated_at = _json_get_("updated_at")
        _new_model_.status_updated_at = _json_get_("status_updated_at")
        _designated_version = _json_get_("designated_version")
        designated_version: Any = (
            PresetVersion.from_dict(_designated_version)
            if isinstance(_designated_version, dict)
            else _designated_version
        )
        _new_model_.designated_version = designated_version
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
        "slug",
        "name",
        "description",
        "status",
        "designated_version_id",
        "creator_user_id",
        "workspace_id",
        "created_at",
        "updated_at",
        "status_updated_at",
        "designated_version",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.preset_version import PresetVersion  # noqa: E402
else:
    PresetVersion = _Deferred_(globals(), "..models.preset_version", "PresetVersion")
