from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..models.context_compression_plugin_engine_known import ContextCompressionPluginEngineKnown
from ..types import UNSET, Unset
from ..types import Model as _Model


class ContextCompressionPlugin(_Model):
    """Shrinks prompts that exceed the context window (on by default for endpoints with at most 8k context).

    Attributes:
        id (Literal['context-compression']):
        enabled (bool | Unset):
        engine (ContextCompressionPluginEngineKnown | str | Unset):
    """

    __slots__ = (
        "id",
        "enabled",
        "engine",
        "additional_properties",
    )

    id: Literal["context-compression"]
    enabled: bool | Unset
    engine: ContextCompressionPluginEngineKnown | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: Literal["context-compression"],
        enabled: bool | Unset = UNSET,
        engine: ContextCompressionPluginEngineKnown | str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.enabled = enabled
        self.engine = engine
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        enabled = self.enabled

        engine: str | Unset
        if isinstance(self.engine, Unset):
            engine = UNSET
        elif isinstance(self.engine, ContextCompressionPluginEngineKnown):
            engine = self.engine.value
        else:
            engine = self.engine

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if engine is not UNSET:
            field_dict["engine"] = engine

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast('Literal["context-compression"]', d.pop("id"))
        if id != "context-compression":
            raise ValueError(f"id must match const 'context-compression', got '{id}'")

        enabled = d.pop("enabled", UNSET)

        def _parse_engine(data: object) -> ContextCompressionPluginEngineKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                engine_engine_known = ContextCompressionPluginEngineKnown._parse(data)

                return engine_engine_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ContextCompressionPluginEngineKnown | str | Unset", data)

        engine = _parse_engine(d.pop("engine", UNSET))

        context_compression_plugin = cls(
            id=id,
            enabled=enabled,
            engine=engine,
        )

        context_compression_plugin.additional_properties = d
        return context_compression_plugin

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
