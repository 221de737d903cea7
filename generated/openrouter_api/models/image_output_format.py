from enum import StrEnum


class ImageOutputFormat(StrEnum):
    JPEG = "jpeg"
    PNG = "png"
    SVG = "svg"
    WEBP = "webp"

    def __str__(self) -> str:
        return str(self.value)
