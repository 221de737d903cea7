from enum import StrEnum


class VaultEffectiveSecretScopeKnown(StrEnum):
    ATTACHED = "attached"
    INTERN = "intern"
    WORKSPACE = "workspace"

    def __str__(self) -> str:
        return str(self.value)
