from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.scim_sync_job_status_known import ScimSyncJobStatusKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ScimSyncJob(_ReadModel):
    """
    Attributes:
        id (str):
        status (ScimSyncJobStatusKnown | str):
        created_at (str): ISO 8601 time the job was queued.
        started_at (None | str): ISO 8601 time the sync began.
        finished_at (None | str): ISO 8601 time the sync ended.
        synced_groups (int | None): Groups synchronized, once the job succeeded.
        deleted_groups (int | None): Groups removed, once the job succeeded.
        error_message (None | str): Why the job failed.
    """

    __slots__ = (
        "id",
        "status",
        "created_at",
        "started_at",
        "finished_at",
        "synced_groups",
        "deleted_groups",
        "error_message",
        "additional_properties",
    )

    id: str
    status: ScimSyncJobStatusKnown | str
    created_at: str
    started_at: None | str
    finished_at: None | str
    synced_groups: int | None
    deleted_groups: int | None
    error_message: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        status: ScimSyncJobStatusKnown | str,
        created_at: str,
        started_at: None | str,
        finished_at: None | str,
        synced_groups: int | None,
        deleted_groups: int | None,
        error_message: None | str,
    ) -> None:
        self.id = id
        self.status = status
        self.created_at = created_at
        self.started_at = started_at
        self.finished_at = finished_at
        self.synced_groups = synced_groups
        self.deleted_groups = deleted_groups
        self.error_message = error_message
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("status", "status", True, "ScimSyncJobStatusKnown | str"),
        ("created_at", "created_at", True, "str"),
        ("started_at", "started_at", True, "None | str"),
        ("finished_at", "finished_at", True, "None | str"),
        ("synced_groups", "synced_groups", True, "int | None"),
        ("deleted_groups", "deleted_groups", True, "int | None"),
        ("error_message", "error_message", True, "None | str"),
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
        _status = _json_get_("status")
        status: Any = (
            ScimSyncJobStatusKnown._value2member_map_.get(_status, _status)
            if isinstance(_status, str)
            else _status
        )
        _new_model_.status = status
        _new_model_.created_at = _json_get_("created_at")
        _new_model_.started_at = _json_get_("started_at")
        _new_model_.finished_at = _json_get_("finished_at")
        _new_model_.synced_groups = _json_get_("synced_groups")
        _new_model_.deleted_groups = _json_get_("deleted_groups")
        _new_model_.error_message = _json_get_("error_message")
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
        "status",
        "created_at",
        "started_at",
        "finished_at",
        "synced_groups",
        "deleted_groups",
        "error_message",
    )
)
