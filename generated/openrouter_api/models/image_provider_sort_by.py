from enum import StrEnum


class ImageProviderSortBy(StrEnum):
    EXACTO = "exacto"
    LATENCY = "latency"
    PRICE = "price"
    THROUGHPUT = "throughput"

    def __str__(self) -> str:
        return str(self.value)
