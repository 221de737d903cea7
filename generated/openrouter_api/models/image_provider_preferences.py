from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.image_provider_sort_by import ImageProviderSortBy
from ..types import UNSET, Unset
from ..types import Model as _Model


class ImageProviderPreferences(_Model):
    """Routing preferences for an image request, plus per-provider passthrough options.

    Attributes:
        order (list[str] | None | Unset): Providers (names or slugs) to try first, in order.
        only (list[str] | None | Unset): Only these providers may serve the request.
        ignore (list[str] | None | Unset): These providers are never used.
        allow_fallbacks (bool | None | Unset): Whether other providers may be used when the preferred ones fail (true
            when omitted).
        sort (ImageProviderSortBy | ImageProviderSortConfig | None | Unset): Rank providers by price, throughput or
            latency, either as a plain value or with a partition.
        options (MediaProviderOptions | Unset): Provider-specific passthrough options keyed by provider slug (e.g.
            `openai`,
            `google-vertex`); only the entry for the provider that serves the request is forwarded.
    """

    __slots__ = (
        "order",
        "only",
        "ignore",
        "allow_fallbacks",
        "sort",
        "options",
        "additional_properties",
    )

    order: list[str] | None | Unset
    only: list[str] | None | Unset
    ignore: list[str] | None | Unset
    allow_fallbacks: bool | None | Unset
    sort: ImageProviderSortBy | ImageProviderSortConfig | None | Unset
    options: MediaProviderOptions | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        order: list[str] | None | Unset = UNSET,
        only: list[str] | None | Unset = UNSET,
        ignore: list[str] | None | Unset = UNSET,
        allow_fallbacks: bool | None | Unset = UNSET,
        sort: ImageProviderSortBy | ImageProviderSortConfig | None | Unset = UNSET,
        options: MediaProviderOptions | Unset = UNSET,
    ) -> None:
        self.order = order
        self.only = only
        self.ignore = ignore
        self.allow_fallbacks = allow_fallbacks
        self.sort = sort
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

        allow_fallbacks: bool | None | Unset
        if isinstance(self.allow_fallbacks, Unset):
            allow_fallbacks = UNSET
        else:
            allow_fallbacks = self.allow_fallbacks

        sort: dict[str, Any] | None | str | Unset
        if isinstance(self.sort, Unset):
            sort = UNSET
        elif isinstance(self.sort, ImageProviderSortBy):
            sort = self.sort.value
        elif isinstance(self.sort, ImageProviderSortConfig):
            sort = self.sort.to_dict()
        else:
            sort = self.sort

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order is not UNSET:
            field_dict["order"] = order
        if only is not UNSET:
            field_dict["only"] = only
        if ignore is not UNSET:
            field_dict["ignore"] = ignore
        if allow_fallbacks is not UNSET:
            field_dict["allow_fallbacks"] = allow_fallbacks
        if sort is not UNSET:
            field_dict["sort"] = sort
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

        allow_fallbacks = cast("bool | None | Unset", d.pop("allow_fallbacks", UNSET))

        def _parse_sort(
            data: object,
        ) -> ImageProviderSortBy | ImageProviderSortConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sort_type_0 = ImageProviderSortBy._parse(data)

                return sort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sort_type_1 = ImageProviderSortConfig.from_dict(data)

                return sort_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ImageProviderSortBy | ImageProviderSortConfig | None | Unset", data)

        sort = _parse_sort(d.pop("sort", UNSET))

        _options = d.pop("options", UNSET)
        options: MediaProviderOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = MediaProviderOptions.from_dict(_options)

        image_provider_preferences = cls(
            order=order,
            only=only,
            ignore=ignore,
            allow_fallbacks=allow_fallbacks,
            sort=sort,
            options=options,
        )

        image_provider_preferences.additional_properties = d
        return image_provider_preferences

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
from ..models.image_provider_sort_config import ImageProviderSortConfig  # noqa: E402
from ..models.media_provider_options import MediaProviderOptions  # noqa: E402
