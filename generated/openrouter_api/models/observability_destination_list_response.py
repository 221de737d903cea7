from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ObservabilityDestinationListResponse(_ReadModel):
    """A page of destinations.

    Attributes:
        data (list[ObservabilityArizeDestination | ObservabilityBraintrustDestination |
            ObservabilityClickhouseDestination | ObservabilityDatadogDestination | ObservabilityGenericDestination |
            ObservabilityGrafanaDestination | ObservabilityLangfuseDestination | ObservabilityLangsmithDestination |
            ObservabilityNewrelicDestination | ObservabilityOpikDestination | ObservabilityOtelCollectorDestination |
            ObservabilityPosthogDestination | ObservabilityRampDestination | ObservabilityS3Destination |
            ObservabilitySentryDestination | ObservabilitySnowflakeDestination | ObservabilityWeaveDestination |
            ObservabilityWebhookDestination]):
        total_count (int): Number of destinations across all pages.
    """

    __slots__ = (
        "data",
        "total_count",
        "additional_properties",
    )

    data: list[
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
    ]
    total_count: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        data: list[
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
        ],
        total_count: int,
    ) -> None:
        self.data = data
        self.total_count = total_count
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        (
            "data",
            "data",
            True,
            "list[ObservabilityArizeDestination | ObservabilityBraintrustDestination | ObservabilityClickhouseDestination | ObservabilityDatadogDestination | ObservabilityGenericDestination | ObservabilityGrafanaDestination | ObservabilityLangfuseDestination | ObservabilityLangsmithDestination | ObservabilityNewrelicDestination | ObservabilityOpikDestination | ObservabilityOtelCollectorDestination | ObservabilityPosthogDestination | ObservabilityRampDestination | ObservabilityS3Destination | ObservabilitySentryDestination | ObservabilitySnowflakeDestination | ObservabilityWeaveDestination | ObservabilityWebhookDestination]",
        ),
        ("total_count", "total_count", True, "int"),
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
        if isinstance(_data, list):
            data: Any = []
            for _list_item_ in _data:
                data.append(_read_data_item(_list_item_))
        else:
            data = _data
        _new_model_.data = data
        _new_model_.total_count = _json_get_("total_count")
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

    def __iter__(
        self,
    ) -> Iterator[
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
    ]:
        """Iterate over `data`, the items of this list response."""
        return iter(self.data or ())

    def __len__(self) -> int:
        """How many items `data` holds."""
        return len(self.data or ())

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
_FIELDS: frozenset[str] = frozenset(
    (
        "data",
        "total_count",
    )
)


def _read_data_item(data: Any) -> Any:
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
