from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..models.fusion_plugin_preset_known import FusionPluginPresetKnown
from ..types import UNSET, Unset
from ..types import Model as _Model


class FusionPlugin(_Model):
    """Settings for a Fusion run (several models research in parallel, one synthesises).

    Attributes:
        id (Literal['fusion']):
        enabled (bool | Unset):
        preset (FusionPluginPresetKnown | str | Unset):
        model (str | Unset): Model that analyses the panel's answers and writes the final reply.
        analysis_models (list[str] | Unset): Models that answer in parallel as the panel.
        tools (list[FusionTool] | Unset): Server tools available to the panel and the analyst.
        max_tool_calls (int | Unset): Tool-calling steps each panel model and the analyst may take.
    """

    __slots__ = (
        "id",
        "enabled",
        "preset",
        "model",
        "analysis_models",
        "tools",
        "max_tool_calls",
        "additional_properties",
    )

    id: Literal["fusion"]
    enabled: bool | Unset
    preset: FusionPluginPresetKnown | str | Unset
    model: str | Unset
    analysis_models: list[str] | Unset
    tools: list[FusionTool] | Unset
    max_tool_calls: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: Literal["fusion"],
        enabled: bool | Unset = UNSET,
        preset: FusionPluginPresetKnown | str | Unset = UNSET,
        model: str | Unset = UNSET,
        analysis_models: list[str] | Unset = UNSET,
        tools: list[FusionTool] | Unset = UNSET,
        max_tool_calls: int | Unset = UNSET,
    ) -> None:
        self.id = id
        self.enabled = enabled
        self.preset = preset
        self.model = model
        self.analysis_models = analysis_models
        self.tools = tools
        self.max_tool_calls = max_tool_calls
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        enabled = self.enabled

        preset: str | Unset
        if isinstance(self.preset, Unset):
            preset = UNSET
        elif isinstance(self.preset, FusionPluginPresetKnown):
            preset = self.preset.value
        else:
            preset = self.preset

        model = self.model

        analysis_models: list[str] | Unset = UNSET
        if not isinstance(self.analysis_models, Unset):
            analysis_models = self.analysis_models

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        max_tool_calls = self.max_tool_calls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if preset is not UNSET:
            field_dict["preset"] = preset
        if model is not UNSET:
            field_dict["model"] = model
        if analysis_models is not UNSET:
            field_dict["analysis_models"] = analysis_models
        if tools is not UNSET:
            field_dict["tools"] = tools
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast('Literal["fusion"]', d.pop("id"))
        if id != "fusion":
            raise ValueError(f"id must match const 'fusion', got '{id}'")

        enabled = d.pop("enabled", UNSET)

        def _parse_preset(data: object) -> FusionPluginPresetKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                preset_preset_known = FusionPluginPresetKnown._parse(data)

                return preset_preset_known
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("FusionPluginPresetKnown | str | Unset", data)

        preset = _parse_preset(d.pop("preset", UNSET))

        model = d.pop("model", UNSET)

        analysis_models = cast("list[str]", d.pop("analysis_models", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: list[FusionTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = FusionTool.from_dict(tools_item_data)

                tools.append(tools_item)

        max_tool_calls = d.pop("max_tool_calls", UNSET)

        fusion_plugin = cls(
            id=id,
            enabled=enabled,
            preset=preset,
            model=model,
            analysis_models=analysis_models,
            tools=tools,
            max_tool_calls=max_tool_calls,
        )

        fusion_plugin.additional_properties = d
        return fusion_plugin

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
from ..models.fusion_tool import FusionTool  # noqa: E402
