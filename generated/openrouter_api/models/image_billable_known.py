from enum import StrEnum


class ImageBillableKnown(StrEnum):
    INPUT_FONT = "input_font"
    INPUT_IMAGE = "input_image"
    INPUT_REFERENCE = "input_reference"
    INPUT_TEXT = "input_text"
    OUTPUT_IMAGE = "output_image"

    def __str__(self) -> str:
        return str(self.value)
