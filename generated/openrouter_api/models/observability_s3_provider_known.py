from __future__ import annotations

from enum import StrEnum
from typing import Any


class ObservabilityS3ProviderKnown(StrEnum):
    AWS = "aws"
    CLOUDFLARE_R2 = "cloudflare_r2"
    GCS = "gcs"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> ObservabilityS3ProviderKnown:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
