from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ObservabilityDestinationListResponse")


@_attrs_define
class ObservabilityDestinationListResponse:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, ObservabilityArizeDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityBraintrustDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityClickhouseDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityDatadogDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityGrafanaDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityLangfuseDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityLangsmithDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityNewrelicDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityOpikDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityOtelCollectorDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityPosthogDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityRampDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityS3Destination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilitySentryDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilitySnowflakeDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityWeaveDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityWebhookDestination):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "total_count": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_data_item(
            data: object,
        ) -> (
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
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_0 = (
                    ObservabilityArizeDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_1 = (
                    ObservabilityBraintrustDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_2 = (
                    ObservabilityClickhouseDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_3 = (
                    ObservabilityDatadogDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_4 = (
                    ObservabilityGrafanaDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_5 = (
                    ObservabilityLangfuseDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_6 = (
                    ObservabilityLangsmithDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_7 = (
                    ObservabilityNewrelicDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_8 = (
                    ObservabilityOpikDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_9 = (
                    ObservabilityOtelCollectorDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_10 = (
                    ObservabilityPosthogDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_11 = (
                    ObservabilityRampDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_12 = (
                    ObservabilityS3Destination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_13 = (
                    ObservabilitySentryDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_14 = (
                    ObservabilitySnowflakeDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_15 = (
                    ObservabilityWeaveDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_16 = (
                    ObservabilityWebhookDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_observability_destination_type_17 = (
                ObservabilityGenericDestination.from_dict(data)
            )

            return componentsschemas_observability_destination_type_17

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = _parse_data_item(data_item_data)
            data.append(data_item)

        total_count = d.pop("total_count")

        observability_destination_list_response = cls(
            data=data,
            total_count=total_count,
        )

        observability_destination_list_response.additional_properties = d
        return observability_destination_list_response

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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
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
from ..models.observability_otel_collector_destination import ObservabilityOtelCollectorDestination  # noqa: E402
from ..models.observability_posthog_destination import ObservabilityPosthogDestination  # noqa: E402
from ..models.observability_ramp_destination import ObservabilityRampDestination  # noqa: E402
from ..models.observability_s3_destination import ObservabilityS3Destination  # noqa: E402
from ..models.observability_sentry_destination import ObservabilitySentryDestination  # noqa: E402
from ..models.observability_snowflake_destination import ObservabilitySnowflakeDestination  # noqa: E402
from ..models.observability_weave_destination import ObservabilityWeaveDestination  # noqa: E402
from ..models.observability_webhook_destination import ObservabilityWebhookDestination  # noqa: E402
