from enum import StrEnum


class ObservabilityS3AuthModeKnown(StrEnum):
    ACCESS_KEYS = "access_keys"
    IAM_ROLE = "iam_role"

    def __str__(self) -> str:
        return str(self.value)
