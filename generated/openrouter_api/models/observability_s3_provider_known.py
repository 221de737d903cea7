from enum import StrEnum


class ObservabilityS3ProviderKnown(StrEnum):
    AWS = "aws"
    CLOUDFLARE_R2 = "cloudflare_r2"
    GCS = "gcs"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
