from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_job_status_known import VideoJobStatusKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoJob")


@_attrs_define
class VideoJob:
    """A video generation job.

    Attributes:
        id (str):
        polling_url (str): Where to poll the job's status.
        status (str | VideoJobStatusKnown):
        generation_id (str | Unset): The generation record for billing and history.
        urls (list[str] | Unset): OpenRouter content URLs, one per output; they need your API key.
        unsigned_urls (list[str] | Unset): Signed URLs of the stored outputs that work without a key until `expires_at`;
            treat them as secrets.
        expires_at (int | Unset): Unix seconds when the signed URLs stop working.
        error (str | Unset): Why the job failed.
        usage (VideoUsage | Unset):
    """

    id: str
    polling_url: str
    status: str | VideoJobStatusKnown
    generation_id: str | Unset = UNSET
    urls: list[str] | Unset = UNSET
    unsigned_urls: list[str] | Unset = UNSET
    expires_at: int | Unset = UNSET
    error: str | Unset = UNSET
    usage: VideoUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        polling_url = self.polling_url

        status: str
        if isinstance(self.status, VideoJobStatusKnown):
            status = self.status.value
        else:
            status = self.status

        generation_id = self.generation_id

        urls: list[str] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = self.urls

        unsigned_urls: list[str] | Unset = UNSET
        if not isinstance(self.unsigned_urls, Unset):
            unsigned_urls = self.unsigned_urls

        expires_at = self.expires_at

        error = self.error

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "polling_url": polling_url,
                "status": status,
            }
        )
        if generation_id is not UNSET:
            field_dict["generation_id"] = generation_id
        if urls is not UNSET:
            field_dict["urls"] = urls
        if unsigned_urls is not UNSET:
            field_dict["unsigned_urls"] = unsigned_urls
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if error is not UNSET:
            field_dict["error"] = error
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        polling_url = d.pop("polling_url")

        def _parse_status(data: object) -> str | VideoJobStatusKnown:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = VideoJobStatusKnown._parse(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("str | VideoJobStatusKnown", data)

        status = _parse_status(d.pop("status"))

        generation_id = d.pop("generation_id", UNSET)

        urls = cast("list[str]", d.pop("urls", UNSET))

        unsigned_urls = cast("list[str]", d.pop("unsigned_urls", UNSET))

        expires_at = d.pop("expires_at", UNSET)

        error = d.pop("error", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: VideoUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = VideoUsage.from_dict(_usage)

        video_job = cls(
            id=id,
            polling_url=polling_url,
            status=status,
            generation_id=generation_id,
            urls=urls,
            unsigned_urls=unsigned_urls,
            expires_at=expires_at,
            error=error,
            usage=usage,
        )

        video_job.additional_properties = d
        return video_job

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
from ..models.video_usage import VideoUsage  # noqa: E402
