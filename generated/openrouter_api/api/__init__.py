"""Per-tag resource classes and the transport protocol they route every call through.

Each tag package (`api/<tag>/`) holds one module per operation (request builder and parser) and,
in its `__init__`, a sync and an async resource class whose methods hand the built request to a
transport. The facade provides the transport; anything else that satisfies the protocol works.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypedDict, TypeVar

if TYPE_CHECKING:
    import httpx

    from .alpha_decisions import AlphaDecisionsResource, AsyncAlphaDecisionsResource
    from .analytics import AnalyticsResource, AsyncAnalyticsResource
    from .anthropic_messages import AnthropicMessagesResource, AsyncAnthropicMessagesResource
    from .api_keys import ApiKeysResource, AsyncApiKeysResource
    from .batch import AsyncBatchResource, BatchResource
    from .benchmarks import AsyncBenchmarksResource, BenchmarksResource
    from .byok import AsyncByokResource, ByokResource
    from .chat import AsyncChatResource, ChatResource
    from .classifications import AsyncClassificationsResource, ClassificationsResource
    from .completions import AsyncCompletionsResource, CompletionsResource
    from .containers import AsyncContainersResource, ContainersResource
    from .credits_ import AsyncCreditsResource, CreditsResource
    from .datasets import AsyncDatasetsResource, DatasetsResource
    from .embeddings import AsyncEmbeddingsResource, EmbeddingsResource
    from .endpoints import AsyncEndpointsResource, EndpointsResource
    from .external_users import AsyncExternalUsersResource, ExternalUsersResource
    from .files import AsyncFilesResource, FilesResource
    from .generations import AsyncGenerationsResource, GenerationsResource
    from .guardrails import AsyncGuardrailsResource, GuardrailsResource
    from .images import AsyncImagesResource, ImagesResource
    from .models import AsyncModelsResource, ModelsResource
    from .o_auth import AsyncOAuthResource, OAuthResource
    from .observability import AsyncObservabilityResource, ObservabilityResource
    from .organization import AsyncOrganizationResource, OrganizationResource
    from .presets import AsyncPresetsResource, PresetsResource
    from .private_endpoints import AsyncPrivateEndpointsResource, PrivateEndpointsResource
    from .providers import AsyncProvidersResource, ProvidersResource
    from .rerank import AsyncRerankResource, RerankResource
    from .responses import AsyncResponsesResource, ResponsesResource
    from .scim import AsyncScimResource, ScimResource
    from .stt import AsyncSttResource, SttResource
    from .system_one import AsyncSystemOneResource, SystemOneResource
    from .tools import AsyncToolsResource, ToolsResource
    from .tts import AsyncTtsResource, TtsResource
    from .vault import AsyncVaultResource, VaultResource
    from .video_generation import AsyncVideoGenerationResource, VideoGenerationResource
    from .workspaces import AsyncWorkspacesResource, WorkspacesResource

T = TypeVar("T")


class Operation(NamedTuple):
    """What a transport needs to know about an operation besides the request itself.

    (A named tuple: creating a dataclass costs about a millisecond of every process's start.)
    """

    id: str
    tag: str
    method: str
    path: str
    requires_auth: bool


class RequestOptions(TypedDict, total=False):
    """Per-call options accepted by every resource method."""

    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    # seconds, an httpx.Timeout, or (connect, read, write, pool) seconds
    timeout: (
        float | httpx.Timeout | tuple[float | None, float | None, float | None, float | None] | None
    )


class SyncTransport(Protocol):
    """Sends one operation's request and returns the parsed success body."""

    def request(
        self,
        operation: Operation,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        options: RequestOptions,
    ) -> T: ...


class AsyncTransport(Protocol):
    """The awaitable twin of `SyncTransport`."""

    async def request(
        self,
        operation: Operation,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        options: RequestOptions,
    ) -> T: ...


# operationId -> (tag package, method name on its resource)
OPERATIONS: dict[str, tuple[str, str]] = {
    "create_decision": ("alpha_decisions", "create"),
    "get_analytics_meta": ("analytics", "get_meta"),
    "list_analytics_activity": ("analytics", "list_activity"),
    "query_analytics": ("analytics", "query"),
    "create_message": ("anthropic_messages", "create"),
    "create_key": ("api_keys", "create"),
    "delete_key": ("api_keys", "delete"),
    "get_current_key": ("api_keys", "get_current"),
    "get_key": ("api_keys", "get"),
    "list_keys": ("api_keys", "list"),
    "update_key": ("api_keys", "update"),
    "create_batch": ("batch", "create"),
    "delete_batch": ("batch", "delete"),
    "get_batch": ("batch", "get"),
    "list_batches": ("batch", "list"),
    "list_benchmarks": ("benchmarks", "list"),
    "create_byok": ("byok", "create"),
    "delete_byok": ("byok", "delete"),
    "get_byok": ("byok", "get"),
    "list_byok": ("byok", "list"),
    "update_byok": ("byok", "update"),
    "create_chat_completion": ("chat", "create_completion"),
    "get_classification_task_shares": ("classifications", "get_task_shares"),
    "create_completion": ("completions", "create"),
    "download_container_file_content": ("containers", "download_file_content"),
    "get_container_file": ("containers", "get_file"),
    "list_container_files": ("containers", "list_files"),
    "promote_container_file": ("containers", "promote_file"),
    "create_credits_coinbase_charge": ("credits_", "create_coinbase_charge"),
    "get_credits": ("credits_", "get"),
    "get_dataset_app_rankings": ("datasets", "get_app_rankings"),
    "get_dataset_rankings_daily": ("datasets", "get_rankings_daily"),
    "get_dataset_session_cost": ("datasets", "get_session_cost"),
    "create_embeddings": ("embeddings", "create"),
    "list_embeddings_models": ("embeddings", "list_models"),
    "list_model_endpoints": ("endpoints", "list_model"),
    "list_zdr_endpoints": ("endpoints", "list_zdr"),
    "create_user": ("external_users", "create"),
    "delete_user": ("external_users", "delete"),
    "get_user": ("external_users", "get"),
    "list_users": ("external_users", "list"),
    "update_user": ("external_users", "update"),
    "delete_file": ("files", "delete"),
    "download_file_content": ("files", "download_content"),
    "get_file": ("files", "get"),
    "list_files": ("files", "list"),
    "upload_file": ("files", "upload"),
    "get_generation": ("generations", "get"),
    "get_generation_content": ("generations", "get_content"),
    "submit_generation_feedback": ("generations", "submit_feedback"),
    "assign_guardrail_keys": ("guardrails", "assign_keys"),
    "assign_guardrail_members": ("guardrails", "assign_members"),
    "create_guardrail": ("guardrails", "create"),
    "delete_guardrail": ("guardrails", "delete"),
    "get_guardrail": ("guardrails", "get"),
    "list_guardrail_key_assignments": ("guardrails", "list_key_assignments"),
    "list_guardrail_member_assignments": ("guardrails", "list_member_assignments"),
    "list_guardrails": ("guardrails", "list"),
    "list_guardrails_all_key_assignments": ("guardrails", "list_all_key_assignments"),
    "list_guardrails_all_member_assignments": ("guardrails", "list_all_member_assignments"),
    "unassign_guardrail_keys": ("guardrails", "unassign_keys"),
    "unassign_guardrail_members": ("guardrails", "unassign_members"),
    "update_guardrail": ("guardrails", "update"),
    "create_image": ("images", "create"),
    "list_image_model_endpoints": ("images", "list_model_endpoints"),
    "list_image_models": ("images", "list_models"),
    "count_models": ("models", "count"),
    "get_model": ("models", "get"),
    "list_models": ("models", "list"),
    "list_user_models": ("models", "list_user"),
    "create_auth_code": ("o_auth", "create_code"),
    "exchange_auth_code_for_key": ("o_auth", "exchange_code_for_key"),
    "exchange_auth_token": ("o_auth", "exchange_token"),
    "get_auth_jwks": ("o_auth", "get_jwks"),
    "create_observability_destination": ("observability", "create_destination"),
    "delete_observability_destination": ("observability", "delete_destination"),
    "get_observability_destination": ("observability", "get_destination"),
    "list_observability_destinations": ("observability", "list_destinations"),
    "update_observability_destination": ("observability", "update_destination"),
    "get_organization_settings": ("organization", "get_settings"),
    "list_organization_members": ("organization", "list_members"),
    "update_organization_settings": ("organization", "update_settings"),
    "create_preset_from_chat_completions": ("presets", "create_from_chat_completions"),
    "create_preset_from_messages": ("presets", "create_from_messages"),
    "create_preset_from_responses": ("presets", "create_from_responses"),
    "get_preset": ("presets", "get"),
    "get_preset_version": ("presets", "get_version"),
    "list_preset_versions": ("presets", "list_versions"),
    "list_presets": ("presets", "list"),
    "activate_endpoint": ("private_endpoints", "activate"),
    "create_endpoint": ("private_endpoints", "create"),
    "delete_endpoint": ("private_endpoints", "delete"),
    "disable_endpoint": ("private_endpoints", "disable"),
    "enable_endpoint": ("private_endpoints", "enable"),
    "get_endpoint": ("private_endpoints", "get"),
    "list_endpoints": ("private_endpoints", "list"),
    "set_endpoint_pricing": ("private_endpoints", "set_pricing"),
    "update_endpoint": ("private_endpoints", "update"),
    "validate_endpoint": ("private_endpoints", "validate"),
    "list_providers": ("providers", "list"),
    "create_rerank": ("rerank", "create"),
    "create_response": ("responses", "create"),
    "create_scim_group_mapping": ("scim", "create_group_mapping"),
    "create_scim_sync_job": ("scim", "create_sync_job"),
    "delete_scim_group_mapping": ("scim", "delete_group_mapping"),
    "get_scim_group_mapping": ("scim", "get_group_mapping"),
    "get_scim_sync_job": ("scim", "get_sync_job"),
    "list_scim_group_mappings": ("scim", "list_group_mappings"),
    "list_scim_groups": ("scim", "list_groups"),
    "update_scim_group_mapping": ("scim", "update_group_mapping"),
    "create_transcription": ("stt", "create_transcription"),
    "create_one": ("system_one", "create"),
    "get_tool": ("tools", "get"),
    "list_tools": ("tools", "list"),
    "create_speech": ("tts", "create_speech"),
    "copy_vault_secrets_to_intern": ("vault", "copy_secrets_to_intern"),
    "delete_vault_intern_secret": ("vault", "delete_intern_secret"),
    "delete_vault_secret": ("vault", "delete_secret"),
    "list_vault_intern_connections": ("vault", "list_intern_connections"),
    "list_vault_intern_effective_secrets": ("vault", "list_intern_effective_secrets"),
    "list_vault_intern_secrets": ("vault", "list_intern_secrets"),
    "list_vault_secrets": ("vault", "list_secrets"),
    "store_vault_intern_secret": ("vault", "store_intern_secret"),
    "store_vault_secret": ("vault", "store_secret"),
    "create_video": ("video_generation", "create"),
    "download_video_content": ("video_generation", "download_content"),
    "get_video": ("video_generation", "get"),
    "list_video_models": ("video_generation", "list_models"),
    "add_workspace_members": ("workspaces", "add_members"),
    "create_workspace": ("workspaces", "create"),
    "delete_workspace": ("workspaces", "delete"),
    "delete_workspace_budget": ("workspaces", "delete_budget"),
    "get_workspace": ("workspaces", "get"),
    "get_workspace_budget": ("workspaces", "get_budget"),
    "list_workspace_budgets": ("workspaces", "list_budgets"),
    "list_workspace_members": ("workspaces", "list_members"),
    "list_workspaces": ("workspaces", "list"),
    "remove_workspace_members": ("workspaces", "remove_members"),
    "set_workspace_budget": ("workspaces", "set_budget"),
    "update_workspace": ("workspaces", "update"),
}


class SyncResources:
    """One lazily created resource per tag, all sharing `self._transport`."""

    _transport: SyncTransport

    @cached_property
    def alpha_decisions(self) -> AlphaDecisionsResource:
        """Operations tagged "alpha_decisions"."""
        from .alpha_decisions import AlphaDecisionsResource

        return AlphaDecisionsResource(self._transport)

    @cached_property
    def analytics(self) -> AnalyticsResource:
        """Operations tagged "analytics"."""
        from .analytics import AnalyticsResource

        return AnalyticsResource(self._transport)

    @cached_property
    def anthropic_messages(self) -> AnthropicMessagesResource:
        """Operations tagged "anthropic_messages"."""
        from .anthropic_messages import AnthropicMessagesResource

        return AnthropicMessagesResource(self._transport)

    @cached_property
    def api_keys(self) -> ApiKeysResource:
        """Operations tagged "api_keys"."""
        from .api_keys import ApiKeysResource

        return ApiKeysResource(self._transport)

    @cached_property
    def batch(self) -> BatchResource:
        """Operations tagged "batch"."""
        from .batch import BatchResource

        return BatchResource(self._transport)

    @cached_property
    def benchmarks(self) -> BenchmarksResource:
        """Operations tagged "benchmarks"."""
        from .benchmarks import BenchmarksResource

        return BenchmarksResource(self._transport)

    @cached_property
    def byok(self) -> ByokResource:
        """Operations tagged "byok"."""
        from .byok import ByokResource

        return ByokResource(self._transport)

    @cached_property
    def chat(self) -> ChatResource:
        """Operations tagged "chat"."""
        from .chat import ChatResource

        return ChatResource(self._transport)

    @cached_property
    def classifications(self) -> ClassificationsResource:
        """Operations tagged "classifications"."""
        from .classifications import ClassificationsResource

        return ClassificationsResource(self._transport)

    @cached_property
    def completions(self) -> CompletionsResource:
        """Operations tagged "completions"."""
        from .completions import CompletionsResource

        return CompletionsResource(self._transport)

    @cached_property
    def containers(self) -> ContainersResource:
        """Operations tagged "containers"."""
        from .containers import ContainersResource

        return ContainersResource(self._transport)

    @cached_property
    def credits(self) -> CreditsResource:
        """Operations tagged "credits_"."""
        from .credits_ import CreditsResource

        return CreditsResource(self._transport)

    @cached_property
    def datasets(self) -> DatasetsResource:
        """Operations tagged "datasets"."""
        from .datasets import DatasetsResource

        return DatasetsResource(self._transport)

    @cached_property
    def embeddings(self) -> EmbeddingsResource:
        """Operations tagged "embeddings"."""
        from .embeddings import EmbeddingsResource

        return EmbeddingsResource(self._transport)

    @cached_property
    def endpoints(self) -> EndpointsResource:
        """Operations tagged "endpoints"."""
        from .endpoints import EndpointsResource

        return EndpointsResource(self._transport)

    @cached_property
    def external_users(self) -> ExternalUsersResource:
        """Operations tagged "external_users"."""
        from .external_users import ExternalUsersResource

        return ExternalUsersResource(self._transport)

    @cached_property
    def files(self) -> FilesResource:
        """Operations tagged "files"."""
        from .files import FilesResource

        return FilesResource(self._transport)

    @cached_property
    def generations(self) -> GenerationsResource:
        """Operations tagged "generations"."""
        from .generations import GenerationsResource

        return GenerationsResource(self._transport)

    @cached_property
    def guardrails(self) -> GuardrailsResource:
        """Operations tagged "guardrails"."""
        from .guardrails import GuardrailsResource

        return GuardrailsResource(self._transport)

    @cached_property
    def images(self) -> ImagesResource:
        """Operations tagged "images"."""
        from .images import ImagesResource

        return ImagesResource(self._transport)

    @cached_property
    def models(self) -> ModelsResource:
        """Operations tagged "models"."""
        from .models import ModelsResource

        return ModelsResource(self._transport)

    @cached_property
    def o_auth(self) -> OAuthResource:
        """Operations tagged "o_auth"."""
        from .o_auth import OAuthResource

        return OAuthResource(self._transport)

    @cached_property
    def observability(self) -> ObservabilityResource:
        """Operations tagged "observability"."""
        from .observability import ObservabilityResource

        return ObservabilityResource(self._transport)

    @cached_property
    def organization(self) -> OrganizationResource:
        """Operations tagged "organization"."""
        from .organization import OrganizationResource

        return OrganizationResource(self._transport)

    @cached_property
    def presets(self) -> PresetsResource:
        """Operations tagged "presets"."""
        from .presets import PresetsResource

        return PresetsResource(self._transport)

    @cached_property
    def private_endpoints(self) -> PrivateEndpointsResource:
        """Operations tagged "private_endpoints"."""
        from .private_endpoints import PrivateEndpointsResource

        return PrivateEndpointsResource(self._transport)

    @cached_property
    def providers(self) -> ProvidersResource:
        """Operations tagged "providers"."""
        from .providers import ProvidersResource

        return ProvidersResource(self._transport)

    @cached_property
    def rerank(self) -> RerankResource:
        """Operations tagged "rerank"."""
        from .rerank import RerankResource

        return RerankResource(self._transport)

    @cached_property
    def responses(self) -> ResponsesResource:
        """Operations tagged "responses"."""
        from .responses import ResponsesResource

        return ResponsesResource(self._transport)

    @cached_property
    def scim(self) -> ScimResource:
        """Operations tagged "scim"."""
        from .scim import ScimResource

        return ScimResource(self._transport)

    @cached_property
    def stt(self) -> SttResource:
        """Operations tagged "stt"."""
        from .stt import SttResource

        return SttResource(self._transport)

    @cached_property
    def system_one(self) -> SystemOneResource:
        """Operations tagged "system_one"."""
        from .system_one import SystemOneResource

        return SystemOneResource(self._transport)

    @cached_property
    def tools(self) -> ToolsResource:
        """Operations tagged "tools"."""
        from .tools import ToolsResource

        return ToolsResource(self._transport)

    @cached_property
    def tts(self) -> TtsResource:
        """Operations tagged "tts"."""
        from .tts import TtsResource

        return TtsResource(self._transport)

    @cached_property
    def vault(self) -> VaultResource:
        """Operations tagged "vault"."""
        from .vault import VaultResource

        return VaultResource(self._transport)

    @cached_property
    def video_generation(self) -> VideoGenerationResource:
        """Operations tagged "video_generation"."""
        from .video_generation import VideoGenerationResource

        return VideoGenerationResource(self._transport)

    @cached_property
    def workspaces(self) -> WorkspacesResource:
        """Operations tagged "workspaces"."""
        from .workspaces import WorkspacesResource

        return WorkspacesResource(self._transport)


class AsyncResources:
    """One lazily created async resource per tag, all sharing `self._transport`."""

    _transport: AsyncTransport

    @cached_property
    def alpha_decisions(self) -> AsyncAlphaDecisionsResource:
        """Operations tagged "alpha_decisions"."""
        from .alpha_decisions import AsyncAlphaDecisionsResource

        return AsyncAlphaDecisionsResource(self._transport)

    @cached_property
    def analytics(self) -> AsyncAnalyticsResource:
        """Operations tagged "analytics"."""
        from .analytics import AsyncAnalyticsResource

        return AsyncAnalyticsResource(self._transport)

    @cached_property
    def anthropic_messages(self) -> AsyncAnthropicMessagesResource:
        """Operations tagged "anthropic_messages"."""
        from .anthropic_messages import AsyncAnthropicMessagesResource

        return AsyncAnthropicMessagesResource(self._transport)

    @cached_property
    def api_keys(self) -> AsyncApiKeysResource:
        """Operations tagged "api_keys"."""
        from .api_keys import AsyncApiKeysResource

        return AsyncApiKeysResource(self._transport)

    @cached_property
    def batch(self) -> AsyncBatchResource:
        """Operations tagged "batch"."""
        from .batch import AsyncBatchResource

        return AsyncBatchResource(self._transport)

    @cached_property
    def benchmarks(self) -> AsyncBenchmarksResource:
        """Operations tagged "benchmarks"."""
        from .benchmarks import AsyncBenchmarksResource

        return AsyncBenchmarksResource(self._transport)

    @cached_property
    def byok(self) -> AsyncByokResource:
        """Operations tagged "byok"."""
        from .byok import AsyncByokResource

        return AsyncByokResource(self._transport)

    @cached_property
    def chat(self) -> AsyncChatResource:
        """Operations tagged "chat"."""
        from .chat import AsyncChatResource

        return AsyncChatResource(self._transport)

    @cached_property
    def classifications(self) -> AsyncClassificationsResource:
        """Operations tagged "classifications"."""
        from .classifications import AsyncClassificationsResource

        return AsyncClassificationsResource(self._transport)

    @cached_property
    def completions(self) -> AsyncCompletionsResource:
        """Operations tagged "completions"."""
        from .completions import AsyncCompletionsResource

        return AsyncCompletionsResource(self._transport)

    @cached_property
    def containers(self) -> AsyncContainersResource:
        """Operations tagged "containers"."""
        from .containers import AsyncContainersResource

        return AsyncContainersResource(self._transport)

    @cached_property
    def credits(self) -> AsyncCreditsResource:
        """Operations tagged "credits_"."""
        from .credits_ import AsyncCreditsResource

        return AsyncCreditsResource(self._transport)

    @cached_property
    def datasets(self) -> AsyncDatasetsResource:
        """Operations tagged "datasets"."""
        from .datasets import AsyncDatasetsResource

        return AsyncDatasetsResource(self._transport)

    @cached_property
    def embeddings(self) -> AsyncEmbeddingsResource:
        """Operations tagged "embeddings"."""
        from .embeddings import AsyncEmbeddingsResource

        return AsyncEmbeddingsResource(self._transport)

    @cached_property
    def endpoints(self) -> AsyncEndpointsResource:
        """Operations tagged "endpoints"."""
        from .endpoints import AsyncEndpointsResource

        return AsyncEndpointsResource(self._transport)

    @cached_property
    def external_users(self) -> AsyncExternalUsersResource:
        """Operations tagged "external_users"."""
        from .external_users import AsyncExternalUsersResource

        return AsyncExternalUsersResource(self._transport)

    @cached_property
    def files(self) -> AsyncFilesResource:
        """Operations tagged "files"."""
        from .files import AsyncFilesResource

        return AsyncFilesResource(self._transport)

    @cached_property
    def generations(self) -> AsyncGenerationsResource:
        """Operations tagged "generations"."""
        from .generations import AsyncGenerationsResource

        return AsyncGenerationsResource(self._transport)

    @cached_property
    def guardrails(self) -> AsyncGuardrailsResource:
        """Operations tagged "guardrails"."""
        from .guardrails import AsyncGuardrailsResource

        return AsyncGuardrailsResource(self._transport)

    @cached_property
    def images(self) -> AsyncImagesResource:
        """Operations tagged "images"."""
        from .images import AsyncImagesResource

        return AsyncImagesResource(self._transport)

    @cached_property
    def models(self) -> AsyncModelsResource:
        """Operations tagged "models"."""
        from .models import AsyncModelsResource

        return AsyncModelsResource(self._transport)

    @cached_property
    def o_auth(self) -> AsyncOAuthResource:
        """Operations tagged "o_auth"."""
        from .o_auth import AsyncOAuthResource

        return AsyncOAuthResource(self._transport)

    @cached_property
    def observability(self) -> AsyncObservabilityResource:
        """Operations tagged "observability"."""
        from .observability import AsyncObservabilityResource

        return AsyncObservabilityResource(self._transport)

    @cached_property
    def organization(self) -> AsyncOrganizationResource:
        """Operations tagged "organization"."""
        from .organization import AsyncOrganizationResource

        return AsyncOrganizationResource(self._transport)

    @cached_property
    def presets(self) -> AsyncPresetsResource:
        """Operations tagged "presets"."""
        from .presets import AsyncPresetsResource

        return AsyncPresetsResource(self._transport)

    @cached_property
    def private_endpoints(self) -> AsyncPrivateEndpointsResource:
        """Operations tagged "private_endpoints"."""
        from .private_endpoints import AsyncPrivateEndpointsResource

        return AsyncPrivateEndpointsResource(self._transport)

    @cached_property
    def providers(self) -> AsyncProvidersResource:
        """Operations tagged "providers"."""
        from .providers import AsyncProvidersResource

        return AsyncProvidersResource(self._transport)

    @cached_property
    def rerank(self) -> AsyncRerankResource:
        """Operations tagged "rerank"."""
        from .rerank import AsyncRerankResource

        return AsyncRerankResource(self._transport)

    @cached_property
    def responses(self) -> AsyncResponsesResource:
        """Operations tagged "responses"."""
        from .responses import AsyncResponsesResource

        return AsyncResponsesResource(self._transport)

    @cached_property
    def scim(self) -> AsyncScimResource:
        """Operations tagged "scim"."""
        from .scim import AsyncScimResource

        return AsyncScimResource(self._transport)

    @cached_property
    def stt(self) -> AsyncSttResource:
        """Operations tagged "stt"."""
        from .stt import AsyncSttResource

        return AsyncSttResource(self._transport)

    @cached_property
    def system_one(self) -> AsyncSystemOneResource:
        """Operations tagged "system_one"."""
        from .system_one import AsyncSystemOneResource

        return AsyncSystemOneResource(self._transport)

    @cached_property
    def tools(self) -> AsyncToolsResource:
        """Operations tagged "tools"."""
        from .tools import AsyncToolsResource

        return AsyncToolsResource(self._transport)

    @cached_property
    def tts(self) -> AsyncTtsResource:
        """Operations tagged "tts"."""
        from .tts import AsyncTtsResource

        return AsyncTtsResource(self._transport)

    @cached_property
    def vault(self) -> AsyncVaultResource:
        """Operations tagged "vault"."""
        from .vault import AsyncVaultResource

        return AsyncVaultResource(self._transport)

    @cached_property
    def video_generation(self) -> AsyncVideoGenerationResource:
        """Operations tagged "video_generation"."""
        from .video_generation import AsyncVideoGenerationResource

        return AsyncVideoGenerationResource(self._transport)

    @cached_property
    def workspaces(self) -> AsyncWorkspacesResource:
        """Operations tagged "workspaces"."""
        from .workspaces import AsyncWorkspacesResource

        return AsyncWorkspacesResource(self._transport)
