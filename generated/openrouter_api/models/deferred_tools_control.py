from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class DeferredToolsControl(_Model):
    """Opt-in router-level deferred-tool protocol: tools marked `defer_loading` stay hidden
    until found by the chosen search. Keep the tool catalogue unchanged across turns and
    replay assistant reasoning as received.

        Attributes:
            protocol (Literal['v1']):
            profile (Literal['portable']): Served by OpenRouter's own search and call wrappers on any model.
            validation (Literal['runtime']): Tool-call arguments are checked against the original schema by OpenRouter.
            search (DeferredBm25Search | DeferredCustomSearch | DeferredRegexSearch): How deferred tools are found, told
                apart by `type`.
    """

    __slots__ = (
        "protocol",
        "profile",
        "validation",
        "search",
        "additional_properties",
    )

    protocol: Literal["v1"]
    profile: Literal["portable"]
    validation: Literal["runtime"]
    search: DeferredBm25Search | DeferredCustomSearch | DeferredRegexSearch
    additional_properties: dict[str, Any]

    def __init__(
        self,
        protocol: Literal["v1"],
        profile: Literal["portable"],
        validation: Literal["runtime"],
        search: DeferredBm25Search | DeferredCustomSearch | DeferredRegexSearch,
    ) -> None:
        self.protocol = protocol
        self.profile = profile
        self.validation = validation
        self.search = search
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        protocol = self.protocol

        profile = self.profile

        validation = self.validation

        search: dict[str, Any]
        if isinstance(self.search, DeferredRegexSearch):
            search = self.search.to_dict()
        elif isinstance(self.search, DeferredBm25Search):
            search = self.search.to_dict()
        else:
            search = self.search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "protocol": protocol,
                "profile": profile,
                "validation": validation,
                "search": search,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        protocol = cast('Literal["v1"]', d.pop("protocol"))
        if protocol != "v1":
            raise ValueError(f"protocol must match const 'v1', got '{protocol}'")

        profile = cast('Literal["portable"]', d.pop("profile"))
        if profile != "portable":
            raise ValueError(f"profile must match const 'portable', got '{profile}'")

        validation = cast('Literal["runtime"]', d.pop("validation"))
        if validation != "runtime":
            raise ValueError(f"validation must match const 'runtime', got '{validation}'")

        def _parse_search(
            data: object,
        ) -> DeferredBm25Search | DeferredCustomSearch | DeferredRegexSearch:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deferred_tools_search_type_0 = DeferredRegexSearch.from_dict(data)

                return componentsschemas_deferred_tools_search_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deferred_tools_search_type_1 = DeferredBm25Search.from_dict(data)

                return componentsschemas_deferred_tools_search_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_deferred_tools_search_type_2 = DeferredCustomSearch.from_dict(data)

            return componentsschemas_deferred_tools_search_type_2

        search = _parse_search(d.pop("search"))

        deferred_tools_control = cls(
            protocol=protocol,
            profile=profile,
            validation=validation,
            search=search,
        )

        deferred_tools_control.additional_properties = d
        return deferred_tools_control

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
from ..models.deferred_bm_25_search import DeferredBm25Search  # noqa: E402
from ..models.deferred_custom_search import DeferredCustomSearch  # noqa: E402
from ..models.deferred_regex_search import DeferredRegexSearch  # noqa: E402
