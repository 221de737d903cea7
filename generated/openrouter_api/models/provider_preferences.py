from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.provider_data_collection_known import ProviderDataCollectionKnown
from ..models.provider_sort_known import ProviderSortKnown
from ..models.quantization_known import QuantizationKnown
from ..types import UNSET, Unset
from ..types import Model as _Model


class ProviderPreferences(_Model):
    """How OpenRouter picks among the providers serving the model. Without `order` or `sort`
    it balances load weighted by price, and sticks to the provider of a recent cache hit.

        Attributes:
            order (list[str] | None | Unset): Provider slugs to try first, in this order.
            allow_fallbacks (bool | None | Unset): Use other providers when the preferred ones fail (true when unset).
            require_parameters (bool | None | Unset): Skip providers that cannot honour all of the request's parameters
                (false when unset).
            data_collection (None | ProviderDataCollectionKnown | str | Unset): `deny` excludes providers that store or
                train on prompts (`allow` when unset).
            zdr (bool | None | Unset): Route only to endpoints that retain no prompts or completions (ZDR).
            enforce_distillable_text (bool | None | Unset): Only use models whose authors allow distillation of their
                output.
            only (list[str] | None | Unset): Allow only these providers (merged with account settings).
            ignore (list[str] | None | Unset): Never use these providers (merged with account settings).
            quantizations (list[QuantizationKnown | str] | None | Unset): Only use endpoints running one of these
                quantizations.
            sort (None | ProviderSortConfig | ProviderSortKnown | str | Unset): Order providers by one criterion instead of
                load balancing.
            preferred_min_throughput (float | None | PercentileThroughputCutoffs | Unset): Prefer endpoints at or above this
                throughput in tokens per second (a number means p50).
            preferred_max_latency (float | None | PercentileLatencyCutoffs | Unset): Prefer endpoints at or below this
                latency in seconds (a number means p50).
            max_price (MaxPrice | Unset): Highest acceptable prices as decimal strings in USD (per million tokens, or per
                unit).
            options (Any | Unset): Provider-specific options keyed by provider slug; only the chosen provider's entry is
                forwarded.
    """

    __slots__ = (
        "order",
        "allow_fallbacks",
        "require_parameters",
        "data_collection",
        "zdr",
        "enforce_distillable_text",
        "only",
        "ignore",
        "quantizations",
        "sort",
        "preferred_min_throughput",
        "preferred_max_latency",
        "max_price",
        "options",
        "additional_properties",
    )

    order: list[str] | None | Unset
    allow_fallbacks: bool | None | Unset
    require_parameters: bool | None | Unset
    data_collection: None | ProviderDataCollectionKnown | str | Unset
    zdr: bool | None | Unset
    enforce_distillable_text: bool | None | Unset
    only: list[str] | None | Unset
    ignore: list[str] | None | Unset
    quantizations: list[QuantizationKnown | str] | None | Unset
    sort: None | ProviderSortConfig | ProviderSortKnown | str | Unset
    preferred_min_throughput: float | None | PercentileThroughputCutoffs | Unset
    preferred_max_latency: float | None | PercentileLatencyCutoffs | Unset
    max_price: MaxPrice | Unset
    options: Any | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        order: list[str] | None | Unset = UNSET,
        allow_fallbacks: bool | None | Unset = UNSET,
        require_parameters: bool | None | Unset = UNSET,
        data_collection: None | ProviderDataCollectionKnown | str | Unset = UNSET,
        zdr: bool | None | Unset = UNSET,
        enforce_distillable_text: bool | None | Unset = UNSET,
        only: list[str] | None | Unset = UNSET,
        ignore: list[str] | None | Unset = UNSET,
        quantizations: list[QuantizationKnown | str] | None | Unset = UNSET,
        sort: None | ProviderSortConfig | ProviderSortKnown | str | Unset = UNSET,
        preferred_min_throughput: float | None | PercentileThroughputCutoffs | Unset = UNSET,
        preferred_max_latency: float | None | PercentileLatencyCutoffs | Unset = UNSET,
        max_price: MaxPrice | Unset = UNSET,
        options: Any | Unset = UNSET,
    ) -> None:
        self.order = order
        self.allow_fallbacks = allow_fallbacks
        self.require_parameters = require_parameters
        self.data_collection = data_collection
        self.zdr = zdr
        self.enforce_distillable_text = enforce_distillable_text
        self.only = only
        self.ignore = ignore
        self.quantizations = quantizations
        self.sort = sort
        self.preferred_min_throughput = preferred_min_throughput
        self.preferred_max_latency = preferred_max_latency
        self.max_price = max_price
        self.options = options
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        order: list[str] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, list):
            order = self.order

        else:
            order = self.order

        allow_fallbacks: bool | None | Unset
        if isinstance(self.allow_fallbacks, Unset):
            allow_fallbacks = UNSET
        else:
            allow_fallbacks = self.allow_fallbacks

        require_parameters: bool | None | Unset
        if isinstance(self.require_parameters, Unset):
            require_parameters = UNSET
        else:
            require_parameters = self.require_parameters

        data_collection: None | str | Unset
        if isinstance(self.data_collection, Unset):
            data_collection = UNSET
        elif isinstance(self.data_collection, ProviderDataCollectionKnown):
            data_collection = self.data_collection.value
        else:
            data_collection = self.data_collection

        zdr: bool | None | Unset
        if isinstance(self.zdr, Unset):
            zdr = UNSET
        else:
            zdr = self.zdr

        enforce_distillable_text: bool | None | Unset
        if isinstance(self.enforce_distillable_text, Unset):
            enforce_distillable_text = UNSET
        else:
            enforce_distillable_text = self.enforce_distillable_text

        only: list[str] | None | Unset
        if isinstance(self.only, Unset):
            only = UNSET
        elif isinstance(self.only, list):
            only = self.only

        else:
            only = self.only

        ignore: list[str] | None | Unset
        if isinstance(self.ignore, Unset):
            ignore = UNSET
        elif isinstance(self.ignore, list):
            ignore = self.ignore

        else:
            ignore = self.ignore

        quantizations: list[str] | None | Unset
        if isinstance(self.quantizations, Unset):
            quantizations = UNSET
        elif isinstance(self.quantizations, list):
            quantizations = []
            for quantizations_type_0_item_data in self.quantizations:
                quantizations_type_0_item: str
                if isinstance(quantizations_type_0_item_data, QuantizationKnown):
                    quantizations_type_0_item = quantizations_type_0_item_data.value
                else:
                    quantizations_type_0_item = quantizations_type_0_item_data
                quantizations.append(quantizations_type_0_item)

        else:
            quantizations = self.quantizations

        sort: dict[str, Any] | None | str | Unset
        if isinstance(self.sort, Unset):
            sort = UNSET
        elif isinstance(self.sort, ProviderSortKnown):
            sort = self.sort.value
        elif isinstance(self.sort, ProviderSortConfig):
            sort = self.sort.to_dict()
        else:
            sort = self.sort

        preferred_min_throughput: dict[str, Any] | float | None | Unset
        if isinstance(self.preferred_min_throughput, Unset):
            preferred_min_throughput = UNSET
        elif isinstance(self.preferred_min_throughput, PercentileThroughputCutoffs):
            preferred_min_throughput = self.preferred_min_throughput.to_dict()
        else:
            preferred_min_throughput = self.preferred_min_throughput

        preferred_max_latency: dict[str, Any] | float | None | Unset
        if isinstance(self.preferred_max_latency, Unset):
            preferred_max_latency = UNSET
        elif isinstance(self.preferred_max_latency, PercentileLatencyCutoffs):
            preferred_max_latency = self.preferred_max_latency.to_dict()
        else:
            preferred_max_latency = self.preferred_max_latency

        max_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_price, Unset):
            max_price = self.max_price.to_dict()

        options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order is not UNSET:
            field_dict["order"] = order
        if allow_fallbacks is not UNSET:
            field_dict["allow_fallbacks"] = allow_fallbacks
        if require_parameters is not UNSET:
            field_dict["require_parameters"] = require_parameters
        if data_collection is not UNSET:
            field_dict["data_collection"] = data_collection
        if zdr is not UNSET:
            field_dict["zdr"] = zdr
        if enforce_distillable_text is not UNSET:
            field_dict["enforce_distillable_text"] = enforce_distillable_text
        if only is not UNSET:
            field_dict["only"] = only
        if ignore is not UNSET:
            field_dict["ignore"] = ignore
        if quantizations is not UNSET:
            field_dict["quantizations"] = quantizations
        if sort is not UNSET:
            field_dict["sort"] = sort
        if preferred_min_throughput is not UNSET:
            field_dict["preferred_min_throughput"] = preferred_min_throughput
        if preferred_max_latency is not UNSET:
            field_dict["preferred_max_latency"] = preferred_max_latency
        if max_price is not UNSET:
            field_dict["max_price"] = max_price
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_order(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_type_0 = cast("list[str]", data)

                return order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        order = _parse_order(d.pop("order", UNSET))

        allow_fallbacks = cast("bool | None | Unset", d.pop("allow_fallbacks", UNSET))

        require_parameters = cast("bool | None | Unset", d.pop("require_parameters", UNSET))

        def _parse_data_collection(
            data: object,
        ) -> None | ProviderDataCollectionKnown | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_provider_data_collection_type_0 = (
                    ProviderDataCollectionKnown._parse(data)
                )

                return componentsschemas_provider_data_collection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ProviderDataCollectionKnown | str | Unset", data)

        data_collection = _parse_data_collection(d.pop("data_collection", UNSET))

        zdr = cast("bool | None | Unset", d.pop("zdr", UNSET))

        enforce_distillable_text = cast(
            "bool | None | Unset", d.pop("enforce_distillable_text", UNSET)
        )

        def _parse_only(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                only_type_0 = cast("list[str]", data)

                return only_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        only = _parse_only(d.pop("only", UNSET))

        def _parse_ignore(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ignore_type_0 = cast("list[str]", data)

                return ignore_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        ignore = _parse_ignore(d.pop("ignore", UNSET))

        def _parse_quantizations(data: object) -> list[QuantizationKnown | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()

                def _parse_quantizations_type_0_item(data: object) -> QuantizationKnown | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_quantization_type_0 = QuantizationKnown._parse(data)

                        return componentsschemas_quantization_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast("QuantizationKnown | str", data)

                quantizations_type_0 = []
                _quantizations_type_0 = data
                for quantizations_type_0_item_data in _quantizations_type_0:
                    quantizations_type_0_item = _parse_quantizations_type_0_item(
                        quantizations_type_0_item_data
                    )
                    quantizations_type_0.append(quantizations_type_0_item)

                return quantizations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[QuantizationKnown | str] | None | Unset", data)

        quantizations = _parse_quantizations(d.pop("quantizations", UNSET))

        def _parse_sort(
            data: object,
        ) -> None | ProviderSortConfig | ProviderSortKnown | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_provider_sort_type_0 = ProviderSortKnown._parse(data)

                return componentsschemas_provider_sort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sort_type_1 = ProviderSortConfig.from_dict(data)

                return sort_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ProviderSortConfig | ProviderSortKnown | str | Unset", data)

        sort = _parse_sort(d.pop("sort", UNSET))

        def _parse_preferred_min_throughput(
            data: object,
        ) -> float | None | PercentileThroughputCutoffs | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preferred_min_throughput_type_1 = PercentileThroughputCutoffs.from_dict(data)

                return preferred_min_throughput_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("float | None | PercentileThroughputCutoffs | Unset", data)

        preferred_min_throughput = _parse_preferred_min_throughput(
            d.pop("preferred_min_throughput", UNSET)
        )

        def _parse_preferred_max_latency(
            data: object,
        ) -> float | None | PercentileLatencyCutoffs | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preferred_max_latency_type_1 = PercentileLatencyCutoffs.from_dict(data)

                return preferred_max_latency_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("float | None | PercentileLatencyCutoffs | Unset", data)

        preferred_max_latency = _parse_preferred_max_latency(d.pop("preferred_max_latency", UNSET))

        _max_price = d.pop("max_price", UNSET)
        max_price: MaxPrice | Unset
        if isinstance(_max_price, Unset):
            max_price = UNSET
        else:
            max_price = MaxPrice.from_dict(_max_price)

        options = d.pop("options", UNSET)

        provider_preferences = cls(
            order=order,
            allow_fallbacks=allow_fallbacks,
            require_parameters=require_parameters,
            data_collection=data_collection,
            zdr=zdr,
            enforce_distillable_text=enforce_distillable_text,
            only=only,
            ignore=ignore,
            quantizations=quantizations,
            sort=sort,
            preferred_min_throughput=preferred_min_throughput,
            preferred_max_latency=preferred_max_latency,
            max_price=max_price,
            options=options,
        )

        provider_preferences.additional_properties = d
        return provider_preferences

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
from ..models.max_price import MaxPrice  # noqa: E402
from ..models.percentile_latency_cutoffs import PercentileLatencyCutoffs  # noqa: E402
from ..models.percentile_throughput_cutoffs import PercentileThroughputCutoffs  # noqa: E402
from ..models.provider_sort_config import ProviderSortConfig  # noqa: E402
