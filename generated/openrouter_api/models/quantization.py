from enum import StrEnum


class Quantization(StrEnum):
    BF16 = "bf16"
    FP16 = "fp16"
    FP32 = "fp32"
    FP4 = "fp4"
    FP6 = "fp6"
    FP8 = "fp8"
    INT4 = "int4"
    INT8 = "int8"
    MXFP4 = "mxfp4"
    MXFP8 = "mxfp8"
    NVFP4 = "nvfp4"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
