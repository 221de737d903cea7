from enum import StrEnum


class SessionTurnRange(StrEnum):
    VALUE_0 = "1-turn"
    VALUE_1 = "2-9-turns"
    VALUE_2 = "10-49-turns"
    VALUE_3 = "50-plus-turns"

    def __str__(self) -> str:
        return str(self.value)
