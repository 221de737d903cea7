from enum import StrEnum


class ImagePricingUnitKnown(StrEnum):
    IMAGE = "image"
    MEGAPIXEL = "megapixel"
    REQUEST = "request"
    TOKEN = "token"

    def __str__(self) -> str:
        return str(self.value)
