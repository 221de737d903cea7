from enum import StrEnum


class OrganizationRoleKnown(StrEnum):
    ORGADMIN = "org:admin"
    ORGMEMBER = "org:member"

    def __str__(self) -> str:
        return str(self.value)
