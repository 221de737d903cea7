from enum import StrEnum


class ImageResolution(StrEnum):
    VALUE_0 = "512"
    VALUE_1 = "768"
    VALUE_2 = "1K"
    VALUE_3 = "1.5K"
    VALUE_4 = "2K"
    VALUE_5 = "4K"

    def __str__(self) -> str:
        return str(self.value)
