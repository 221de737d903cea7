from enum import StrEnum


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
