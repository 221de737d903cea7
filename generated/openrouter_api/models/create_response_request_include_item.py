from enum import StrEnum


class CreateResponseRequestIncludeItem(StrEnum):
    CODE_INTERPRETER_CALL_OUTPUTS = "code_interpreter_call.outputs"
    COMPUTER_CALL_OUTPUT_OUTPUT_IMAGE_URL = "computer_call_output.output.image_url"
    FILE_SEARCH_CALL_RESULTS = "file_search_call.results"
    MESSAGE_INPUT_IMAGE_IMAGE_URL = "message.input_image.image_url"
    REASONING_ENCRYPTED_CONTENT = "reasoning.encrypted_content"

    def __str__(self) -> str:
        return str(self.value)
