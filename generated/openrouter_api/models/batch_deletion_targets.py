from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class BatchDeletionTargets(_ReadModel):
    """
    Attributes:
        openrouter (str): OpenRouter's copy (`deleted`).
        upstream (BatchUpstreamDeletion | None): What happened to the provider's copy.
    """

    __slots__ = (
        "openrouter",
        "upstream",
        "additional_properties",
    )

    openrouter: str
    upstream: BatchUpstreamDeletion | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        openrouter: str,
        upstream: BatchUpstreamDeletion | None = None,
    ) -> None:
        self.openrouter = openrouter
        self.upstream = upstream
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("openrouter", "openrouter", True, "str"),
        ("upstream", "upstream", False, "BatchUpstreamDeletion"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        openrouter = d.pop("openrouter", None)
        _upstream = d.pop("upstream", None)
        upstream: Any = (
            BatchUpstreamDeletion.from_dict(_upstream) if isinstance(_upstream, dict) else _upstream
        )
        batch_deletion_targets = cls(
            openrouter=openrouter,
            upstream=upstream,
        )
        batch_deletion_targets.additional_properties = d
        return batch_deletion_targets

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
from ..models.batch_upstream_deletion import BatchUpstreamDeletion  # noqa: E402
