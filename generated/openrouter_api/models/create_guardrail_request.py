from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.guardrail_data_region_known import GuardrailDataRegionKnown
from ..models.guardrail_reset_interval_known import GuardrailResetIntervalKnown
from ..types import UNSET, Unset
from ..types import Model as _Model


class CreateGuardrailRequest(_Model):
    """A new guardrail.

    Attributes:
        name (str): Name of the guardrail.
        workspace_id (str | Unset): Workspace for the guardrail; the default workspace when omitted.
        description (None | str | Unset): Description of the guardrail.
        limit_usd (float | None | Unset): Spending limit in USD; null for none.
        reset_interval (GuardrailResetIntervalKnown | None | Unset): How often the limit resets; null for never.
        include_byok_in_budgets (bool | Unset): Whether BYOK spend counts toward `limit_usd`.
        allowed_models (list[str] | None | Unset): Only these model slugs may be used; null for any.
        ignored_models (list[str] | None | Unset): Model slugs never routed to; null for none.
        allowed_providers (list[str] | None | Unset): Only these provider ids may be used; null for any.
        ignored_providers (list[str] | None | Unset): Provider ids never routed to; null for none.
        allowed_data_regions (list[GuardrailDataRegionKnown] | None | Unset): Regions requests must arrive through; null
            leaves it unrestricted.
        content_filters (list[GuardrailCustomFilter] | None | Unset): Custom regex filters; null for none.
        content_filter_builtins (list[GuardrailBuiltinFilter] | None | Unset): Built-in filters; null for none.
        enforce_zdr (bool | None | Unset): Deprecated: sets every per-provider `enforce_zdr_*` field not given
            explicitly.
        enforce_zdr_anthropic (bool | None | Unset): Require zero data retention for Anthropic models.
        enforce_zdr_openai (bool | None | Unset): Require zero data retention for OpenAI models.
        enforce_zdr_google (bool | None | Unset): Require zero data retention for Google models.
        enforce_zdr_xai (bool | None | Unset): Require zero data retention for xAI models.
        enforce_zdr_other (bool | None | Unset): Require zero data retention for all other models.
        allow_safety_retention_google (bool | None | Unset): For zero-retention requests to google/* models: allow
            endpoints that keep prompts for safety review.
        allow_safety_retention_other (bool | None | Unset): The same for models outside the named providers.
        enable_free_model_publication (bool | None | Unset): Permit free endpoints whose providers may publish the
            prompts they receive.
        enable_free_model_training (bool | None | Unset): Permit free endpoints whose providers may use request data for
            training.
        enable_paid_model_training (bool | None | Unset): Permit paid endpoints whose providers may use request data for
            training.
    """

    __slots__ = (
        "name",
        "workspace_id",
        "description",
        "limit_usd",
        "reset_interval",
        "include_byok_in_budgets",
        "allowed_models",
        "ignored_models",
        "allowed_providers",
        "ignored_providers",
        "allowed_data_regions",
        "content_filters",
        "content_filter_builtins",
        "enforce_zdr",
        "enforce_zdr_anthropic",
        "enforce_zdr_openai",
        "enforce_zdr_google",
        "enforce_zdr_xai",
        "enforce_zdr_other",
        "allow_safety_retention_google",
        "allow_safety_retention_other",
        "enable_free_model_publication",
        "enable_free_model_training",
        "enable_paid_model_training",
        "additional_properties",
    )

    name: str
    workspace_id: str | Unset
    description: None | str | Unset
    limit_usd: float | None | Unset
    reset_interval: GuardrailResetIntervalKnown | None | Unset
    include_byok_in_budgets: bool | Unset
    allowed_models: list[str] | None | Unset
    ignored_models: list[str] | None | Unset
    allowed_providers: list[str] | None | Unset
    ignored_providers: list[str] | None | Unset
    allowed_data_regions: list[GuardrailDataRegionKnown] | None | Unset
    content_filters: list[GuardrailCustomFilter] | None | Unset
    content_filter_builtins: list[GuardrailBuiltinFilter] | None | Unset
    enforce_zdr: bool | None | Unset
    enforce_zdr_anthropic: bool | None | Unset
    enforce_zdr_openai: bool | None | Unset
    enforce_zdr_google: bool | None | Unset
    enforce_zdr_xai: bool | None | Unset
    enforce_zdr_other: bool | None | Unset
    allow_safety_retention_google: bool | None | Unset
    allow_safety_retention_other: bool | None | Unset
    enable_free_model_publication: bool | None | Unset
    enable_free_model_training: bool | None | Unset
    enable_paid_model_training: bool | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        workspace_id: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        limit_usd: float | None | Unset = UNSET,
        reset_interval: GuardrailResetIntervalKnown | None | Unset = UNSET,
        include_byok_in_budgets: bool | Unset = UNSET,
        allowed_models: list[str] | None | Unset = UNSET,
        ignored_models: list[str] | None | Unset = UNSET,
        allowed_providers: list[str] | None | Unset = UNSET,
        ignored_providers: list[str] | None | Unset = UNSET,
        allowed_data_regions: list[GuardrailDataRegionKnown] | None | Unset = UNSET,
        content_filters: list[GuardrailCustomFilter] | None | Unset = UNSET,
        content_filter_builtins: list[GuardrailBuiltinFilter] | None | Unset = UNSET,
        enforce_zdr: bool | None | Unset = UNSET,
        enforce_zdr_anthropic: bool | None | Unset = UNSET,
        enforce_zdr_openai: bool | None | Unset = UNSET,
        enforce_zdr_google: bool | None | Unset = UNSET,
        enforce_zdr_xai: bool | None | Unset = UNSET,
        enforce_zdr_other: bool | None | Unset = UNSET,
        allow_safety_retention_google: bool | None | Unset = UNSET,
        allow_safety_retention_other: bool | None | Unset = UNSET,
        enable_free_model_publication: bool | None | Unset = UNSET,
        enable_free_model_training: bool | None | Unset = UNSET,
        enable_paid_model_training: bool | None | Unset = UNSET,
    ) -> None:
        self.name = name
        self.workspace_id = workspace_id
        self.description = description
        self.limit_usd = limit_usd
        self.reset_interval = reset_interval
        self.include_byok_in_budgets = include_byok_in_budgets
        self.allowed_models = allowed_models
        self.ignored_models = ignored_models
        self.allowed_providers = allowed_providers
        self.ignored_providers = ignored_providers
        self.allowed_data_regions = allowed_data_regions
        self.content_filters = content_filters
        self.content_filter_builtins = content_filter_builtins
        self.enforce_zdr = enforce_zdr
        self.enforce_zdr_anthropic = enforce_zdr_anthropic
        self.enforce_zdr_openai = enforce_zdr_openai
        self.enforce_zdr_google = enforce_zdr_google
        self.enforce_zdr_xai = enforce_zdr_xai
        self.enforce_zdr_other = enforce_zdr_other
        self.allow_safety_retention_google = allow_safety_retention_google
        self.allow_safety_retention_other = allow_safety_retention_other
        self.enable_free_model_publication = enable_free_model_publication
        self.enable_free_model_training = enable_free_model_training
        self.enable_paid_model_training = enable_paid_model_training
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        workspace_id = self.workspace_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        limit_usd: float | None | Unset
        if isinstance(self.limit_usd, Unset):
            limit_usd = UNSET
        else:
            limit_usd = self.limit_usd

        reset_interval: None | str | Unset
        if isinstance(self.reset_interval, Unset):
            reset_interval = UNSET
        elif isinstance(self.reset_interval, GuardrailResetIntervalKnown):
            reset_interval = self.reset_interval.value
        else:
            reset_interval = self.reset_interval

        include_byok_in_budgets = self.include_byok_in_budgets

        allowed_models: list[str] | None | Unset
        if isinstance(self.allowed_models, Unset):
            allowed_models = UNSET
        elif isinstance(self.allowed_models, list):
            allowed_models = self.allowed_models

        else:
            allowed_models = self.allowed_models

        ignored_models: list[str] | None | Unset
        if isinstance(self.ignored_models, Unset):
            ignored_models = UNSET
        elif isinstance(self.ignored_models, list):
            ignored_models = self.ignored_models

        else:
            ignored_models = self.ignored_models

        allowed_providers: list[str] | None | Unset
        if isinstance(self.allowed_providers, Unset):
            allowed_providers = UNSET
        elif isinstance(self.allowed_providers, list):
            allowed_providers = self.allowed_providers

        else:
            allowed_providers = self.allowed_providers

        ignored_providers: list[str] | None | Unset
        if isinstance(self.ignored_providers, Unset):
            ignored_providers = UNSET
        elif isinstance(self.ignored_providers, list):
            ignored_providers = self.ignored_providers

        else:
            ignored_providers = self.ignored_providers

        allowed_data_regions: list[str] | None | Unset
        if isinstance(self.allowed_data_regions, Unset):
            allowed_data_regions = UNSET
        elif isinstance(self.allowed_data_regions, list):
            allowed_data_regions = []
            for allowed_data_regions_type_0_item_data in self.allowed_data_regions:
                allowed_data_regions_type_0_item = allowed_data_regions_type_0_item_data.value
                allowed_data_regions.append(allowed_data_regions_type_0_item)

        else:
            allowed_data_regions = self.allowed_data_regions

        content_filters: list[dict[str, Any]] | None | Unset
        if isinstance(self.content_filters, Unset):
            content_filters = UNSET
        elif isinstance(self.content_filters, list):
            content_filters = []
            for content_filters_type_0_item_data in self.content_filters:
                content_filters_type_0_item = content_filters_type_0_item_data.to_dict()
                content_filters.append(content_filters_type_0_item)

        else:
            content_filters = self.content_filters

        content_filter_builtins: list[dict[str, Any]] | None | Unset
        if isinstance(self.content_filter_builtins, Unset):
            content_filter_builtins = UNSET
        elif isinstance(self.content_filter_builtins, list):
            content_filter_builtins = []
            for content_filter_builtins_type_0_item_data in self.content_filter_builtins:
                content_filter_builtins_type_0_item = (
                    content_filter_builtins_type_0_item_data.to_dict()
                )
                content_filter_builtins.append(content_filter_builtins_type_0_item)

        else:
            content_filter_builtins = self.content_filter_builtins

        enforce_zdr: bool | None | Unset
        if isinstance(self.enforce_zdr, Unset):
            enforce_zdr = UNSET
        else:
            enforce_zdr = self.enforce_zdr

        enforce_zdr_anthropic: bool | None | Unset
        if isinstance(self.enforce_zdr_anthropic, Unset):
            enforce_zdr_anthropic = UNSET
        else:
            enforce_zdr_anthropic = self.enforce_zdr_anthropic

        enforce_zdr_openai: bool | None | Unset
        if isinstance(self.enforce_zdr_openai, Unset):
            enforce_zdr_openai = UNSET
        else:
            enforce_zdr_openai = self.enforce_zdr_openai

        enforce_zdr_google: bool | None | Unset
        if isinstance(self.enforce_zdr_google, Unset):
            enforce_zdr_google = UNSET
        else:
            enforce_zdr_google = self.enforce_zdr_google

        enforce_zdr_xai: bool | None | Unset
        if isinstance(self.enforce_zdr_xai, Unset):
            enforce_zdr_xai = UNSET
        else:
            enforce_zdr_xai = self.enforce_zdr_xai

        enforce_zdr_other: bool | None | Unset
        if isinstance(self.enforce_zdr_other, Unset):
            enforce_zdr_other = UNSET
        else:
            enforce_zdr_other = self.enforce_zdr_other

        allow_safety_retention_google: bool | None | Unset
        if isinstance(self.allow_safety_retention_google, Unset):
            allow_safety_retention_google = UNSET
        else:
            allow_safety_retention_google = self.allow_safety_retention_google

        allow_safety_retention_other: bool | None | Unset
        if isinstance(self.allow_safety_retention_other, Unset):
            allow_safety_retention_other = UNSET
        else:
            allow_safety_retention_other = self.allow_safety_retention_other

        enable_free_model_publication: bool | None | Unset
        if isinstance(self.enable_free_model_publication, Unset):
            enable_free_model_publication = UNSET
        else:
            enable_free_model_publication = self.enable_free_model_publication

        enable_free_model_training: bool | None | Unset
        if isinstance(self.enable_free_model_training, Unset):
            enable_free_model_training = UNSET
        else:
            enable_free_model_training = self.enable_free_model_training

        enable_paid_model_training: bool | None | Unset
        if isinstance(self.enable_paid_model_training, Unset):
            enable_paid_model_training = UNSET
        else:
            enable_paid_model_training = self.enable_paid_model_training

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if description is not UNSET:
            field_dict["description"] = description
        if limit_usd is not UNSET:
            field_dict["limit_usd"] = limit_usd
        if reset_interval is not UNSET:
            field_dict["reset_interval"] = reset_interval
        if include_byok_in_budgets is not UNSET:
            field_dict["include_byok_in_budgets"] = include_byok_in_budgets
        if allowed_models is not UNSET:
            field_dict["allowed_models"] = allowed_models
        if ignored_models is not UNSET:
            field_dict["ignored_models"] = ignored_models
        if allowed_providers is not UNSET:
            field_dict["allowed_providers"] = allowed_providers
        if ignored_providers is not UNSET:
            field_dict["ignored_providers"] = ignored_providers
        if allowed_data_regions is not UNSET:
            field_dict["allowed_data_regions"] = allowed_data_regions
        if content_filters is not UNSET:
            field_dict["content_filters"] = content_filters
        if content_filter_builtins is not UNSET:
            field_dict["content_filter_builtins"] = content_filter_builtins
        if enforce_zdr is not UNSET:
            field_dict["enforce_zdr"] = enforce_zdr
        if enforce_zdr_anthropic is not UNSET:
            field_dict["enforce_zdr_anthropic"] = enforce_zdr_anthropic
        if enforce_zdr_openai is not UNSET:
            field_dict["enforce_zdr_openai"] = enforce_zdr_openai
        if enforce_zdr_google is not UNSET:
            field_dict["enforce_zdr_google"] = enforce_zdr_google
        if enforce_zdr_xai is not UNSET:
            field_dict["enforce_zdr_xai"] = enforce_zdr_xai
        if enforce_zdr_other is not UNSET:
            field_dict["enforce_zdr_other"] = enforce_zdr_other
        if allow_safety_retention_google is not UNSET:
            field_dict["allow_safety_retention_google"] = allow_safety_retention_google
        if allow_safety_retention_other is not UNSET:
            field_dict["allow_safety_retention_other"] = allow_safety_retention_other
        if enable_free_model_publication is not UNSET:
            field_dict["enable_free_model_publication"] = enable_free_model_publication
        if enable_free_model_training is not UNSET:
            field_dict["enable_free_model_training"] = enable_free_model_training
        if enable_paid_model_training is not UNSET:
            field_dict["enable_paid_model_training"] = enable_paid_model_training

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        workspace_id = d.pop("workspace_id", UNSET)

        description = cast("None | str | Unset", d.pop("description", UNSET))

        limit_usd = cast("float | None | Unset", d.pop("limit_usd", UNSET))

        def _parse_reset_interval(data: object) -> GuardrailResetIntervalKnown | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reset_interval_type_0 = GuardrailResetIntervalKnown._parse(data)

                return reset_interval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("GuardrailResetIntervalKnown | None | Unset", data)

        reset_interval = _parse_reset_interval(d.pop("reset_interval", UNSET))

        include_byok_in_budgets = d.pop("include_byok_in_budgets", UNSET)

        def _parse_allowed_models(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_models_type_0 = cast("list[str]", data)

                return allowed_models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        allowed_models = _parse_allowed_models(d.pop("allowed_models", UNSET))

        def _parse_ignored_models(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ignored_models_type_0 = cast("list[str]", data)

                return ignored_models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        ignored_models = _parse_ignored_models(d.pop("ignored_models", UNSET))

        def _parse_allowed_providers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_providers_type_0 = cast("list[str]", data)

                return allowed_providers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        allowed_providers = _parse_allowed_providers(d.pop("allowed_providers", UNSET))

        def _parse_ignored_providers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ignored_providers_type_0 = cast("list[str]", data)

                return ignored_providers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        ignored_providers = _parse_ignored_providers(d.pop("ignored_providers", UNSET))

        def _parse_allowed_data_regions(
            data: object,
        ) -> list[GuardrailDataRegionKnown] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_data_regions_type_0 = []
                _allowed_data_regions_type_0 = data
                for allowed_data_regions_type_0_item_data in _allowed_data_regions_type_0:
                    allowed_data_regions_type_0_item = GuardrailDataRegionKnown._parse(
                        allowed_data_regions_type_0_item_data
                    )

                    allowed_data_regions_type_0.append(allowed_data_regions_type_0_item)

                return allowed_data_regions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[GuardrailDataRegionKnown] | None | Unset", data)

        allowed_data_regions = _parse_allowed_data_regions(d.pop("allowed_data_regions", UNSET))

        def _parse_content_filters(data: object) -> list[GuardrailCustomFilter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_filters_type_0 = []
                _content_filters_type_0 = data
                for content_filters_type_0_item_data in _content_filters_type_0:
                    content_filters_type_0_item = GuardrailCustomFilter.from_dict(
                        content_filters_type_0_item_data
                    )

                    content_filters_type_0.append(content_filters_type_0_item)

                return content_filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[GuardrailCustomFilter] | None | Unset", data)

        content_filters = _parse_content_filters(d.pop("content_filters", UNSET))

        def _parse_content_filter_builtins(
            data: object,
        ) -> list[GuardrailBuiltinFilter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_filter_builtins_type_0 = []
                _content_filter_builtins_type_0 = data
                for content_filter_builtins_type_0_item_data in _content_filter_builtins_type_0:
                    content_filter_builtins_type_0_item = GuardrailBuiltinFilter.from_dict(
                        content_filter_builtins_type_0_item_data
                    )

                    content_filter_builtins_type_0.append(content_filter_builtins_type_0_item)

                return content_filter_builtins_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[GuardrailBuiltinFilter] | None | Unset", data)

        content_filter_builtins = _parse_content_filter_builtins(
            d.pop("content_filter_builtins", UNSET)
        )

        enforce_zdr = cast("bool | None | Unset", d.pop("enforce_zdr", UNSET))

        enforce_zdr_anthropic = cast("bool | None | Unset", d.pop("enforce_zdr_anthropic", UNSET))

        enforce_zdr_openai = cast("bool | None | Unset", d.pop("enforce_zdr_openai", UNSET))

        enforce_zdr_google = cast("bool | None | Unset", d.pop("enforce_zdr_google", UNSET))

        enforce_zdr_xai = cast("bool | None | Unset", d.pop("enforce_zdr_xai", UNSET))

        enforce_zdr_other = cast("bool | None | Unset", d.pop("enforce_zdr_other", UNSET))

        allow_safety_retention_google = cast(
            "bool | None | Unset", d.pop("allow_safety_retention_google", UNSET)
        )

        allow_safety_retention_other = cast(
            "bool | None | Unset", d.pop("allow_safety_retention_other", UNSET)
        )

        enable_free_model_publication = cast(
            "bool | None | Unset", d.pop("enable_free_model_publication", UNSET)
        )

        enable_free_model_training = cast(
            "bool | None | Unset", d.pop("enable_free_model_training", UNSET)
        )

        enable_paid_model_training = cast(
            "bool | None | Unset", d.pop("enable_paid_model_training", UNSET)
        )

        create_guardrail_request = cls(
            name=name,
            workspace_id=workspace_id,
            description=description,
            limit_usd=limit_usd,
            reset_interval=reset_interval,
            include_byok_in_budgets=include_byok_in_budgets,
            allowed_models=allowed_models,
            ignored_models=ignored_models,
            allowed_providers=allowed_providers,
            ignored_providers=ignored_providers,
            allowed_data_regions=allowed_data_regions,
            content_filters=content_filters,
            content_filter_builtins=content_filter_builtins,
            enforce_zdr=enforce_zdr,
            enforce_zdr_anthropic=enforce_zdr_anthropic,
            enforce_zdr_openai=enforce_zdr_openai,
            enforce_zdr_google=enforce_zdr_google,
            enforce_zdr_xai=enforce_zdr_xai,
            enforce_zdr_other=enforce_zdr_other,
            allow_safety_retention_google=allow_safety_retention_google,
            allow_safety_retention_other=allow_safety_retention_other,
            enable_free_model_publication=enable_free_model_publication,
            enable_free_model_training=enable_free_model_training,
            enable_paid_model_training=enable_paid_model_training,
        )

        create_guardrail_request.additional_properties = d
        return create_guardrail_request

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
from ..models.guardrail_builtin_filter import GuardrailBuiltinFilter  # noqa: E402
from ..models.guardrail_custom_filter import GuardrailCustomFilter  # noqa: E402
