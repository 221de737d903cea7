from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ObservabilityDestinationResponse(_ReadModel):
    """One destination.

    Attributes:
        data (ObservabilityArizeDestination | ObservabilityBraintrustDestination | ObservabilityClickhouseDestination |
            ObservabilityDatadogDestination | ObservabilityGenericDestination | ObservabilityGrafanaDestination |
            ObservabilityLangfuseDestination | ObservabilityLangsmithDestination | ObservabilityNewrelicDestination |
            ObservabilityOpikDestination | ObservabilityOtelCollectorDestination | ObservabilityPosthogDestination |
            ObservabilityRampDestination | ObservabilityS3Destination | ObservabilitySentryDestination |
            ObservabilitySnowflakeDestination | ObservabilityWeaveDestination | ObservabilityWebhookDestination): A place
            OpenRouter exports traces to. The `type` field tells the variants apart; unknown types parse as
            `ObservabilityGenericDestination`.
    """

    __slots__ = (
        "data",
        "additional_properties",
    )

    data: (
        ObservabilityArizeDestination
        | ObservabilityBraintrustDestination
        | ObservabilityClickhouseDestination
        | ObservabilityDatadogDestination
        | ObservabilityGenericDestination
        | ObservabilityGrafanaDestination
        | ObservabilityLangfuseDestination
        | ObservabilityLangsmithDestination
        | ObservabilityNewrelicDestination
        | ObservabilityOpikDestination
        | ObservabilityOtelCollectorDestination
        | ObservabilityPosthogDestination
        | ObservabilityRampDestination
        | ObservabilityS3Destination
        | ObservabilitySentryDestination
        | ObservabilitySnowflakeDestination
        | ObservabilityWeaveDestination
        | ObservabilityWebhookDestination
    )
    additional_properties: dict[str, Any]

    def __init__(
        self,
        data: ObservabilityArizeDestination
        | ObservabilityBraintrustDestination
        | ObservabilityClickhouseDestination
        | ObservabilityDatadogDestination
        | ObservabilityGenericDestination
        | ObservabilityGrafanaDestination
        | ObservabilityLangfuseDestination
        | ObservabilityLangsmithDestination
        | ObservabilityNewrelicDestination
        | ObservabilityOpikDestination
        | ObservabilityOtelCollectorDestination
        | ObservabilityPosthogDestination
        | ObservabilityRampDestination
        | ObservabilityS3Destination
        | ObservabilitySentryDestination
        | ObservabilitySnowflakeDestination
        | ObservabilityWeaveDestination
        | ObservabilityWebhookDestination,
    ) -> None:
        self.data = data
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        (
            "data",
            "data",
            True,
            "ObservabilityArizeDestination | ObservabilityBraintrustDestination | ObservabilityClickhouseDestination | ObservabilityDatadogDestination | ObservabilityGenericDestination | ObservabilityGrafanaDestination | ObservabilityLangfuseDestination | ObservabilityLangsmithDestination | ObservabilityNewrelicDestination | ObservabilityOpikDestination | ObservabilityOtelCollectorDestination | ObservabilityPosthogDestination | ObservabilityRampDestination | ObservabilityS3Destination | ObservabilitySentryDestination | ObservabilitySnowflakeDestination | ObservabilityWeaveDestination | ObservabilityWebhookDestination",
        ),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _data = _json_get_("data")
        data: Any = _read_data(_data)
        _new_model_.data = data
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(("data",))


def _read_data(data: Any) -> Any:
    if isinstance(data, dict):
        if data.get("type") == "arize":
            return ObservabilityArizeDestination.from_dict(data)
        if data.get("type") == "braintrust":
            return ObservabilityBraintrustDestination.from_dict(data)
        if data.get("type") == "clickhouse":
            return ObservabilityClickhouseDestination.from_dict(data)
        if data.get("type") == "datadog":
            return ObservabilityDatadogDestination.from_dict(data)
        if data.get("type") == "grafana":
            return ObservabilityGrafanaDestination.from_dict(data)
        if data.get("type") == "langfuse":
            return ObservabilityLangfuseDestination.from_dict(data)
        if data.get("type") == "langsmith":
            return ObservabilityLangsmithDestination.from_dict(data)
        if data.get("type") == "newrelic":
            return ObservabilityNewrelicDestination.from_dict(data)
        if data.get("type") == "opik":
            return ObservabilityOpikDestination.from_dict(data)
        if data.get("type") == "otel-collector":
            return ObservabilityOtelCollectorDestination.from_dict(data)
        if data.get("type") == "posthog":
            return ObservabilityPosthogDestination.from_dict(data)
        if data.get("type") == "ramp":
            return ObservabilityRampDestination.from_dict(data)
        if data.get("type") == "s3":
            return ObservabilityS3Destination.from_dict(data)
        if data.get("type") == "sentry":
            return ObservabilitySentryDestination.from_dict(data)
        if data.get("type") == "snowflake":
            return ObservabilitySnowflakeDestination.from_dict(data)
        if data.get("type") == "weave":
            return ObservabilityWeaveDestination.from_dict(data)
        if data.get("type") == "webhook":
            return ObservabilityWebhookDestination.from_dict(data)
        return ObservabilityGenericDestination.from_dict(data)
    return data


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.observability_arize_destination import ObservabilityArizeDestination  # noqa: E402
    from ..models.observability_braintrust_destination import ObservabilityBraintrustDestination  # noqa: E402
    from ..models.observability_clickhouse_destination import ObservabilityClickhouseDestination  # noqa: E402
    from ..models.observability_datadog_destination import ObservabilityDatadogDestination  # noqa: E402
    from ..models.observability_generic_destination import ObservabilityGenericDestination  # noqa: E402
    from ..models.observability_grafana_destination import ObservabilityGrafanaDestination  # noqa: E402
    from ..models.observability_langfuse_destination import ObservabilityLangfuseDestination  # noqa: E402
    from ..models.observability_langsmith_destination import ObservabilityLangsmithDestination  # noqa: E402
    from ..models.observability_newrelic_destination import ObservabilityNewrelicDestination  # noqa: E402
    from ..models.observability_opik_destination import ObservabilityOpikDestination  # noqa: E402
    from ..models.observability_otel_collector_destination import (
        ObservabilityOtelCollectorDestination,  # noqa: E402
    )
    from ..models.observability_posthog_destination import ObservabilityPosthogDestination  # noqa: E402
    from ..models.observability_ramp_destination import ObservabilityRampDestination  # noqa: E402
    from ..models.observability_s3_destination import ObservabilityS3Destination  # noqa: E402
    from ..models.observability_sentry_destination import ObservabilitySentryDestination  # noqa: E402
    from ..models.observability_snowflake_destination import ObservabilitySnowflakeDestination  # noqa: E402
    from ..models.observability_weave_destination import ObservabilityWeaveDestination  # noqa: E402
    from ..models.observability_webhook_destination import ObservabilityWebhookDestination  # noqa: E402
else:
    ObservabilityArizeDestination = _Deferred_(
        globals(), "..models.observability_arize_destination", "ObservabilityArizeDestination"
    )
    ObservabilityBraintrustDestination = _Deferred_(
        globals(),
        "..models.observability_braintrust_destination",
        "ObservabilityBraintrustDestination",
    )
    ObservabilityClickhouseDestination = _Deferred_(
        globals(),
        "..models.observability_clickhouse_destination",
        "ObservabilityClickhouseDestination",
    )
    ObservabilityDatadogDestination = _Deferred_(
        globals(), "..models.observability_datadog_destination", "ObservabilityDatadogDestination"
    )
    ObservabilityGenericDestination = _Deferred_(
        globals(), "..models.observability_generic_destination", "ObservabilityGenericDestination"
    )
    ObservabilityGrafanaDestination = _Deferred_(
        globals(), "..models.observability_grafana_destination", "ObservabilityGrafanaDestination"
    )
    ObservabilityLangfuseDestination = _Deferred_(
        globals(), "..models.observability_langfuse_destination", "ObservabilityLangfuseDestination"
    )
    ObservabilityLangsmithDestination = _Deferred_(
        globals(),
        "..models.observability_langsmith_destination",
        "ObservabilityLangsmithDestination",
    )
    ObservabilityNewrelicDestination = _Deferred_(
        globals(), "..models.observability_newrelic_destination", "ObservabilityNewrelicDestination"
    )
    ObservabilityOpikDestination = _Deferred_(
        globals(), "..models.observability_opik_destination", "ObservabilityOpikDestination"
    )
    ObservabilityOtelCollectorDestination = _Deferred_(
        globals(),
        "..models.observability_otel_collector_destination",
        "ObservabilityOtelCollectorDestination",
    )
    ObservabilityPosthogDestination = _Deferred_(
        globals(), "..models.observability_posthog_destination", "ObservabilityPosthogDestination"
    )
    ObservabilityRampDestination = _Deferred_(
        globals(), "..models.observability_ramp_destination", "ObservabilityRampDestination"
    )
    ObservabilityS3Destination = _Deferred_(
        globals(), "..models.observability_s3_destination", "ObservabilityS3Destination"
    )
    ObservabilitySentryDestination = _Deferred_(
        globals(), "..models.observability_sentry_destination", "ObservabilitySentryDestination"
    )
    ObservabilitySnowflakeDestination = _Deferred_(
        globals(),
        "..models.observability_snowflake_destination",
        "ObservabilitySnowflakeDestination",
    )
    ObservabilityWeaveDestination = _Deferred_(
        globals(), "..models.observability_weave_destination", "ObservabilityWeaveDestination"
    )
    ObservabilityWebhookDestination = _Deferred_(
        globals(), "..models.observability_webhook_destination", "ObservabilityWebhookDestination"
    )
