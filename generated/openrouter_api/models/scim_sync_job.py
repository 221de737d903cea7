from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scim_sync_job_status_known import ScimSyncJobStatusKnown

T = TypeVar("T", bound="ScimSyncJob")


@_attrs_define
class ScimSyncJob:
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

    id: str
    status: ScimSyncJobStatusKnown | str
    created_at: str
    started_at: None | str
    finished_at: None | str
    synced_groups: int | None
    deleted_groups: int | None
    error_message: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str
        if isinstance(self.status, ScimSyncJobStatusKnown):
            status = self.status.value
        else:
            status = self.status

        created_at = self.created_at

        started_at: None | str
        started_at = self.started_at

        finished_at: None | str
        finished_at = self.finished_at

        synced_groups: int | None
        synced_groups = self.synced_groups

        deleted_groups: int | None
        deleted_groups = self.deleted_groups

        error_message: None | str
        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "created_at": created_at,
                "started_at": started_at,
                "finished_at": finished_at,
                "synced_groups": synced_groups,
                "deleted_groups": deleted_groups,
                "error_message": error_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_status(data: object) -> ScimSyncJobStatusKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ScimSyncJobStatusKnown._parse(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ScimSyncJobStatusKnown | str", data)

        status = _parse_status(d.pop("status"))

        created_at = d.pop("created_at")

        started_at = cast("None | str", d.pop("started_at"))

        finished_at = cast("None | str", d.pop("finished_at"))

        synced_groups = cast("int | None", d.pop("synced_groups"))

        deleted_groups = cast("int | None", d.pop("deleted_groups"))

        error_message = cast("None | str", d.pop("error_message"))

        scim_sync_job = cls(
            id=id,
            status=status,
            created_at=created_at,
            started_at=started_at,
            finished_at=finished_at,
            synced_groups=synced_groups,
            deleted_groups=deleted_groups,
            error_message=error_message,
        )

        scim_sync_job.additional_properties = d
        return scim_sync_job

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
