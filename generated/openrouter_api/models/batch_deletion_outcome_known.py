from enum import StrEnum


class BatchDeletionOutcomeKnown(StrEnum):
    DELETED = "deleted"
    NOT_APPLICABLE = "not_applicable"
    UNSUPPORTED = "unsupported"

    def __str__(self) -> str:
        return str(self.value)
