from enum import StrEnum


class ProviderSort(StrEnum):
    EXACTO = "exacto"
    LATENCY = "latency"
    PRICE = "price"
    THROUGHPUT = "throughput"

    def __str__(self) -> str:
        return str(self.value)
