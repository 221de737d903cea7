from enum import StrEnum


class AnalyticsMetricFormatKnown(StrEnum):
    CURRENCY = "currency"
    LATENCY = "latency"
    NUMBER = "number"
    PERCENT = "percent"
    THROUGHPUT = "throughput"

    def __str__(self) -> str:
        return str(self.value)
