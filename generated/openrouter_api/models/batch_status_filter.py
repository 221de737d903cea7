from enum import StrEnum


class BatchStatusFilter(StrEnum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    EXPIRED = "expired"
    FAILED = "failed"
    IN_PROGRESS = "in_progress"
    VALIDATING = "validating"

    def __str__(self) -> str:
        return str(self.value)
