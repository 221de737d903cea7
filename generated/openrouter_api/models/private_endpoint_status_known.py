from enum import StrEnum


class PrivateEndpointStatusKnown(StrEnum):
    ACTIVE = "active"
    DISABLED = "disabled"
    DRAFT = "draft"

    def __str__(self) -> str:
        return str(self.value)
