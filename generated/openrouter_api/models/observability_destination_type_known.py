from __future__ import annotations

from enum import StrEnum
from typing import Any


class ObservabilityDestinationTypeKnown(StrEnum):
    ARIZE = "arize"
    BRAINTRUST = "braintrust"
    CLICKHOUSE = "clickhouse"
    DATADOG = "datadog"
    GRAFANA = "grafana"
    LANGFUSE = "langfuse"
    LANGSMITH = "langsmith"
    NEWRELIC = "newrelic"
    OPIK = "opik"
    OTEL_COLLECTOR = "otel-collector"
    POSTHOG = "posthog"
    RAMP = "ramp"
    S3 = "s3"
    SENTRY = "sentry"
    SNOWFLAKE = "snowflake"
    WEAVE = "weave"
    WEBHOOK = "webhook"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> ObservabilityDestinationTypeKnown:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
