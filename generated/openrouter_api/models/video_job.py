from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..models.video_job_status_known import VideoJobStatusKnown
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class VideoJob(_ReadModel):
    """A video generation job.

    Attributes:
        id (str):
        polling_url (str): Where to poll the job's status.
        status (str | VideoJobStatusKnown):
        generation_id (str | None): The generation record for billing and history.
        urls (list[str] | None): OpenRouter content URLs, one per output; they need your API key.
        unsigned_urls (list[str] | None): Signed URLs of the stored outputs that work without a key until `expires_at`;
            treat them as secrets.
        expires_at (int | None): Unix seconds when the signed URLs stop working.
        error (str | None): Why the job failed.
        usage (VideoUsage | None):
    """

    __slots__ = (
        "id",
        "polling_url",
        "status",
        "generation_id",
        "urls",
        "unsigned_urls",
        "expires_at",
        "error",
        "usage",
        "additional_properties",
    )

    id: str
    polling_url: str
    status: str | VideoJobStatusKnown
    generation_id: str | None
    urls: list[str] | None
    unsigned_urls: list[str] | None
    expires_at: int | None
    error: str | None
    usage: VideoUsage | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        polling_url: str,
        status: str | VideoJobStatusKnown,
        generation_id: str | None = None,
        urls: list[str] | None = None,
        unsigned_urls: list[str] | None = None,
        expires_at: int | None = None,
        error: str | None = None,
        usage: VideoUsage | None = None,
    ) -> None:
        self.id = id
        self.polling_url = polling_url
        self.status = status
        self.generation_id = generation_id
        self.urls = urls
        self.unsigned_urls = unsigned_urls
        self.expires_at = expires_at
        self.error = error
        self.usage = usage
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("polling_url", "polling_url", True, "str"),
        ("status", "status", True, "str | VideoJobStatusKnown"),
        ("generation_id", "generation_id", False, "str"),
        ("urls", "urls", False, "list[str]"),
        ("unsigned_urls", "unsigned_urls", False, "list[str]"),
        ("expires_at", "expires_at", False, "int"),
        ("error", "error", False, "str"),
        ("usage", "usage", False, "VideoUsage"),
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
        _new_model_.polling_url = _json_get_("polling_url")
        _status = _json_get_("status")
        status: Any = (
            VideoJobStatusKnown._value2member_map_.get(_status, _status)
            if isinstance(_status, str)
            else _status
        )
        _new_model_.status = status
        _new_model_.generation_id = _json_get_("generation_id")
        _new_model_.urls = _json_get_("urls")
        _new_model_.unsigned_urls = _json_get_("unsigned_urls")
        _new_model_.expires_at = _json_get_("expires_at")
        _new_model_.error = _json_get_("error")
        _usage = _json_get_("usage")
        usage: Any = VideoUsage.from_dict(_usage) if isinstance(_usage, dict) else _usage
        _new_model_.usage = usage
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
        "polling_url",
        "status",
        "generation_id",
        "urls",
        "unsigned_urls",
        "expires_at",
        "error",
        "usage",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.video_usage import VideoUsage  # noqa: E402
else:
    VideoUsage = _Deferred_(globals(), "..models.video_usage", "VideoUsage")
