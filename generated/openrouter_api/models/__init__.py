"""The data models, loaded lazily: a model module is imported the first time its name is used."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activity_group_by import ActivityGroupBy
    from .activity_item import ActivityItem
    from .activity_list_response import ActivityListResponse
    from .add_workspace_members_request import AddWorkspaceMembersRequest
    from .add_workspace_members_response import AddWorkspaceMembersResponse
    from .analytics_classifier_dimensions import AnalyticsClassifierDimensions
    from .analytics_classifier_filter import AnalyticsClassifierFilter
    from .analytics_classifier_filters import AnalyticsClassifierFilters
    from .analytics_dimension import AnalyticsDimension
    from .analytics_filter import AnalyticsFilter
    from .analytics_granularity import AnalyticsGranularity
    from .analytics_granularity_known import AnalyticsGranularityKnown
    from .analytics_meta import AnalyticsMeta
    from .analytics_meta_response import AnalyticsMetaResponse
    from .analytics_metric import AnalyticsMetric
    from .analytics_metric_format_known import AnalyticsMetricFormatKnown
    from .analytics_operator import AnalyticsOperator
    from .analytics_operator_known import AnalyticsOperatorKnown
    from .analytics_operator_value_type_known import AnalyticsOperatorValueTypeKnown
    from .analytics_order_by import AnalyticsOrderBy
    from .analytics_order_direction import AnalyticsOrderDirection
    from .analytics_query_metadata import AnalyticsQueryMetadata
    from .analytics_query_request import AnalyticsQueryRequest
    from .analytics_query_response import AnalyticsQueryResponse
    from .analytics_query_result import AnalyticsQueryResult
    from .analytics_query_row import AnalyticsQueryRow
    from .analytics_time_range import AnalyticsTimeRange
    from .anthropic_base_64_image_source import AnthropicBase64ImageSource
    from .anthropic_base_64_image_source_media_type_known import (
        AnthropicBase64ImageSourceMediaTypeKnown,
    )
    from .anthropic_base_64_pdf_source import AnthropicBase64PdfSource
    from .anthropic_bash_tool import AnthropicBashTool
    from .anthropic_cache_creation import AnthropicCacheCreation
    from .anthropic_container import AnthropicContainer
    from .anthropic_container_skills_type_0_item import AnthropicContainerSkillsType0Item
    from .anthropic_content_source import AnthropicContentSource
    from .anthropic_context_management import AnthropicContextManagement
    from .anthropic_context_management_edits_item import AnthropicContextManagementEditsItem
    from .anthropic_custom_tool import AnthropicCustomTool
    from .anthropic_custom_tool_input_schema import AnthropicCustomToolInputSchema
    from .anthropic_document_block_param import AnthropicDocumentBlockParam
    from .anthropic_document_block_param_citations_type_0 import (
        AnthropicDocumentBlockParamCitationsType0,
    )
    from .anthropic_fallback_model import AnthropicFallbackModel
    from .anthropic_file_source import AnthropicFileSource
    from .anthropic_image_block_param import AnthropicImageBlockParam
    from .anthropic_input_message import AnthropicInputMessage
    from .anthropic_input_message_role import AnthropicInputMessageRole
    from .anthropic_message import AnthropicMessage
    from .anthropic_message_context_management_type_0 import AnthropicMessageContextManagementType0
    from .anthropic_other_block_param import AnthropicOtherBlockParam
    from .anthropic_output_config import AnthropicOutputConfig
    from .anthropic_output_config_effort_known import AnthropicOutputConfigEffortKnown
    from .anthropic_output_format import AnthropicOutputFormat
    from .anthropic_output_format_schema import AnthropicOutputFormatSchema
    from .anthropic_output_tokens_details import AnthropicOutputTokensDetails
    from .anthropic_plain_text_source import AnthropicPlainTextSource
    from .anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock
    from .anthropic_redacted_thinking_block_param import AnthropicRedactedThinkingBlockParam
    from .anthropic_request_metadata import AnthropicRequestMetadata
    from .anthropic_server_tool_usage import AnthropicServerToolUsage
    from .anthropic_server_tool_use_block import AnthropicServerToolUseBlock
    from .anthropic_server_tool_use_block_caller_type_0 import (
        AnthropicServerToolUseBlockCallerType0,
    )
    from .anthropic_stop_details import AnthropicStopDetails
    from .anthropic_stop_reason_known import AnthropicStopReasonKnown
    from .anthropic_task_budget import AnthropicTaskBudget
    from .anthropic_text_block import AnthropicTextBlock
    from .anthropic_text_block_citations_type_0_item import AnthropicTextBlockCitationsType0Item
    from .anthropic_text_block_param import AnthropicTextBlockParam
    from .anthropic_text_block_param_citations_type_0_item import (
        AnthropicTextBlockParamCitationsType0Item,
    )
    from .anthropic_text_editor_tool import AnthropicTextEditorTool
    from .anthropic_thinking_adaptive import AnthropicThinkingAdaptive
    from .anthropic_thinking_adaptive_display_known import AnthropicThinkingAdaptiveDisplayKnown
    from .anthropic_thinking_block import AnthropicThinkingBlock
    from .anthropic_thinking_block_param import AnthropicThinkingBlockParam
    from .anthropic_thinking_disabled import AnthropicThinkingDisabled
    from .anthropic_thinking_enabled import AnthropicThinkingEnabled
    from .anthropic_thinking_enabled_display_known import AnthropicThinkingEnabledDisplayKnown
    from .anthropic_tool_choice_any import AnthropicToolChoiceAny
    from .anthropic_tool_choice_auto import AnthropicToolChoiceAuto
    from .anthropic_tool_choice_none import AnthropicToolChoiceNone
    from .anthropic_tool_choice_tool import AnthropicToolChoiceTool
    from .anthropic_tool_result_block_param import AnthropicToolResultBlockParam
    from .anthropic_tool_use_block import AnthropicToolUseBlock
    from .anthropic_tool_use_block_caller_type_0 import AnthropicToolUseBlockCallerType0
    from .anthropic_tool_use_block_param import AnthropicToolUseBlockParam
    from .anthropic_unknown_block import AnthropicUnknownBlock
    from .anthropic_url_source import AnthropicUrlSource
    from .anthropic_usage import AnthropicUsage
    from .anthropic_usage_iterations_item import AnthropicUsageIterationsItem
    from .anthropic_web_search_tool import AnthropicWebSearchTool
    from .anthropic_web_search_tool_type import AnthropicWebSearchToolType
    from .api_key import ApiKey
    from .api_key_external_identity import ApiKeyExternalIdentity
    from .api_key_limit_reset import ApiKeyLimitReset
    from .api_key_list_response import ApiKeyListResponse
    from .api_key_response import ApiKeyResponse
    from .app_ranking import AppRanking
    from .app_ranking_category import AppRankingCategory
    from .app_ranking_sort import AppRankingSort
    from .app_ranking_subcategory import AppRankingSubcategory
    from .app_rankings_response import AppRankingsResponse
    from .artificial_analysis_benchmark import ArtificialAnalysisBenchmark
    from .assistant_message import AssistantMessage
    from .audio_data_collection import AudioDataCollection
    from .audio_provider_preferences import AudioProviderPreferences
    from .auth_code import AuthCode
    from .auth_code_usage_limit_type import AuthCodeUsageLimitType
    from .auto_beta_router_plugin import AutoBetaRouterPlugin
    from .auto_router_cost_tier_known import AutoRouterCostTierKnown
    from .auto_router_plugin import AutoRouterPlugin
    from .batch import Batch
    from .batch_completion_window import BatchCompletionWindow
    from .batch_deletion import BatchDeletion
    from .batch_deletion_outcome_known import BatchDeletionOutcomeKnown
    from .batch_deletion_targets import BatchDeletionTargets
    from .batch_endpoint import BatchEndpoint
    from .batch_failure import BatchFailure
    from .batch_list import BatchList
    from .batch_provider_preferences import BatchProviderPreferences
    from .batch_request_body import BatchRequestBody
    from .batch_request_counts import BatchRequestCounts
    from .batch_request_item import BatchRequestItem
    from .batch_response_body import BatchResponseBody
    from .batch_result import BatchResult
    from .batch_result_error import BatchResultError
    from .batch_result_response import BatchResultResponse
    from .batch_status_filter import BatchStatusFilter
    from .batch_status_known import BatchStatusKnown
    from .batch_summary import BatchSummary
    from .batch_upstream_deletion import BatchUpstreamDeletion
    from .benchmark_arena import BenchmarkArena
    from .benchmark_pricing import BenchmarkPricing
    from .benchmark_search_surface import BenchmarkSearchSurface
    from .benchmark_source import BenchmarkSource
    from .benchmark_task_type import BenchmarkTaskType
    from .benchmark_type import BenchmarkType
    from .benchmarks_meta import BenchmarksMeta
    from .benchmarks_response import BenchmarksResponse
    from .byok_key import ByokKey
    from .byok_key_list_response import ByokKeyListResponse
    from .byok_key_response import ByokKeyResponse
    from .byok_provider_known import ByokProviderKnown
    from .byok_region_known import ByokRegionKnown
    from .cache_control import CacheControl
    from .cache_control_ttl_known import CacheControlTtlKnown
    from .chat_audio_output import ChatAudioOutput
    from .chat_completion import ChatCompletion
    from .chat_completion_choice import ChatCompletionChoice
    from .chat_completion_chunk import ChatCompletionChunk
    from .chat_completion_chunk_choice import ChatCompletionChunkChoice
    from .chat_completion_chunk_debug import ChatCompletionChunkDebug
    from .chat_completion_delta import ChatCompletionDelta
    from .chat_completion_error import ChatCompletionError
    from .chat_completion_error_metadata import ChatCompletionErrorMetadata
    from .chat_completion_message import ChatCompletionMessage
    from .chat_completion_request import ChatCompletionRequest
    from .chat_completion_request_verbosity_known import ChatCompletionRequestVerbosityKnown
    from .chat_completion_tokens_details import ChatCompletionTokensDetails
    from .chat_debug_options import ChatDebugOptions
    from .chat_finish_reason_known import ChatFinishReasonKnown
    from .chat_generated_image import ChatGeneratedImage
    from .chat_generated_image_url import ChatGeneratedImageUrl
    from .chat_logprobs import ChatLogprobs
    from .chat_named_tool_choice import ChatNamedToolChoice
    from .chat_named_tool_choice_function import ChatNamedToolChoiceFunction
    from .chat_output_modality_known import ChatOutputModalityKnown
    from .chat_prompt_tokens_details import ChatPromptTokensDetails
    from .chat_route_mode_known import ChatRouteModeKnown
    from .chat_server_tool import ChatServerTool
    from .chat_server_tool_choice import ChatServerToolChoice
    from .chat_service_tier_known import ChatServiceTierKnown
    from .chat_stream_options import ChatStreamOptions
    from .chat_token_logprob import ChatTokenLogprob
    from .chat_tool_call import ChatToolCall
    from .chat_tool_call_delta import ChatToolCallDelta
    from .chat_tool_call_delta_function import ChatToolCallDeltaFunction
    from .chat_tool_call_function import ChatToolCallFunction
    from .chat_tool_choice_mode import ChatToolChoiceMode
    from .chat_top_logprob import ChatTopLogprob
    from .chat_usage import ChatUsage
    from .chat_usage_options import ChatUsageOptions
    from .configuration_update import ConfigurationUpdate
    from .configuration_update_reasoning import ConfigurationUpdateReasoning
    from .container_file import ContainerFile
    from .container_file_list import ContainerFileList
    from .container_file_source_known import ContainerFileSourceKnown
    from .context_compression_plugin import ContextCompressionPlugin
    from .context_compression_plugin_engine_known import ContextCompressionPluginEngineKnown
    from .cost_details import CostDetails
    from .create_api_key_request import CreateApiKeyRequest
    from .create_api_key_response import CreateApiKeyResponse
    from .create_auth_code_request import CreateAuthCodeRequest
    from .create_auth_code_response import CreateAuthCodeResponse
    from .create_batch_request import CreateBatchRequest
    from .create_byok_key_request import CreateByokKeyRequest
    from .create_chat_completion_x_open_router_cache import CreateChatCompletionXOpenRouterCache
    from .create_completion_request import CreateCompletionRequest
    from .create_completion_request_logit_bias import CreateCompletionRequestLogitBias
    from .create_completion_request_metadata import CreateCompletionRequestMetadata
    from .create_completion_request_response_format import CreateCompletionRequestResponseFormat
    from .create_completion_request_stream_options import CreateCompletionRequestStreamOptions
    from .create_embeddings_request import CreateEmbeddingsRequest
    from .create_embeddings_request_encoding_format_known import (
        CreateEmbeddingsRequestEncodingFormatKnown,
    )
    from .create_external_user_request import CreateExternalUserRequest
    from .create_guardrail_request import CreateGuardrailRequest
    from .create_image_request import CreateImageRequest
    from .create_message_request import CreateMessageRequest
    from .create_message_request_speed_known import CreateMessageRequestSpeedKnown
    from .create_observability_destination_request import CreateObservabilityDestinationRequest
    from .create_private_endpoint_request import CreatePrivateEndpointRequest
    from .create_rerank_request import CreateRerankRequest
    from .create_response_request import CreateResponseRequest
    from .create_response_request_include_item_known import CreateResponseRequestIncludeItemKnown
    from .create_response_request_modalities_item_known import (
        CreateResponseRequestModalitiesItemKnown,
    )
    from .create_response_request_service_tier_known import CreateResponseRequestServiceTierKnown
    from .create_response_request_truncation_known import CreateResponseRequestTruncationKnown
    from .create_scim_group_mapping_request import CreateScimGroupMappingRequest
    from .create_speech_request import CreateSpeechRequest
    from .create_video_request import CreateVideoRequest
    from .create_workspace_request import CreateWorkspaceRequest
    from .credits_ import Credits
    from .credits_response import CreditsResponse
    from .current_key import CurrentKey
    from .current_key_budget import CurrentKeyBudget
    from .current_key_free_model_requests import CurrentKeyFreeModelRequests
    from .current_key_rate_limit import CurrentKeyRateLimit
    from .current_key_response import CurrentKeyResponse
    from .daily_model_tokens import DailyModelTokens
    from .data_region_known import DataRegionKnown
    from .dataset_version_known import DatasetVersionKnown
    from .decisions_answers import DecisionsAnswers
    from .decisions_box import DecisionsBox
    from .decisions_box_answer import DecisionsBoxAnswer
    from .decisions_box_question import DecisionsBoxQuestion
    from .decisions_choice_answer import DecisionsChoiceAnswer
    from .decisions_choice_criteria import DecisionsChoiceCriteria
    from .decisions_choice_question import DecisionsChoiceQuestion
    from .decisions_noul_answer import DecisionsNoulAnswer
    from .decisions_noul_criteria import DecisionsNoulCriteria
    from .decisions_noul_question import DecisionsNoulQuestion
    from .decisions_probabilities import DecisionsProbabilities
    from .decisions_questions import DecisionsQuestions
    from .decisions_request import DecisionsRequest
    from .decisions_response import DecisionsResponse
    from .decisions_score_answer import DecisionsScoreAnswer
    from .decisions_score_legend import DecisionsScoreLegend
    from .decisions_score_question import DecisionsScoreQuestion
    from .decisions_usage import DecisionsUsage
    from .deferred_bm_25_search import DeferredBm25Search
    from .deferred_custom_search import DeferredCustomSearch
    from .deferred_regex_search import DeferredRegexSearch
    from .deferred_tools_control import DeferredToolsControl
    from .delete_api_key_response import DeleteApiKeyResponse
    from .delete_byok_key_response import DeleteByokKeyResponse
    from .delete_guardrail_response import DeleteGuardrailResponse
    from .delete_observability_destination_response import DeleteObservabilityDestinationResponse
    from .delete_private_endpoint_response import DeletePrivateEndpointResponse
    from .delete_scim_group_mapping_response import DeleteScimGroupMappingResponse
    from .delete_workspace_budget_response import DeleteWorkspaceBudgetResponse
    from .delete_workspace_response import DeleteWorkspaceResponse
    from .deleted_private_endpoint import DeletedPrivateEndpoint
    from .design_arena_benchmark import DesignArenaBenchmark
    from .design_arena_tournament_stats import DesignArenaTournamentStats
    from .developer_message import DeveloperMessage
    from .embedding_image_url import EmbeddingImageUrl
    from .embedding_image_url_part import EmbeddingImageUrlPart
    from .embedding_input_audio_part import EmbeddingInputAudioPart
    from .embedding_input_file_part import EmbeddingInputFilePart
    from .embedding_input_video_part import EmbeddingInputVideoPart
    from .embedding_media_data import EmbeddingMediaData
    from .embedding_multimodal_input import EmbeddingMultimodalInput
    from .embedding_object import EmbeddingObject
    from .embedding_text_part import EmbeddingTextPart
    from .embeddings_prompt_tokens_details import EmbeddingsPromptTokensDetails
    from .embeddings_response import EmbeddingsResponse
    from .embeddings_usage import EmbeddingsUsage
    from .error_availability import ErrorAvailability
    from .error_availability_constraint import ErrorAvailabilityConstraint
    from .error_detail import ErrorDetail
    from .error_metadata import ErrorMetadata
    from .error_response import ErrorResponse
    from .exchange_auth_code_request import ExchangeAuthCodeRequest
    from .exchange_auth_code_response import ExchangeAuthCodeResponse
    from .external_user import ExternalUser
    from .external_user_list_response import ExternalUserListResponse
    from .external_user_response import ExternalUserResponse
    from .file_annotation import FileAnnotation
    from .file_annotation_content import FileAnnotationContent
    from .file_annotation_file import FileAnnotationFile
    from .file_content_part import FileContentPart
    from .file_deletion_anthropic import FileDeletionAnthropic
    from .file_deletion_open_ai import FileDeletionOpenAI
    from .file_deletion_open_router import FileDeletionOpenRouter
    from .file_input import FileInput
    from .file_list_anthropic import FileListAnthropic
    from .file_list_open_ai import FileListOpenAI
    from .file_list_open_router import FileListOpenRouter
    from .file_list_order import FileListOrder
    from .file_parser_plugin import FileParserPlugin
    from .file_storage_provider import FileStorageProvider
    from .file_upload import FileUpload
    from .function_definition import FunctionDefinition
    from .function_tool import FunctionTool
    from .fusion_plugin import FusionPlugin
    from .fusion_plugin_preset_known import FusionPluginPresetKnown
    from .fusion_tool import FusionTool
    from .generated_image import GeneratedImage
    from .generation import Generation
    from .generation_api_type_known import GenerationApiTypeKnown
    from .generation_content import GenerationContent
    from .generation_content_error import GenerationContentError
    from .generation_content_error_attempt import GenerationContentErrorAttempt
    from .generation_content_messages_input import GenerationContentMessagesInput
    from .generation_content_output import GenerationContentOutput
    from .generation_content_prompt_input import GenerationContentPromptInput
    from .generation_content_response import GenerationContentResponse
    from .generation_feedback_category import GenerationFeedbackCategory
    from .generation_feedback_request import GenerationFeedbackRequest
    from .generation_feedback_response import GenerationFeedbackResponse
    from .generation_feedback_result import GenerationFeedbackResult
    from .generation_provider_response import GenerationProviderResponse
    from .generation_response import GenerationResponse
    from .generic_plugin import GenericPlugin
    from .guardrail import Guardrail
    from .guardrail_assign_result import GuardrailAssignResult
    from .guardrail_builtin_filter import GuardrailBuiltinFilter
    from .guardrail_builtin_filter_slug_known import GuardrailBuiltinFilterSlugKnown
    from .guardrail_custom_filter import GuardrailCustomFilter
    from .guardrail_data_region_known import GuardrailDataRegionKnown
    from .guardrail_filter_action_known import GuardrailFilterActionKnown
    from .guardrail_key_assignment import GuardrailKeyAssignment
    from .guardrail_key_assignment_list_response import GuardrailKeyAssignmentListResponse
    from .guardrail_keys_request import GuardrailKeysRequest
    from .guardrail_list_response import GuardrailListResponse
    from .guardrail_member_assignment import GuardrailMemberAssignment
    from .guardrail_member_assignment_list_response import GuardrailMemberAssignmentListResponse
    from .guardrail_members_request import GuardrailMembersRequest
    from .guardrail_reset_interval_known import GuardrailResetIntervalKnown
    from .guardrail_response import GuardrailResponse
    from .guardrail_scan_scope_known import GuardrailScanScopeKnown
    from .guardrail_unassign_result import GuardrailUnassignResult
    from .image_aspect_ratio import ImageAspectRatio
    from .image_background import ImageBackground
    from .image_billable_known import ImageBillableKnown
    from .image_completed_event import ImageCompletedEvent
    from .image_config import ImageConfig
    from .image_generation import ImageGeneration
    from .image_input_modality_known import ImageInputModalityKnown
    from .image_model import ImageModel
    from .image_model_architecture import ImageModelArchitecture
    from .image_model_endpoint import ImageModelEndpoint
    from .image_model_endpoint_list import ImageModelEndpointList
    from .image_model_list import ImageModelList
    from .image_output_format import ImageOutputFormat
    from .image_output_modality_known import ImageOutputModalityKnown
    from .image_parameter_boolean import ImageParameterBoolean
    from .image_parameter_enum import ImageParameterEnum
    from .image_parameter_range import ImageParameterRange
    from .image_partial_image_event import ImagePartialImageEvent
    from .image_pricing_entry import ImagePricingEntry
    from .image_pricing_unit_known import ImagePricingUnitKnown
    from .image_provider_preferences import ImageProviderPreferences
    from .image_provider_sort_by import ImageProviderSortBy
    from .image_provider_sort_config import ImageProviderSortConfig
    from .image_provider_sort_partition import ImageProviderSortPartition
    from .image_quality import ImageQuality
    from .image_resolution import ImageResolution
    from .image_stream_error import ImageStreamError
    from .image_stream_error_event import ImageStreamErrorEvent
    from .image_supported_parameters import ImageSupportedParameters
    from .image_text_chunk_event import ImageTextChunkEvent
    from .image_text_phase_known import ImageTextPhaseKnown
    from .image_url import ImageUrl
    from .image_url_content_part import ImageUrlContentPart
    from .image_url_detail_known import ImageUrlDetailKnown
    from .inference_error_type_known import InferenceErrorTypeKnown
    from .inference_usage import InferenceUsage
    from .inference_usage_cache_creation import InferenceUsageCacheCreation
    from .inference_usage_completion_details import InferenceUsageCompletionDetails
    from .inference_usage_iteration import InferenceUsageIteration
    from .inference_usage_prompt_details import InferenceUsagePromptDetails
    from .inference_usage_server_tool_use import InferenceUsageServerToolUse
    from .input_audio import InputAudio
    from .input_audio_content_part import InputAudioContentPart
    from .input_video_content_part import InputVideoContentPart
    from .intern_connection import InternConnection
    from .intern_connection_list_response import InternConnectionListResponse
    from .json_schema_format import JsonSchemaFormat
    from .list_models_distillable import ListModelsDistillable
    from .list_models_region import ListModelsRegion
    from .list_models_use_rss import ListModelsUseRss
    from .list_models_use_rss_chat_links import ListModelsUseRssChatLinks
    from .list_models_zdr import ListModelsZdr
    from .logit_bias import LogitBias
    from .managed_private_endpoint import ManagedPrivateEndpoint
    from .managed_private_endpoint_response import ManagedPrivateEndpointResponse
    from .max_price import MaxPrice
    from .media_provider_option_set import MediaProviderOptionSet
    from .media_provider_options import MediaProviderOptions
    from .message_stream_delta import MessageStreamDelta
    from .message_stream_delta_citation import MessageStreamDeltaCitation
    from .message_stream_event import MessageStreamEvent
    from .message_stream_event_error import MessageStreamEventError
    from .message_stream_event_usage import MessageStreamEventUsage
    from .metadata_level import MetadataLevel
    from .model import Model
    from .model_alias_target import ModelAliasTarget
    from .model_architecture import ModelArchitecture
    from .model_artificial_analysis_scores import ModelArtificialAnalysisScores
    from .model_benchmarks import ModelBenchmarks
    from .model_category import ModelCategory
    from .model_count import ModelCount
    from .model_count_response import ModelCountResponse
    from .model_default_parameters import ModelDefaultParameters
    from .model_design_arena_entry import ModelDesignArenaEntry
    from .model_endpoint import ModelEndpoint
    from .model_endpoint_native_tool import ModelEndpointNativeTool
    from .model_endpoint_native_tools import ModelEndpointNativeTools
    from .model_endpoint_tool_choice_support import ModelEndpointToolChoiceSupport
    from .model_endpoint_workload_performance import ModelEndpointWorkloadPerformance
    from .model_endpoint_workload_stats import ModelEndpointWorkloadStats
    from .model_endpoints import ModelEndpoints
    from .model_endpoints_response import ModelEndpointsResponse
    from .model_input_modality_known import ModelInputModalityKnown
    from .model_instruct_type_known import ModelInstructTypeKnown
    from .model_links import ModelLinks
    from .model_list_links import ModelListLinks
    from .model_list_response import ModelListResponse
    from .model_list_sort import ModelListSort
    from .model_output_modality_known import ModelOutputModalityKnown
    from .model_parameter_known import ModelParameterKnown
    from .model_per_request_limits import ModelPerRequestLimits
    from .model_pricing import ModelPricing
    from .model_pricing_override import ModelPricingOverride
    from .model_reasoning import ModelReasoning
    from .model_response import ModelResponse
    from .model_tokenizer_known import ModelTokenizerKnown
    from .model_top_provider import ModelTopProvider
    from .moderation_plugin import ModerationPlugin
    from .o_auth_code_challenge_method import OAuthCodeChallengeMethod
    from .o_auth_error import OAuthError
    from .o_auth_error_code_known import OAuthErrorCodeKnown
    from .o_auth_grant_type import OAuthGrantType
    from .o_auth_jwk import OAuthJwk
    from .o_auth_jwk_set import OAuthJwkSet
    from .o_auth_requested_token_type import OAuthRequestedTokenType
    from .o_auth_subject_token_type import OAuthSubjectTokenType
    from .o_auth_token_request import OAuthTokenRequest
    from .o_auth_token_response import OAuthTokenResponse
    from .o_auth_token_scope import OAuthTokenScope
    from .observability_arize_config import ObservabilityArizeConfig
    from .observability_arize_destination import ObservabilityArizeDestination
    from .observability_braintrust_config import ObservabilityBraintrustConfig
    from .observability_braintrust_destination import ObservabilityBraintrustDestination
    from .observability_clickhouse_config import ObservabilityClickhouseConfig
    from .observability_clickhouse_destination import ObservabilityClickhouseDestination
    from .observability_datadog_config import ObservabilityDatadogConfig
    from .observability_datadog_destination import ObservabilityDatadogDestination
    from .observability_destination_config import ObservabilityDestinationConfig
    from .observability_destination_list_response import ObservabilityDestinationListResponse
    from .observability_destination_response import ObservabilityDestinationResponse
    from .observability_destination_type_known import ObservabilityDestinationTypeKnown
    from .observability_filter_field_known import ObservabilityFilterFieldKnown
    from .observability_filter_logic_known import ObservabilityFilterLogicKnown
    from .observability_filter_operator_known import ObservabilityFilterOperatorKnown
    from .observability_filter_rule import ObservabilityFilterRule
    from .observability_filter_rule_group import ObservabilityFilterRuleGroup
    from .observability_filter_rules import ObservabilityFilterRules
    from .observability_generic_destination import ObservabilityGenericDestination
    from .observability_grafana_config import ObservabilityGrafanaConfig
    from .observability_grafana_destination import ObservabilityGrafanaDestination
    from .observability_headers import ObservabilityHeaders
    from .observability_langfuse_config import ObservabilityLangfuseConfig
    from .observability_langfuse_destination import ObservabilityLangfuseDestination
    from .observability_langsmith_config import ObservabilityLangsmithConfig
    from .observability_langsmith_destination import ObservabilityLangsmithDestination
    from .observability_newrelic_config import ObservabilityNewrelicConfig
    from .observability_newrelic_destination import ObservabilityNewrelicDestination
    from .observability_newrelic_region_known import ObservabilityNewrelicRegionKnown
    from .observability_opik_config import ObservabilityOpikConfig
    from .observability_opik_destination import ObservabilityOpikDestination
    from .observability_otel_collector_config import ObservabilityOtelCollectorConfig
    from .observability_otel_collector_destination import ObservabilityOtelCollectorDestination
    from .observability_posthog_config import ObservabilityPosthogConfig
    from .observability_posthog_destination import ObservabilityPosthogDestination
    from .observability_ramp_config import ObservabilityRampConfig
    from .observability_ramp_destination import ObservabilityRampDestination
    from .observability_region_input import ObservabilityRegionInput
    from .observability_region_known import ObservabilityRegionKnown
    from .observability_s3_auth_mode_known import ObservabilityS3AuthModeKnown
    from .observability_s3_config import ObservabilityS3Config
    from .observability_s3_destination import ObservabilityS3Destination
    from .observability_s3_provider_known import ObservabilityS3ProviderKnown
    from .observability_sentry_config import ObservabilitySentryConfig
    from .observability_sentry_destination import ObservabilitySentryDestination
    from .observability_snowflake_config import ObservabilitySnowflakeConfig
    from .observability_snowflake_destination import ObservabilitySnowflakeDestination
    from .observability_weave_config import ObservabilityWeaveConfig
    from .observability_weave_destination import ObservabilityWeaveDestination
    from .observability_webhook_config import ObservabilityWebhookConfig
    from .observability_webhook_destination import ObservabilityWebhookDestination
    from .observability_webhook_method_known import ObservabilityWebhookMethodKnown
    from .open_ai_file_purpose_known import OpenAIFilePurposeKnown
    from .open_router_benchmark import OpenRouterBenchmark
    from .open_router_datetime_tool import OpenRouterDatetimeTool
    from .open_router_datetime_tool_config import OpenRouterDatetimeToolConfig
    from .open_router_metadata import OpenRouterMetadata
    from .open_router_web_fetch_tool import OpenRouterWebFetchTool
    from .open_router_web_fetch_tool_config import OpenRouterWebFetchToolConfig
    from .open_router_web_fetch_tool_config_engine_known import (
        OpenRouterWebFetchToolConfigEngineKnown,
    )
    from .open_router_web_search_tool import OpenRouterWebSearchTool
    from .open_router_web_search_tool_config import OpenRouterWebSearchToolConfig
    from .open_router_web_search_tool_config_engine_known import (
        OpenRouterWebSearchToolConfigEngineKnown,
    )
    from .open_router_web_search_tool_config_mode_known import (
        OpenRouterWebSearchToolConfigModeKnown,
    )
    from .open_router_web_search_tool_config_search_context_size_known import (
        OpenRouterWebSearchToolConfigSearchContextSizeKnown,
    )
    from .organization_member import OrganizationMember
    from .organization_member_list_response import OrganizationMemberListResponse
    from .organization_role_known import OrganizationRoleKnown
    from .organization_settings import OrganizationSettings
    from .organization_settings_response import OrganizationSettingsResponse
    from .other_annotation import OtherAnnotation
    from .pareto_router_plugin import ParetoRouterPlugin
    from .pareto_router_plugin_price_source_known import ParetoRouterPluginPriceSourceKnown
    from .pdf_parser_options import PdfParserOptions
    from .pdf_parser_options_engine_known import PdfParserOptionsEngineKnown
    from .percentile_latency_cutoffs import PercentileLatencyCutoffs
    from .percentile_stats import PercentileStats
    from .percentile_throughput_cutoffs import PercentileThroughputCutoffs
    from .prediction import Prediction
    from .preset import Preset
    from .preset_config import PresetConfig
    from .preset_list_response import PresetListResponse
    from .preset_messages_config import PresetMessagesConfig
    from .preset_response import PresetResponse
    from .preset_responses_config import PresetResponsesConfig
    from .preset_status_known import PresetStatusKnown
    from .preset_version import PresetVersion
    from .preset_version_list_response import PresetVersionListResponse
    from .preset_version_response import PresetVersionResponse
    from .preset_with_version import PresetWithVersion
    from .private_endpoint import PrivateEndpoint
    from .private_endpoint_activation import PrivateEndpointActivation
    from .private_endpoint_check import PrivateEndpointCheck
    from .private_endpoint_check_reason_known import PrivateEndpointCheckReasonKnown
    from .private_endpoint_list_response import PrivateEndpointListResponse
    from .private_endpoint_pricing import PrivateEndpointPricing
    from .private_endpoint_region import PrivateEndpointRegion
    from .private_endpoint_region_known import PrivateEndpointRegionKnown
    from .private_endpoint_response import PrivateEndpointResponse
    from .private_endpoint_status_known import PrivateEndpointStatusKnown
    from .private_endpoint_summary import PrivateEndpointSummary
    from .private_endpoint_validation import PrivateEndpointValidation
    from .private_endpoint_validation_response import PrivateEndpointValidationResponse
    from .prompt_cache_breakpoint import PromptCacheBreakpoint
    from .prompt_cache_options import PromptCacheOptions
    from .provider import Provider
    from .provider_data_collection_known import ProviderDataCollectionKnown
    from .provider_list_response import ProviderListResponse
    from .provider_preferences import ProviderPreferences
    from .provider_sort_config import ProviderSortConfig
    from .provider_sort_known import ProviderSortKnown
    from .provider_sort_partition_known import ProviderSortPartitionKnown
    from .quantization_known import QuantizationKnown
    from .rankings_category import RankingsCategory
    from .rankings_context_bucket import RankingsContextBucket
    from .rankings_daily_response import RankingsDailyResponse
    from .rankings_language_type import RankingsLanguageType
    from .rankings_meta import RankingsMeta
    from .rankings_modality import RankingsModality
    from .rankings_period import RankingsPeriod
    from .reasoning_config import ReasoningConfig
    from .reasoning_config_context_known import ReasoningConfigContextKnown
    from .reasoning_config_mode_known import ReasoningConfigModeKnown
    from .reasoning_detail_encrypted import ReasoningDetailEncrypted
    from .reasoning_detail_format_known import ReasoningDetailFormatKnown
    from .reasoning_detail_other import ReasoningDetailOther
    from .reasoning_detail_server_tool_call import ReasoningDetailServerToolCall
    from .reasoning_detail_summary import ReasoningDetailSummary
    from .reasoning_detail_text import ReasoningDetailText
    from .reasoning_effort_known import ReasoningEffortKnown
    from .reasoning_summary_verbosity_known import ReasoningSummaryVerbosityKnown
    from .reference_audio_part import ReferenceAudioPart
    from .reference_image_part import ReferenceImagePart
    from .reference_url import ReferenceUrl
    from .reference_video_part import ReferenceVideoPart
    from .remove_workspace_members_request import RemoveWorkspaceMembersRequest
    from .remove_workspace_members_response import RemoveWorkspaceMembersResponse
    from .request_metadata import RequestMetadata
    from .rerank_document import RerankDocument
    from .rerank_response import RerankResponse
    from .rerank_result import RerankResult
    from .rerank_usage import RerankUsage
    from .response_apply_patch_call import ResponseApplyPatchCall
    from .response_apply_patch_call_operation import ResponseApplyPatchCallOperation
    from .response_code_interpreter_call import ResponseCodeInterpreterCall
    from .response_code_interpreter_call_outputs_type_0_item import (
        ResponseCodeInterpreterCallOutputsType0Item,
    )
    from .response_code_interpreter_tool import ResponseCodeInterpreterTool
    from .response_code_interpreter_tool_container_type_1 import (
        ResponseCodeInterpreterToolContainerType1,
    )
    from .response_computer_use_tool import ResponseComputerUseTool
    from .response_computer_use_tool_environment_known import (
        ResponseComputerUseToolEnvironmentKnown,
    )
    from .response_cost_details import ResponseCostDetails
    from .response_custom_tool import ResponseCustomTool
    from .response_custom_tool_call import ResponseCustomToolCall
    from .response_custom_tool_format import ResponseCustomToolFormat
    from .response_error import ResponseError
    from .response_error_metadata import ResponseErrorMetadata
    from .response_file_citation import ResponseFileCitation
    from .response_file_path import ResponseFilePath
    from .response_file_search_call import ResponseFileSearchCall
    from .response_file_search_tool import ResponseFileSearchTool
    from .response_file_search_tool_filters_type_0 import ResponseFileSearchToolFiltersType0
    from .response_file_search_tool_ranking_options import ResponseFileSearchToolRankingOptions
    from .response_format_grammar import ResponseFormatGrammar
    from .response_format_json_object import ResponseFormatJsonObject
    from .response_format_json_schema import ResponseFormatJsonSchema
    from .response_format_python import ResponseFormatPython
    from .response_format_text import ResponseFormatText
    from .response_function_call import ResponseFunctionCall
    from .response_function_call_output_input import ResponseFunctionCallOutputInput
    from .response_function_call_output_input_status_known import (
        ResponseFunctionCallOutputInputStatusKnown,
    )
    from .response_function_tool import ResponseFunctionTool
    from .response_function_tool_allowed_callers_item_known import (
        ResponseFunctionToolAllowedCallersItemKnown,
    )
    from .response_function_tool_output_schema_type_0 import ResponseFunctionToolOutputSchemaType0
    from .response_function_tool_parameters_type_0 import ResponseFunctionToolParametersType0
    from .response_healing_plugin import ResponseHealingPlugin
    from .response_image_generation_call import ResponseImageGenerationCall
    from .response_image_generation_tool import ResponseImageGenerationTool
    from .response_image_generation_tool_background_known import (
        ResponseImageGenerationToolBackgroundKnown,
    )
    from .response_image_generation_tool_input_fidelity_known import (
        ResponseImageGenerationToolInputFidelityKnown,
    )
    from .response_image_generation_tool_input_image_mask import (
        ResponseImageGenerationToolInputImageMask,
    )
    from .response_image_generation_tool_moderation_known import (
        ResponseImageGenerationToolModerationKnown,
    )
    from .response_image_generation_tool_output_format_known import (
        ResponseImageGenerationToolOutputFormatKnown,
    )
    from .response_image_generation_tool_quality_known import (
        ResponseImageGenerationToolQualityKnown,
    )
    from .response_incomplete_details import ResponseIncompleteDetails
    from .response_input_audio import ResponseInputAudio
    from .response_input_audio_data import ResponseInputAudioData
    from .response_input_audio_data_format_known import ResponseInputAudioDataFormatKnown
    from .response_input_file import ResponseInputFile
    from .response_input_image import ResponseInputImage
    from .response_input_image_detail_known import ResponseInputImageDetailKnown
    from .response_input_message import ResponseInputMessage
    from .response_input_message_phase_known import ResponseInputMessagePhaseKnown
    from .response_input_message_role import ResponseInputMessageRole
    from .response_input_text import ResponseInputText
    from .response_input_tokens_details import ResponseInputTokensDetails
    from .response_input_video import ResponseInputVideo
    from .response_input_video_processing_known import ResponseInputVideoProcessingKnown
    from .response_item_reference import ResponseItemReference
    from .response_mcp_tool import ResponseMcpTool
    from .response_mcp_tool_allowed_tools_type_1 import ResponseMcpToolAllowedToolsType1
    from .response_mcp_tool_headers_type_0 import ResponseMcpToolHeadersType0
    from .response_mcp_tool_require_approval_type_1 import ResponseMcpToolRequireApprovalType1
    from .response_namespace_tool import ResponseNamespaceTool
    from .response_object import ResponseObject
    from .response_object_metadata_type_0 import ResponseObjectMetadataType0
    from .response_object_reasoning_type_0 import ResponseObjectReasoningType0
    from .response_object_tool_choice_type_1 import ResponseObjectToolChoiceType1
    from .response_other_input_item import ResponseOtherInputItem
    from .response_output_message import ResponseOutputMessage
    from .response_output_text import ResponseOutputText
    from .response_output_tokens_details import ResponseOutputTokensDetails
    from .response_prompt_template import ResponsePromptTemplate
    from .response_prompt_template_variables_type_0 import ResponsePromptTemplateVariablesType0
    from .response_reasoning_item import ResponseReasoningItem
    from .response_reasoning_summary_text import ResponseReasoningSummaryText
    from .response_reasoning_text import ResponseReasoningText
    from .response_refusal_content import ResponseRefusalContent
    from .response_shell_tool import ResponseShellTool
    from .response_shell_tool_type import ResponseShellToolType
    from .response_status_known import ResponseStatusKnown
    from .response_stream_event import ResponseStreamEvent
    from .response_stream_event_error import ResponseStreamEventError
    from .response_stream_event_part import ResponseStreamEventPart
    from .response_text_config import ResponseTextConfig
    from .response_text_format_json_object import ResponseTextFormatJsonObject
    from .response_text_format_json_schema import ResponseTextFormatJsonSchema
    from .response_text_format_json_schema_schema import ResponseTextFormatJsonSchemaSchema
    from .response_text_format_text import ResponseTextFormatText
    from .response_token_logprob import ResponseTokenLogprob
    from .response_tool_choice_allowed_tools import ResponseToolChoiceAllowedTools
    from .response_tool_choice_allowed_tools_mode import ResponseToolChoiceAllowedToolsMode
    from .response_tool_choice_allowed_tools_tools_item import (
        ResponseToolChoiceAllowedToolsToolsItem,
    )
    from .response_tool_choice_function import ResponseToolChoiceFunction
    from .response_tool_choice_hosted import ResponseToolChoiceHosted
    from .response_tool_choice_hosted_type import ResponseToolChoiceHostedType
    from .response_tool_choice_mode import ResponseToolChoiceMode
    from .response_top_logprob import ResponseTopLogprob
    from .response_unknown_annotation import ResponseUnknownAnnotation
    from .response_unknown_content import ResponseUnknownContent
    from .response_unknown_output_item import ResponseUnknownOutputItem
    from .response_url_citation import ResponseUrlCitation
    from .response_usage import ResponseUsage
    from .response_web_search_action import ResponseWebSearchAction
    from .response_web_search_action_sources_item import ResponseWebSearchActionSourcesItem
    from .response_web_search_call import ResponseWebSearchCall
    from .response_web_search_tool import ResponseWebSearchTool
    from .response_web_search_tool_engine_known import ResponseWebSearchToolEngineKnown
    from .response_web_search_tool_mode_known import ResponseWebSearchToolModeKnown
    from .response_web_search_tool_search_context_size_known import (
        ResponseWebSearchToolSearchContextSizeKnown,
    )
    from .response_web_search_tool_type import ResponseWebSearchToolType
    from .scim_group import ScimGroup
    from .scim_group_list_response import ScimGroupListResponse
    from .scim_group_mapping import ScimGroupMapping
    from .scim_group_mapping_list_response import ScimGroupMappingListResponse
    from .scim_group_mapping_response import ScimGroupMappingResponse
    from .scim_role import ScimRole
    from .scim_role_known import ScimRoleKnown
    from .scim_sync_job import ScimSyncJob
    from .scim_sync_job_response import ScimSyncJobResponse
    from .scim_sync_job_status_known import ScimSyncJobStatusKnown
    from .search_benchmark import SearchBenchmark
    from .search_benchmark_metric_known import SearchBenchmarkMetricKnown
    from .search_benchmark_run_config import SearchBenchmarkRunConfig
    from .server_tool import ServerTool
    from .server_tool_alias import ServerToolAlias
    from .server_tool_api_format import ServerToolApiFormat
    from .server_tool_byok_known import ServerToolByokKnown
    from .server_tool_data_region_known import ServerToolDataRegionKnown
    from .server_tool_engine import ServerToolEngine
    from .server_tool_executor_known import ServerToolExecutorKnown
    from .server_tool_json_schema import ServerToolJsonSchema
    from .server_tool_list_links import ServerToolListLinks
    from .server_tool_list_response import ServerToolListResponse
    from .server_tool_native_model import ServerToolNativeModel
    from .server_tool_native_support import ServerToolNativeSupport
    from .server_tool_output_name import ServerToolOutputName
    from .server_tool_price import ServerToolPrice
    from .server_tool_pricing_source_known import ServerToolPricingSourceKnown
    from .server_tool_response import ServerToolResponse
    from .server_tool_status_known import ServerToolStatusKnown
    from .server_tool_use_details import ServerToolUseDetails
    from .session_cost_cell import SessionCostCell
    from .session_cost_meta import SessionCostMeta
    from .session_cost_response import SessionCostResponse
    from .session_turn_range import SessionTurnRange
    from .set_private_endpoint_pricing_request import SetPrivateEndpointPricingRequest
    from .set_workspace_budget_request import SetWorkspaceBudgetRequest
    from .speech_reference_audio import SpeechReferenceAudio
    from .speech_reference_audio_source import SpeechReferenceAudioSource
    from .speech_reference_text import SpeechReferenceText
    from .speech_response_format import SpeechResponseFormat
    from .speech_turn import SpeechTurn
    from .stop_server_tools_when_finish_reason_is import StopServerToolsWhenFinishReasonIs
    from .stop_server_tools_when_has_tool_call import StopServerToolsWhenHasToolCall
    from .stop_server_tools_when_max_cost import StopServerToolsWhenMaxCost
    from .stop_server_tools_when_max_tokens_used import StopServerToolsWhenMaxTokensUsed
    from .stop_server_tools_when_step_count_is import StopServerToolsWhenStepCountIs
    from .stored_file_anthropic import StoredFileAnthropic
    from .stored_file_open_ai import StoredFileOpenAI
    from .stored_file_open_router import StoredFileOpenRouter
    from .system_message import SystemMessage
    from .task_classification import TaskClassification
    from .task_classification_model_share import TaskClassificationModelShare
    from .task_classification_report import TaskClassificationReport
    from .task_classification_window import TaskClassificationWindow
    from .task_classifications_response import TaskClassificationsResponse
    from .task_macro_category import TaskMacroCategory
    from .text_completion import TextCompletion
    from .text_completion_choice import TextCompletionChoice
    from .text_completion_finish_reason_known import TextCompletionFinishReasonKnown
    from .text_completion_logprobs import TextCompletionLogprobs
    from .text_completion_logprobs_top_logprobs_item import TextCompletionLogprobsTopLogprobsItem
    from .text_content_part import TextContentPart
    from .tool_message import ToolMessage
    from .trace_config import TraceConfig
    from .transcription import Transcription
    from .transcription_entity import TranscriptionEntity
    from .transcription_inline_audio import TranscriptionInlineAudio
    from .transcription_request import TranscriptionRequest
    from .transcription_response_format import TranscriptionResponseFormat
    from .transcription_segment import TranscriptionSegment
    from .transcription_timestamp_granularity import TranscriptionTimestampGranularity
    from .transcription_upload import TranscriptionUpload
    from .transcription_url_audio import TranscriptionUrlAudio
    from .transcription_usage import TranscriptionUsage
    from .transcription_word import TranscriptionWord
    from .transcription_word_type_known import TranscriptionWordTypeKnown
    from .update_api_key_request import UpdateApiKeyRequest
    from .update_byok_key_request import UpdateByokKeyRequest
    from .update_external_user_request import UpdateExternalUserRequest
    from .update_guardrail_request import UpdateGuardrailRequest
    from .update_observability_destination_request import UpdateObservabilityDestinationRequest
    from .update_organization_settings_request import UpdateOrganizationSettingsRequest
    from .update_private_endpoint_request import UpdatePrivateEndpointRequest
    from .update_scim_group_mapping_request import UpdateScimGroupMappingRequest
    from .update_workspace_request import UpdateWorkspaceRequest
    from .url_citation import UrlCitation
    from .url_citation_annotation import UrlCitationAnnotation
    from .user_message import UserMessage
    from .validate_private_endpoint_request import ValidatePrivateEndpointRequest
    from .vault_effective_secret import VaultEffectiveSecret
    from .vault_effective_secret_list_response import VaultEffectiveSecretListResponse
    from .vault_effective_secret_scope_known import VaultEffectiveSecretScopeKnown
    from .vault_secret import VaultSecret
    from .vault_secret_copy_request import VaultSecretCopyRequest
    from .vault_secret_copy_response import VaultSecretCopyResponse
    from .vault_secret_list_response import VaultSecretListResponse
    from .vault_secret_response import VaultSecretResponse
    from .vault_secret_write_request import VaultSecretWriteRequest
    from .video_aspect_ratio import VideoAspectRatio
    from .video_frame_image import VideoFrameImage
    from .video_frame_type import VideoFrameType
    from .video_job import VideoJob
    from .video_job_status_known import VideoJobStatusKnown
    from .video_model import VideoModel
    from .video_model_list import VideoModelList
    from .video_pricing_skus import VideoPricingSkus
    from .video_provider_preferences import VideoProviderPreferences
    from .video_resolution import VideoResolution
    from .video_upscale_range import VideoUpscaleRange
    from .video_url import VideoUrl
    from .video_url_content_part import VideoUrlContentPart
    from .video_url_processing_known import VideoUrlProcessingKnown
    from .video_usage import VideoUsage
    from .web_fetch_plugin import WebFetchPlugin
    from .web_plugin import WebPlugin
    from .web_plugin_engine_known import WebPluginEngineKnown
    from .web_plugin_mode_known import WebPluginModeKnown
    from .web_search_citation import WebSearchCitation
    from .web_search_citation_annotation import WebSearchCitationAnnotation
    from .web_search_domain_filter import WebSearchDomainFilter
    from .web_search_options import WebSearchOptions
    from .web_search_options_search_context_size_known import WebSearchOptionsSearchContextSizeKnown
    from .web_search_user_location import WebSearchUserLocation
    from .workspace import Workspace
    from .workspace_budget import WorkspaceBudget
    from .workspace_budget_interval import WorkspaceBudgetInterval
    from .workspace_budget_list_response import WorkspaceBudgetListResponse
    from .workspace_budget_reset_known import WorkspaceBudgetResetKnown
    from .workspace_budget_response import WorkspaceBudgetResponse
    from .workspace_list_response import WorkspaceListResponse
    from .workspace_member import WorkspaceMember
    from .workspace_member_list_response import WorkspaceMemberListResponse
    from .workspace_member_role_known import WorkspaceMemberRoleKnown
    from .workspace_response import WorkspaceResponse
    from .workspace_server_tool import WorkspaceServerTool
    from .x_search_options import XSearchOptions
    from .zdr_endpoint_list_response import ZdrEndpointListResponse

# class name -> module that defines it
_MODULES: dict[str, str] = {
    "ActivityGroupBy": ".activity_group_by",
    "ActivityItem": ".activity_item",
    "ActivityListResponse": ".activity_list_response",
    "AddWorkspaceMembersRequest": ".add_workspace_members_request",
    "AddWorkspaceMembersResponse": ".add_workspace_members_response",
    "AnalyticsClassifierDimensions": ".analytics_classifier_dimensions",
    "AnalyticsClassifierFilter": ".analytics_classifier_filter",
    "AnalyticsClassifierFilters": ".analytics_classifier_filters",
    "AnalyticsDimension": ".analytics_dimension",
    "AnalyticsFilter": ".analytics_filter",
    "AnalyticsGranularity": ".analytics_granularity",
    "AnalyticsGranularityKnown": ".analytics_granularity_known",
    "AnalyticsMeta": ".analytics_meta",
    "AnalyticsMetaResponse": ".analytics_meta_response",
    "AnalyticsMetric": ".analytics_metric",
    "AnalyticsMetricFormatKnown": ".analytics_metric_format_known",
    "AnalyticsOperator": ".analytics_operator",
    "AnalyticsOperatorKnown": ".analytics_operator_known",
    "AnalyticsOperatorValueTypeKnown": ".analytics_operator_value_type_known",
    "AnalyticsOrderBy": ".analytics_order_by",
    "AnalyticsOrderDirection": ".analytics_order_direction",
    "AnalyticsQueryMetadata": ".analytics_query_metadata",
    "AnalyticsQueryRequest": ".analytics_query_request",
    "AnalyticsQueryResponse": ".analytics_query_response",
    "AnalyticsQueryResult": ".analytics_query_result",
    "AnalyticsQueryRow": ".analytics_query_row",
    "AnalyticsTimeRange": ".analytics_time_range",
    "AnthropicBase64ImageSource": ".anthropic_base_64_image_source",
    "AnthropicBase64ImageSourceMediaTypeKnown": ".anthropic_base_64_image_source_media_type_known",
    "AnthropicBase64PdfSource": ".anthropic_base_64_pdf_source",
    "AnthropicBashTool": ".anthropic_bash_tool",
    "AnthropicCacheCreation": ".anthropic_cache_creation",
    "AnthropicContainer": ".anthropic_container",
    "AnthropicContainerSkillsType0Item": ".anthropic_container_skills_type_0_item",
    "AnthropicContentSource": ".anthropic_content_source",
    "AnthropicContextManagement": ".anthropic_context_management",
    "AnthropicContextManagementEditsItem": ".anthropic_context_management_edits_item",
    "AnthropicCustomTool": ".anthropic_custom_tool",
    "AnthropicCustomToolInputSchema": ".anthropic_custom_tool_input_schema",
    "AnthropicDocumentBlockParam": ".anthropic_document_block_param",
    "AnthropicDocumentBlockParamCitationsType0": ".anthropic_document_block_param_citations_type_0",
    "AnthropicFallbackModel": ".anthropic_fallback_model",
    "AnthropicFileSource": ".anthropic_file_source",
    "AnthropicImageBlockParam": ".anthropic_image_block_param",
    "AnthropicInputMessage": ".anthropic_input_message",
    "AnthropicInputMessageRole": ".anthropic_input_message_role",
    "AnthropicMessage": ".anthropic_message",
    "AnthropicMessageContextManagementType0": ".anthropic_message_context_management_type_0",
    "AnthropicOtherBlockParam": ".anthropic_other_block_param",
    "AnthropicOutputConfig": ".anthropic_output_config",
    "AnthropicOutputConfigEffortKnown": ".anthropic_output_config_effort_known",
    "AnthropicOutputFormat": ".anthropic_output_format",
    "AnthropicOutputFormatSchema": ".anthropic_output_format_schema",
    "AnthropicOutputTokensDetails": ".anthropic_output_tokens_details",
    "AnthropicPlainTextSource": ".anthropic_plain_text_source",
    "AnthropicRedactedThinkingBlock": ".anthropic_redacted_thinking_block",
    "AnthropicRedactedThinkingBlockParam": ".anthropic_redacted_thinking_block_param",
    "AnthropicRequestMetadata": ".anthropic_request_metadata",
    "AnthropicServerToolUsage": ".anthropic_server_tool_usage",
    "AnthropicServerToolUseBlock": ".anthropic_server_tool_use_block",
    "AnthropicServerToolUseBlockCallerType0": ".anthropic_server_tool_use_block_caller_type_0",
    "AnthropicStopDetails": ".anthropic_stop_details",
    "AnthropicStopReasonKnown": ".anthropic_stop_reason_known",
    "AnthropicTaskBudget": ".anthropic_task_budget",
    "AnthropicTextBlock": ".anthropic_text_block",
    "AnthropicTextBlockCitationsType0Item": ".anthropic_text_block_citations_type_0_item",
    "AnthropicTextBlockParam": ".anthropic_text_block_param",
    "AnthropicTextBlockParamCitationsType0Item": ".anthropic_text_block_param_citations_type_0_item",
    "AnthropicTextEditorTool": ".anthropic_text_editor_tool",
    "AnthropicThinkingAdaptive": ".anthropic_thinking_adaptive",
    "AnthropicThinkingAdaptiveDisplayKnown": ".anthropic_thinking_adaptive_display_known",
    "AnthropicThinkingBlock": ".anthropic_thinking_block",
    "AnthropicThinkingBlockParam": ".anthropic_thinking_block_param",
    "AnthropicThinkingDisabled": ".anthropic_thinking_disabled",
    "AnthropicThinkingEnabled": ".anthropic_thinking_enabled",
    "AnthropicThinkingEnabledDisplayKnown": ".anthropic_thinking_enabled_display_known",
    "AnthropicToolChoiceAny": ".anthropic_tool_choice_any",
    "AnthropicToolChoiceAuto": ".anthropic_tool_choice_auto",
    "AnthropicToolChoiceNone": ".anthropic_tool_choice_none",
    "AnthropicToolChoiceTool": ".anthropic_tool_choice_tool",
    "AnthropicToolResultBlockParam": ".anthropic_tool_result_block_param",
    "AnthropicToolUseBlock": ".anthropic_tool_use_block",
    "AnthropicToolUseBlockCallerType0": ".anthropic_tool_use_block_caller_type_0",
    "AnthropicToolUseBlockParam": ".anthropic_tool_use_block_param",
    "AnthropicUnknownBlock": ".anthropic_unknown_block",
    "AnthropicUrlSource": ".anthropic_url_source",
    "AnthropicUsage": ".anthropic_usage",
    "AnthropicUsageIterationsItem": ".anthropic_usage_iterations_item",
    "AnthropicWebSearchTool": ".anthropic_web_search_tool",
    "AnthropicWebSearchToolType": ".anthropic_web_search_tool_type",
    "ApiKey": ".api_key",
    "ApiKeyExternalIdentity": ".api_key_external_identity",
    "ApiKeyLimitReset": ".api_key_limit_reset",
    "ApiKeyListResponse": ".api_key_list_response",
    "ApiKeyResponse": ".api_key_response",
    "AppRanking": ".app_ranking",
    "AppRankingCategory": ".app_ranking_category",
    "AppRankingSort": ".app_ranking_sort",
    "AppRankingSubcategory": ".app_ranking_subcategory",
    "AppRankingsResponse": ".app_rankings_response",
    "ArtificialAnalysisBenchmark": ".artificial_analysis_benchmark",
    "AssistantMessage": ".assistant_message",
    "AudioDataCollection": ".audio_data_collection",
    "AudioProviderPreferences": ".audio_provider_preferences",
    "AuthCode": ".auth_code",
    "AuthCodeUsageLimitType": ".auth_code_usage_limit_type",
    "AutoBetaRouterPlugin": ".auto_beta_router_plugin",
    "AutoRouterCostTierKnown": ".auto_router_cost_tier_known",
    "AutoRouterPlugin": ".auto_router_plugin",
    "Batch": ".batch",
    "BatchCompletionWindow": ".batch_completion_window",
    "BatchDeletion": ".batch_deletion",
    "BatchDeletionOutcomeKnown": ".batch_deletion_outcome_known",
    "BatchDeletionTargets": ".batch_deletion_targets",
    "BatchEndpoint": ".batch_endpoint",
    "BatchFailure": ".batch_failure",
    "BatchList": ".batch_list",
    "BatchProviderPreferences": ".batch_provider_preferences",
    "BatchRequestBody": ".batch_request_body",
    "BatchRequestCounts": ".batch_request_counts",
    "BatchRequestItem": ".batch_request_item",
    "BatchResponseBody": ".batch_response_body",
    "BatchResult": ".batch_result",
    "BatchResultError": ".batch_result_error",
    "BatchResultResponse": ".batch_result_response",
    "BatchStatusFilter": ".batch_status_filter",
    "BatchStatusKnown": ".batch_status_known",
    "BatchSummary": ".batch_summary",
    "BatchUpstreamDeletion": ".batch_upstream_deletion",
    "BenchmarkArena": ".benchmark_arena",
    "BenchmarkPricing": ".benchmark_pricing",
    "BenchmarkSearchSurface": ".benchmark_search_surface",
    "BenchmarkSource": ".benchmark_source",
    "BenchmarkTaskType": ".benchmark_task_type",
    "BenchmarkType": ".benchmark_type",
    "BenchmarksMeta": ".benchmarks_meta",
    "BenchmarksResponse": ".benchmarks_response",
    "ByokKey": ".byok_key",
    "ByokKeyListResponse": ".byok_key_list_response",
    "ByokKeyResponse": ".byok_key_response",
    "ByokProviderKnown": ".byok_provider_known",
    "ByokRegionKnown": ".byok_region_known",
    "CacheControl": ".cache_control",
    "CacheControlTtlKnown": ".cache_control_ttl_known",
    "ChatAudioOutput": ".chat_audio_output",
    "ChatCompletion": ".chat_completion",
    "ChatCompletionChoice": ".chat_completion_choice",
    "ChatCompletionChunk": ".chat_completion_chunk",
    "ChatCompletionChunkChoice": ".chat_completion_chunk_choice",
    "ChatCompletionChunkDebug": ".chat_completion_chunk_debug",
    "ChatCompletionDelta": ".chat_completion_delta",
    "ChatCompletionError": ".chat_completion_error",
    "ChatCompletionErrorMetadata": ".chat_completion_error_metadata",
    "ChatCompletionMessage": ".chat_completion_message",
    "ChatCompletionRequest": ".chat_completion_request",
    "ChatCompletionRequestVerbosityKnown": ".chat_completion_request_verbosity_known",
    "ChatCompletionTokensDetails": ".chat_completion_tokens_details",
    "ChatDebugOptions": ".chat_debug_options",
    "ChatFinishReasonKnown": ".chat_finish_reason_known",
    "ChatGeneratedImage": ".chat_generated_image",
    "ChatGeneratedImageUrl": ".chat_generated_image_url",
    "ChatLogprobs": ".chat_logprobs",
    "ChatNamedToolChoice": ".chat_named_tool_choice",
    "ChatNamedToolChoiceFunction": ".chat_named_tool_choice_function",
    "ChatOutputModalityKnown": ".chat_output_modality_known",
    "ChatPromptTokensDetails": ".chat_prompt_tokens_details",
    "ChatRouteModeKnown": ".chat_route_mode_known",
    "ChatServerTool": ".chat_server_tool",
    "ChatServerToolChoice": ".chat_server_tool_choice",
    "ChatServiceTierKnown": ".chat_service_tier_known",
    "ChatStreamOptions": ".chat_stream_options",
    "ChatTokenLogprob": ".chat_token_logprob",
    "ChatToolCall": ".chat_tool_call",
    "ChatToolCallDelta": ".chat_tool_call_delta",
    "ChatToolCallDeltaFunction": ".chat_tool_call_delta_function",
    "ChatToolCallFunction": ".chat_tool_call_function",
    "ChatToolChoiceMode": ".chat_tool_choice_mode",
    "ChatTopLogprob": ".chat_top_logprob",
    "ChatUsage": ".chat_usage",
    "ChatUsageOptions": ".chat_usage_options",
    "ConfigurationUpdate": ".configuration_update",
    "ConfigurationUpdateReasoning": ".configuration_update_reasoning",
    "ContainerFile": ".container_file",
    "ContainerFileList": ".container_file_list",
    "ContainerFileSourceKnown": ".container_file_source_known",
    "ContextCompressionPlugin": ".context_compression_plugin",
    "ContextCompressionPluginEngineKnown": ".context_compression_plugin_engine_known",
    "CostDetails": ".cost_details",
    "CreateApiKeyRequest": ".create_api_key_request",
    "CreateApiKeyResponse": ".create_api_key_response",
    "CreateAuthCodeRequest": ".create_auth_code_request",
    "CreateAuthCodeResponse": ".create_auth_code_response",
    "CreateBatchRequest": ".create_batch_request",
    "CreateByokKeyRequest": ".create_byok_key_request",
    "CreateChatCompletionXOpenRouterCache": ".create_chat_completion_x_open_router_cache",
    "CreateCompletionRequest": ".create_completion_request",
    "CreateCompletionRequestLogitBias": ".create_completion_request_logit_bias",
    "CreateCompletionRequestMetadata": ".create_completion_request_metadata",
    "CreateCompletionRequestResponseFormat": ".create_completion_request_response_format",
    "CreateCompletionRequestStreamOptions": ".create_completion_request_stream_options",
    "CreateEmbeddingsRequest": ".create_embeddings_request",
    "CreateEmbeddingsRequestEncodingFormatKnown": ".create_embeddings_request_encoding_format_known",
    "CreateExternalUserRequest": ".create_external_user_request",
    "CreateGuardrailRequest": ".create_guardrail_request",
    "CreateImageRequest": ".create_image_request",
    "CreateMessageRequest": ".create_message_request",
    "CreateMessageRequestSpeedKnown": ".create_message_request_speed_known",
    "CreateObservabilityDestinationRequest": ".create_observability_destination_request",
    "CreatePrivateEndpointRequest": ".create_private_endpoint_request",
    "CreateRerankRequest": ".create_rerank_request",
    "CreateResponseRequest": ".create_response_request",
    "CreateResponseRequestIncludeItemKnown": ".create_response_request_include_item_known",
    "CreateResponseRequestModalitiesItemKnown": ".create_response_request_modalities_item_known",
    "CreateResponseRequestServiceTierKnown": ".create_response_request_service_tier_known",
    "CreateResponseRequestTruncationKnown": ".create_response_request_truncation_known",
    "CreateScimGroupMappingRequest": ".create_scim_group_mapping_request",
    "CreateSpeechRequest": ".create_speech_request",
    "CreateVideoRequest": ".create_video_request",
    "CreateWorkspaceRequest": ".create_workspace_request",
    "Credits": ".credits_",
    "CreditsResponse": ".credits_response",
    "CurrentKey": ".current_key",
    "CurrentKeyBudget": ".current_key_budget",
    "CurrentKeyFreeModelRequests": ".current_key_free_model_requests",
    "CurrentKeyRateLimit": ".current_key_rate_limit",
    "CurrentKeyResponse": ".current_key_response",
    "DailyModelTokens": ".daily_model_tokens",
    "DataRegionKnown": ".data_region_known",
    "DatasetVersionKnown": ".dataset_version_known",
    "DecisionsAnswers": ".decisions_answers",
    "DecisionsBox": ".decisions_box",
    "DecisionsBoxAnswer": ".decisions_box_answer",
    "DecisionsBoxQuestion": ".decisions_box_question",
    "DecisionsChoiceAnswer": ".decisions_choice_answer",
    "DecisionsChoiceCriteria": ".decisions_choice_criteria",
    "DecisionsChoiceQuestion": ".decisions_choice_question",
    "DecisionsNoulAnswer": ".decisions_noul_answer",
    "DecisionsNoulCriteria": ".decisions_noul_criteria",
    "DecisionsNoulQuestion": ".decisions_noul_question",
    "DecisionsProbabilities": ".decisions_probabilities",
    "DecisionsQuestions": ".decisions_questions",
    "DecisionsRequest": ".decisions_request",
    "DecisionsResponse": ".decisions_response",
    "DecisionsScoreAnswer": ".decisions_score_answer",
    "DecisionsScoreLegend": ".decisions_score_legend",
    "DecisionsScoreQuestion": ".decisions_score_question",
    "DecisionsUsage": ".decisions_usage",
    "DeferredBm25Search": ".deferred_bm_25_search",
    "DeferredCustomSearch": ".deferred_custom_search",
    "DeferredRegexSearch": ".deferred_regex_search",
    "DeferredToolsControl": ".deferred_tools_control",
    "DeleteApiKeyResponse": ".delete_api_key_response",
    "DeleteByokKeyResponse": ".delete_byok_key_response",
    "DeleteGuardrailResponse": ".delete_guardrail_response",
    "DeleteObservabilityDestinationResponse": ".delete_observability_destination_response",
    "DeletePrivateEndpointResponse": ".delete_private_endpoint_response",
    "DeleteScimGroupMappingResponse": ".delete_scim_group_mapping_response",
    "DeleteWorkspaceBudgetResponse": ".delete_workspace_budget_response",
    "DeleteWorkspaceResponse": ".delete_workspace_response",
    "DeletedPrivateEndpoint": ".deleted_private_endpoint",
    "DesignArenaBenchmark": ".design_arena_benchmark",
    "DesignArenaTournamentStats": ".design_arena_tournament_stats",
    "DeveloperMessage": ".developer_message",
    "EmbeddingImageUrl": ".embedding_image_url",
    "EmbeddingImageUrlPart": ".embedding_image_url_part",
    "EmbeddingInputAudioPart": ".embedding_input_audio_part",
    "EmbeddingInputFilePart": ".embedding_input_file_part",
    "EmbeddingInputVideoPart": ".embedding_input_video_part",
    "EmbeddingMediaData": ".embedding_media_data",
    "EmbeddingMultimodalInput": ".embedding_multimodal_input",
    "EmbeddingObject": ".embedding_object",
    "EmbeddingTextPart": ".embedding_text_part",
    "EmbeddingsPromptTokensDetails": ".embeddings_prompt_tokens_details",
    "EmbeddingsResponse": ".embeddings_response",
    "EmbeddingsUsage": ".embeddings_usage",
    "ErrorAvailability": ".error_availability",
    "ErrorAvailabilityConstraint": ".error_availability_constraint",
    "ErrorDetail": ".error_detail",
    "ErrorMetadata": ".error_metadata",
    "ErrorResponse": ".error_response",
    "ExchangeAuthCodeRequest": ".exchange_auth_code_request",
    "ExchangeAuthCodeResponse": ".exchange_auth_code_response",
    "ExternalUser": ".external_user",
    "ExternalUserListResponse": ".external_user_list_response",
    "ExternalUserResponse": ".external_user_response",
    "FileAnnotation": ".file_annotation",
    "FileAnnotationContent": ".file_annotation_content",
    "FileAnnotationFile": ".file_annotation_file",
    "FileContentPart": ".file_content_part",
    "FileDeletionAnthropic": ".file_deletion_anthropic",
    "FileDeletionOpenAI": ".file_deletion_open_ai",
    "FileDeletionOpenRouter": ".file_deletion_open_router",
    "FileInput": ".file_input",
    "FileListAnthropic": ".file_list_anthropic",
    "FileListOpenAI": ".file_list_open_ai",
    "FileListOpenRouter": ".file_list_open_router",
    "FileListOrder": ".file_list_order",
    "FileParserPlugin": ".file_parser_plugin",
    "FileStorageProvider": ".file_storage_provider",
    "FileUpload": ".file_upload",
    "FunctionDefinition": ".function_definition",
    "FunctionTool": ".function_tool",
    "FusionPlugin": ".fusion_plugin",
    "FusionPluginPresetKnown": ".fusion_plugin_preset_known",
    "FusionTool": ".fusion_tool",
    "GeneratedImage": ".generated_image",
    "Generation": ".generation",
    "GenerationApiTypeKnown": ".generation_api_type_known",
    "GenerationContent": ".generation_content",
    "GenerationContentError": ".generation_content_error",
    "GenerationContentErrorAttempt": ".generation_content_error_attempt",
    "GenerationContentMessagesInput": ".generation_content_messages_input",
    "GenerationContentOutput": ".generation_content_output",
    "GenerationContentPromptInput": ".generation_content_prompt_input",
    "GenerationContentResponse": ".generation_content_response",
    "GenerationFeedbackCategory": ".generation_feedback_category",
    "GenerationFeedbackRequest": ".generation_feedback_request",
    "GenerationFeedbackResponse": ".generation_feedback_response",
    "GenerationFeedbackResult": ".generation_feedback_result",
    "GenerationProviderResponse": ".generation_provider_response",
    "GenerationResponse": ".generation_response",
    "GenericPlugin": ".generic_plugin",
    "Guardrail": ".guardrail",
    "GuardrailAssignResult": ".guardrail_assign_result",
    "GuardrailBuiltinFilter": ".guardrail_builtin_filter",
    "GuardrailBuiltinFilterSlugKnown": ".guardrail_builtin_filter_slug_known",
    "GuardrailCustomFilter": ".guardrail_custom_filter",
    "GuardrailDataRegionKnown": ".guardrail_data_region_known",
    "GuardrailFilterActionKnown": ".guardrail_filter_action_known",
    "GuardrailKeyAssignment": ".guardrail_key_assignment",
    "GuardrailKeyAssignmentListResponse": ".guardrail_key_assignment_list_response",
    "GuardrailKeysRequest": ".guardrail_keys_request",
    "GuardrailListResponse": ".guardrail_list_response",
    "GuardrailMemberAssignment": ".guardrail_member_assignment",
    "GuardrailMemberAssignmentListResponse": ".guardrail_member_assignment_list_response",
    "GuardrailMembersRequest": ".guardrail_members_request",
    "GuardrailResetIntervalKnown": ".guardrail_reset_interval_known",
    "GuardrailResponse": ".guardrail_response",
    "GuardrailScanScopeKnown": ".guardrail_scan_scope_known",
    "GuardrailUnassignResult": ".guardrail_unassign_result",
    "ImageAspectRatio": ".image_aspect_ratio",
    "ImageBackground": ".image_background",
    "ImageBillableKnown": ".image_billable_known",
    "ImageCompletedEvent": ".image_completed_event",
    "ImageConfig": ".image_config",
    "ImageGeneration": ".image_generation",
    "ImageInputModalityKnown": ".image_input_modality_known",
    "ImageModel": ".image_model",
    "ImageModelArchitecture": ".image_model_architecture",
    "ImageModelEndpoint": ".image_model_endpoint",
    "ImageModelEndpointList": ".image_model_endpoint_list",
    "ImageModelList": ".image_model_list",
    "ImageOutputFormat": ".image_output_format",
    "ImageOutputModalityKnown": ".image_output_modality_known",
    "ImageParameterBoolean": ".image_parameter_boolean",
    "ImageParameterEnum": ".image_parameter_enum",
    "ImageParameterRange": ".image_parameter_range",
    "ImagePartialImageEvent": ".image_partial_image_event",
    "ImagePricingEntry": ".image_pricing_entry",
    "ImagePricingUnitKnown": ".image_pricing_unit_known",
    "ImageProviderPreferences": ".image_provider_preferences",
    "ImageProviderSortBy": ".image_provider_sort_by",
    "ImageProviderSortConfig": ".image_provider_sort_config",
    "ImageProviderSortPartition": ".image_provider_sort_partition",
    "ImageQuality": ".image_quality",
    "ImageResolution": ".image_resolution",
    "ImageStreamError": ".image_stream_error",
    "ImageStreamErrorEvent": ".image_stream_error_event",
    "ImageSupportedParameters": ".image_supported_parameters",
    "ImageTextChunkEvent": ".image_text_chunk_event",
    "ImageTextPhaseKnown": ".image_text_phase_known",
    "ImageUrl": ".image_url",
    "ImageUrlContentPart": ".image_url_content_part",
    "ImageUrlDetailKnown": ".image_url_detail_known",
    "InferenceErrorTypeKnown": ".inference_error_type_known",
    "InferenceUsage": ".inference_usage",
    "InferenceUsageCacheCreation": ".inference_usage_cache_creation",
    "InferenceUsageCompletionDetails": ".inference_usage_completion_details",
    "InferenceUsageIteration": ".inference_usage_iteration",
    "InferenceUsagePromptDetails": ".inference_usage_prompt_details",
    "InferenceUsageServerToolUse": ".inference_usage_server_tool_use",
    "InputAudio": ".input_audio",
    "InputAudioContentPart": ".input_audio_content_part",
    "InputVideoContentPart": ".input_video_content_part",
    "InternConnection": ".intern_connection",
    "InternConnectionListResponse": ".intern_connection_list_response",
    "JsonSchemaFormat": ".json_schema_format",
    "ListModelsDistillable": ".list_models_distillable",
    "ListModelsRegion": ".list_models_region",
    "ListModelsUseRss": ".list_models_use_rss",
    "ListModelsUseRssChatLinks": ".list_models_use_rss_chat_links",
    "ListModelsZdr": ".list_models_zdr",
    "LogitBias": ".logit_bias",
    "ManagedPrivateEndpoint": ".managed_private_endpoint",
    "ManagedPrivateEndpointResponse": ".managed_private_endpoint_response",
    "MaxPrice": ".max_price",
    "MediaProviderOptionSet": ".media_provider_option_set",
    "MediaProviderOptions": ".media_provider_options",
    "MessageStreamDelta": ".message_stream_delta",
    "MessageStreamDeltaCitation": ".message_stream_delta_citation",
    "MessageStreamEvent": ".message_stream_event",
    "MessageStreamEventError": ".message_stream_event_error",
    "MessageStreamEventUsage": ".message_stream_event_usage",
    "MetadataLevel": ".metadata_level",
    "Model": ".model",
    "ModelAliasTarget": ".model_alias_target",
    "ModelArchitecture": ".model_architecture",
    "ModelArtificialAnalysisScores": ".model_artificial_analysis_scores",
    "ModelBenchmarks": ".model_benchmarks",
    "ModelCategory": ".model_category",
    "ModelCount": ".model_count",
    "ModelCountResponse": ".model_count_response",
    "ModelDefaultParameters": ".model_default_parameters",
    "ModelDesignArenaEntry": ".model_design_arena_entry",
    "ModelEndpoint": ".model_endpoint",
    "ModelEndpointNativeTool": ".model_endpoint_native_tool",
    "ModelEndpointNativeTools": ".model_endpoint_native_tools",
    "ModelEndpointToolChoiceSupport": ".model_endpoint_tool_choice_support",
    "ModelEndpointWorkloadPerformance": ".model_endpoint_workload_performance",
    "ModelEndpointWorkloadStats": ".model_endpoint_workload_stats",
    "ModelEndpoints": ".model_endpoints",
    "ModelEndpointsResponse": ".model_endpoints_response",
    "ModelInputModalityKnown": ".model_input_modality_known",
    "ModelInstructTypeKnown": ".model_instruct_type_known",
    "ModelLinks": ".model_links",
    "ModelListLinks": ".model_list_links",
    "ModelListResponse": ".model_list_response",
    "ModelListSort": ".model_list_sort",
    "ModelOutputModalityKnown": ".model_output_modality_known",
    "ModelParameterKnown": ".model_parameter_known",
    "ModelPerRequestLimits": ".model_per_request_limits",
    "ModelPricing": ".model_pricing",
    "ModelPricingOverride": ".model_pricing_override",
    "ModelReasoning": ".model_reasoning",
    "ModelResponse": ".model_response",
    "ModelTokenizerKnown": ".model_tokenizer_known",
    "ModelTopProvider": ".model_top_provider",
    "ModerationPlugin": ".moderation_plugin",
    "OAuthCodeChallengeMethod": ".o_auth_code_challenge_method",
    "OAuthError": ".o_auth_error",
    "OAuthErrorCodeKnown": ".o_auth_error_code_known",
    "OAuthGrantType": ".o_auth_grant_type",
    "OAuthJwk": ".o_auth_jwk",
    "OAuthJwkSet": ".o_auth_jwk_set",
    "OAuthRequestedTokenType": ".o_auth_requested_token_type",
    "OAuthSubjectTokenType": ".o_auth_subject_token_type",
    "OAuthTokenRequest": ".o_auth_token_request",
    "OAuthTokenResponse": ".o_auth_token_response",
    "OAuthTokenScope": ".o_auth_token_scope",
    "ObservabilityArizeConfig": ".observability_arize_config",
    "ObservabilityArizeDestination": ".observability_arize_destination",
    "ObservabilityBraintrustConfig": ".observability_braintrust_config",
    "ObservabilityBraintrustDestination": ".observability_braintrust_destination",
    "ObservabilityClickhouseConfig": ".observability_clickhouse_config",
    "ObservabilityClickhouseDestination": ".observability_clickhouse_destination",
    "ObservabilityDatadogConfig": ".observability_datadog_config",
    "ObservabilityDatadogDestination": ".observability_datadog_destination",
    "ObservabilityDestinationConfig": ".observability_destination_config",
    "ObservabilityDestinationListResponse": ".observability_destination_list_response",
    "ObservabilityDestinationResponse": ".observability_destination_response",
    "ObservabilityDestinationTypeKnown": ".observability_destination_type_known",
    "ObservabilityFilterFieldKnown": ".observability_filter_field_known",
    "ObservabilityFilterLogicKnown": ".observability_filter_logic_known",
    "ObservabilityFilterOperatorKnown": ".observability_filter_operator_known",
    "ObservabilityFilterRule": ".observability_filter_rule",
    "ObservabilityFilterRuleGroup": ".observability_filter_rule_group",
    "ObservabilityFilterRules": ".observability_filter_rules",
    "ObservabilityGenericDestination": ".observability_generic_destination",
    "ObservabilityGrafanaConfig": ".observability_grafana_config",
    "ObservabilityGrafanaDestination": ".observability_grafana_destination",
    "ObservabilityHeaders": ".observability_headers",
    "ObservabilityLangfuseConfig": ".observability_langfuse_config",
    "ObservabilityLangfuseDestination": ".observability_langfuse_destination",
    "ObservabilityLangsmithConfig": ".observability_langsmith_config",
    "ObservabilityLangsmithDestination": ".observability_langsmith_destination",
    "ObservabilityNewrelicConfig": ".observability_newrelic_config",
    "ObservabilityNewrelicDestination": ".observability_newrelic_destination",
    "ObservabilityNewrelicRegionKnown": ".observability_newrelic_region_known",
    "ObservabilityOpikConfig": ".observability_opik_config",
    "ObservabilityOpikDestination": ".observability_opik_destination",
    "ObservabilityOtelCollectorConfig": ".observability_otel_collector_config",
    "ObservabilityOtelCollectorDestination": ".observability_otel_collector_destination",
    "ObservabilityPosthogConfig": ".observability_posthog_config",
    "ObservabilityPosthogDestination": ".observability_posthog_destination",
    "ObservabilityRampConfig": ".observability_ramp_config",
    "ObservabilityRampDestination": ".observability_ramp_destination",
    "ObservabilityRegionInput": ".observability_region_input",
    "ObservabilityRegionKnown": ".observability_region_known",
    "ObservabilityS3AuthModeKnown": ".observability_s3_auth_mode_known",
    "ObservabilityS3Config": ".observability_s3_config",
    "ObservabilityS3Destination": ".observability_s3_destination",
    "ObservabilityS3ProviderKnown": ".observability_s3_provider_known",
    "ObservabilitySentryConfig": ".observability_sentry_config",
    "ObservabilitySentryDestination": ".observability_sentry_destination",
    "ObservabilitySnowflakeConfig": ".observability_snowflake_config",
    "ObservabilitySnowflakeDestination": ".observability_snowflake_destination",
    "ObservabilityWeaveConfig": ".observability_weave_config",
    "ObservabilityWeaveDestination": ".observability_weave_destination",
    "ObservabilityWebhookConfig": ".observability_webhook_config",
    "ObservabilityWebhookDestination": ".observability_webhook_destination",
    "ObservabilityWebhookMethodKnown": ".observability_webhook_method_known",
    "OpenAIFilePurposeKnown": ".open_ai_file_purpose_known",
    "OpenRouterBenchmark": ".open_router_benchmark",
    "OpenRouterDatetimeTool": ".open_router_datetime_tool",
    "OpenRouterDatetimeToolConfig": ".open_router_datetime_tool_config",
    "OpenRouterMetadata": ".open_router_metadata",
    "OpenRouterWebFetchTool": ".open_router_web_fetch_tool",
    "OpenRouterWebFetchToolConfig": ".open_router_web_fetch_tool_config",
    "OpenRouterWebFetchToolConfigEngineKnown": ".open_router_web_fetch_tool_config_engine_known",
    "OpenRouterWebSearchTool": ".open_router_web_search_tool",
    "OpenRouterWebSearchToolConfig": ".open_router_web_search_tool_config",
    "OpenRouterWebSearchToolConfigEngineKnown": ".open_router_web_search_tool_config_engine_known",
    "OpenRouterWebSearchToolConfigModeKnown": ".open_router_web_search_tool_config_mode_known",
    "OpenRouterWebSearchToolConfigSearchContextSizeKnown": ".open_router_web_search_tool_config_search_context_size_known",
    "OrganizationMember": ".organization_member",
    "OrganizationMemberListResponse": ".organization_member_list_response",
    "OrganizationRoleKnown": ".organization_role_known",
    "OrganizationSettings": ".organization_settings",
    "OrganizationSettingsResponse": ".organization_settings_response",
    "OtherAnnotation": ".other_annotation",
    "ParetoRouterPlugin": ".pareto_router_plugin",
    "ParetoRouterPluginPriceSourceKnown": ".pareto_router_plugin_price_source_known",
    "PdfParserOptions": ".pdf_parser_options",
    "PdfParserOptionsEngineKnown": ".pdf_parser_options_engine_known",
    "PercentileLatencyCutoffs": ".percentile_latency_cutoffs",
    "PercentileStats": ".percentile_stats",
    "PercentileThroughputCutoffs": ".percentile_throughput_cutoffs",
    "Prediction": ".prediction",
    "Preset": ".preset",
    "PresetConfig": ".preset_config",
    "PresetListResponse": ".preset_list_response",
    "PresetMessagesConfig": ".preset_messages_config",
    "PresetResponse": ".preset_response",
    "PresetResponsesConfig": ".preset_responses_config",
    "PresetStatusKnown": ".preset_status_known",
    "PresetVersion": ".preset_version",
    "PresetVersionListResponse": ".preset_version_list_response",
    "PresetVersionResponse": ".preset_version_response",
    "PresetWithVersion": ".preset_with_version",
    "PrivateEndpoint": ".private_endpoint",
    "PrivateEndpointActivation": ".private_endpoint_activation",
    "PrivateEndpointCheck": ".private_endpoint_check",
    "PrivateEndpointCheckReasonKnown": ".private_endpoint_check_reason_known",
    "PrivateEndpointListResponse": ".private_endpoint_list_response",
    "PrivateEndpointPricing": ".private_endpoint_pricing",
    "PrivateEndpointRegion": ".private_endpoint_region",
    "PrivateEndpointRegionKnown": ".private_endpoint_region_known",
    "PrivateEndpointResponse": ".private_endpoint_response",
    "PrivateEndpointStatusKnown": ".private_endpoint_status_known",
    "PrivateEndpointSummary": ".private_endpoint_summary",
    "PrivateEndpointValidation": ".private_endpoint_validation",
    "PrivateEndpointValidationResponse": ".private_endpoint_validation_response",
    "PromptCacheBreakpoint": ".prompt_cache_breakpoint",
    "PromptCacheOptions": ".prompt_cache_options",
    "Provider": ".provider",
    "ProviderDataCollectionKnown": ".provider_data_collection_known",
    "ProviderListResponse": ".provider_list_response",
    "ProviderPreferences": ".provider_preferences",
    "ProviderSortConfig": ".provider_sort_config",
    "ProviderSortKnown": ".provider_sort_known",
    "ProviderSortPartitionKnown": ".provider_sort_partition_known",
    "QuantizationKnown": ".quantization_known",
    "RankingsCategory": ".rankings_category",
    "RankingsContextBucket": ".rankings_context_bucket",
    "RankingsDailyResponse": ".rankings_daily_response",
    "RankingsLanguageType": ".rankings_language_type",
    "RankingsMeta": ".rankings_meta",
    "RankingsModality": ".rankings_modality",
    "RankingsPeriod": ".rankings_period",
    "ReasoningConfig": ".reasoning_config",
    "ReasoningConfigContextKnown": ".reasoning_config_context_known",
    "ReasoningConfigModeKnown": ".reasoning_config_mode_known",
    "ReasoningDetailEncrypted": ".reasoning_detail_encrypted",
    "ReasoningDetailFormatKnown": ".reasoning_detail_format_known",
    "ReasoningDetailOther": ".reasoning_detail_other",
    "ReasoningDetailServerToolCall": ".reasoning_detail_server_tool_call",
    "ReasoningDetailSummary": ".reasoning_detail_summary",
    "ReasoningDetailText": ".reasoning_detail_text",
    "ReasoningEffortKnown": ".reasoning_effort_known",
    "ReasoningSummaryVerbosityKnown": ".reasoning_summary_verbosity_known",
    "ReferenceAudioPart": ".reference_audio_part",
    "ReferenceImagePart": ".reference_image_part",
    "ReferenceUrl": ".reference_url",
    "ReferenceVideoPart": ".reference_video_part",
    "RemoveWorkspaceMembersRequest": ".remove_workspace_members_request",
    "RemoveWorkspaceMembersResponse": ".remove_workspace_members_response",
    "RequestMetadata": ".request_metadata",
    "RerankDocument": ".rerank_document",
    "RerankResponse": ".rerank_response",
    "RerankResult": ".rerank_result",
    "RerankUsage": ".rerank_usage",
    "ResponseApplyPatchCall": ".response_apply_patch_call",
    "ResponseApplyPatchCallOperation": ".response_apply_patch_call_operation",
    "ResponseCodeInterpreterCall": ".response_code_interpreter_call",
    "ResponseCodeInterpreterCallOutputsType0Item": ".response_code_interpreter_call_outputs_type_0_item",
    "ResponseCodeInterpreterTool": ".response_code_interpreter_tool",
    "ResponseCodeInterpreterToolContainerType1": ".response_code_interpreter_tool_container_type_1",
    "ResponseComputerUseTool": ".response_computer_use_tool",
    "ResponseComputerUseToolEnvironmentKnown": ".response_computer_use_tool_environment_known",
    "ResponseCostDetails": ".response_cost_details",
    "ResponseCustomTool": ".response_custom_tool",
    "ResponseCustomToolCall": ".response_custom_tool_call",
    "ResponseCustomToolFormat": ".response_custom_tool_format",
    "ResponseError": ".response_error",
    "ResponseErrorMetadata": ".response_error_metadata",
    "ResponseFileCitation": ".response_file_citation",
    "ResponseFilePath": ".response_file_path",
    "ResponseFileSearchCall": ".response_file_search_call",
    "ResponseFileSearchTool": ".response_file_search_tool",
    "ResponseFileSearchToolFiltersType0": ".response_file_search_tool_filters_type_0",
    "ResponseFileSearchToolRankingOptions": ".response_file_search_tool_ranking_options",
    "ResponseFormatGrammar": ".response_format_grammar",
    "ResponseFormatJsonObject": ".response_format_json_object",
    "ResponseFormatJsonSchema": ".response_format_json_schema",
    "ResponseFormatPython": ".response_format_python",
    "ResponseFormatText": ".response_format_text",
    "ResponseFunctionCall": ".response_function_call",
    "ResponseFunctionCallOutputInput": ".response_function_call_output_input",
    "ResponseFunctionCallOutputInputStatusKnown": ".response_function_call_output_input_status_known",
    "ResponseFunctionTool": ".response_function_tool",
    "ResponseFunctionToolAllowedCallersItemKnown": ".response_function_tool_allowed_callers_item_known",
    "ResponseFunctionToolOutputSchemaType0": ".response_function_tool_output_schema_type_0",
    "ResponseFunctionToolParametersType0": ".response_function_tool_parameters_type_0",
    "ResponseHealingPlugin": ".response_healing_plugin",
    "ResponseImageGenerationCall": ".response_image_generation_call",
    "ResponseImageGenerationTool": ".response_image_generation_tool",
    "ResponseImageGenerationToolBackgroundKnown": ".response_image_generation_tool_background_known",
    "ResponseImageGenerationToolInputFidelityKnown": ".response_image_generation_tool_input_fidelity_known",
    "ResponseImageGenerationToolInputImageMask": ".response_image_generation_tool_input_image_mask",
    "ResponseImageGenerationToolModerationKnown": ".response_image_generation_tool_moderation_known",
    "ResponseImageGenerationToolOutputFormatKnown": ".response_image_generation_tool_output_format_known",
    "ResponseImageGenerationToolQualityKnown": ".response_image_generation_tool_quality_known",
    "ResponseIncompleteDetails": ".response_incomplete_details",
    "ResponseInputAudio": ".response_input_audio",
    "ResponseInputAudioData": ".response_input_audio_data",
    "ResponseInputAudioDataFormatKnown": ".response_input_audio_data_format_known",
    "ResponseInputFile": ".response_input_file",
    "ResponseInputImage": ".response_input_image",
    "ResponseInputImageDetailKnown": ".response_input_image_detail_known",
    "ResponseInputMessage": ".response_input_message",
    "ResponseInputMessagePhaseKnown": ".response_input_message_phase_known",
    "ResponseInputMessageRole": ".response_input_message_role",
    "ResponseInputText": ".response_input_text",
    "ResponseInputTokensDetails": ".response_input_tokens_details",
    "ResponseInputVideo": ".response_input_video",
    "ResponseInputVideoProcessingKnown": ".response_input_video_processing_known",
    "ResponseItemReference": ".response_item_reference",
    "ResponseMcpTool": ".response_mcp_tool",
    "ResponseMcpToolAllowedToolsType1": ".response_mcp_tool_allowed_tools_type_1",
    "ResponseMcpToolHeadersType0": ".response_mcp_tool_headers_type_0",
    "ResponseMcpToolRequireApprovalType1": ".response_mcp_tool_require_approval_type_1",
    "ResponseNamespaceTool": ".response_namespace_tool",
    "ResponseObject": ".response_object",
    "ResponseObjectMetadataType0": ".response_object_metadata_type_0",
    "ResponseObjectReasoningType0": ".response_object_reasoning_type_0",
    "ResponseObjectToolChoiceType1": ".response_object_tool_choice_type_1",
    "ResponseOtherInputItem": ".response_other_input_item",
    "ResponseOutputMessage": ".response_output_message",
    "ResponseOutputText": ".response_output_text",
    "ResponseOutputTokensDetails": ".response_output_tokens_details",
    "ResponsePromptTemplate": ".response_prompt_template",
    "ResponsePromptTemplateVariablesType0": ".response_prompt_template_variables_type_0",
    "ResponseReasoningItem": ".response_reasoning_item",
    "ResponseReasoningSummaryText": ".response_reasoning_summary_text",
    "ResponseReasoningText": ".response_reasoning_text",
    "ResponseRefusalContent": ".response_refusal_content",
    "ResponseShellTool": ".response_shell_tool",
    "ResponseShellToolType": ".response_shell_tool_type",
    "ResponseStatusKnown": ".response_status_known",
    "ResponseStreamEvent": ".response_stream_event",
    "ResponseStreamEventError": ".response_stream_event_error",
    "ResponseStreamEventPart": ".response_stream_event_part",
    "ResponseTextConfig": ".response_text_config",
    "ResponseTextFormatJsonObject": ".response_text_format_json_object",
    "ResponseTextFormatJsonSchema": ".response_text_format_json_schema",
    "ResponseTextFormatJsonSchemaSchema": ".response_text_format_json_schema_schema",
    "ResponseTextFormatText": ".response_text_format_text",
    "ResponseTokenLogprob": ".response_token_logprob",
    "ResponseToolChoiceAllowedTools": ".response_tool_choice_allowed_tools",
    "ResponseToolChoiceAllowedToolsMode": ".response_tool_choice_allowed_tools_mode",
    "ResponseToolChoiceAllowedToolsToolsItem": ".response_tool_choice_allowed_tools_tools_item",
    "ResponseToolChoiceFunction": ".response_tool_choice_function",
    "ResponseToolChoiceHosted": ".response_tool_choice_hosted",
    "ResponseToolChoiceHostedType": ".response_tool_choice_hosted_type",
    "ResponseToolChoiceMode": ".response_tool_choice_mode",
    "ResponseTopLogprob": ".response_top_logprob",
    "ResponseUnknownAnnotation": ".response_unknown_annotation",
    "ResponseUnknownContent": ".response_unknown_content",
    "ResponseUnknownOutputItem": ".response_unknown_output_item",
    "ResponseUrlCitation": ".response_url_citation",
    "ResponseUsage": ".response_usage",
    "ResponseWebSearchAction": ".response_web_search_action",
    "ResponseWebSearchActionSourcesItem": ".response_web_search_action_sources_item",
    "ResponseWebSearchCall": ".response_web_search_call",
    "ResponseWebSearchTool": ".response_web_search_tool",
    "ResponseWebSearchToolEngineKnown": ".response_web_search_tool_engine_known",
    "ResponseWebSearchToolModeKnown": ".response_web_search_tool_mode_known",
    "ResponseWebSearchToolSearchContextSizeKnown": ".response_web_search_tool_search_context_size_known",
    "ResponseWebSearchToolType": ".response_web_search_tool_type",
    "ScimGroup": ".scim_group",
    "ScimGroupListResponse": ".scim_group_list_response",
    "ScimGroupMapping": ".scim_group_mapping",
    "ScimGroupMappingListResponse": ".scim_group_mapping_list_response",
    "ScimGroupMappingResponse": ".scim_group_mapping_response",
    "ScimRole": ".scim_role",
    "ScimRoleKnown": ".scim_role_known",
    "ScimSyncJob": ".scim_sync_job",
    "ScimSyncJobResponse": ".scim_sync_job_response",
    "ScimSyncJobStatusKnown": ".scim_sync_job_status_known",
    "SearchBenchmark": ".search_benchmark",
    "SearchBenchmarkMetricKnown": ".search_benchmark_metric_known",
    "SearchBenchmarkRunConfig": ".search_benchmark_run_config",
    "ServerTool": ".server_tool",
    "ServerToolAlias": ".server_tool_alias",
    "ServerToolApiFormat": ".server_tool_api_format",
    "ServerToolByokKnown": ".server_tool_byok_known",
    "ServerToolDataRegionKnown": ".server_tool_data_region_known",
    "ServerToolEngine": ".server_tool_engine",
    "ServerToolExecutorKnown": ".server_tool_executor_known",
    "ServerToolJsonSchema": ".server_tool_json_schema",
    "ServerToolListLinks": ".server_tool_list_links",
    "ServerToolListResponse": ".server_tool_list_response",
    "ServerToolNativeModel": ".server_tool_native_model",
    "ServerToolNativeSupport": ".server_tool_native_support",
    "ServerToolOutputName": ".server_tool_output_name",
    "ServerToolPrice": ".server_tool_price",
    "ServerToolPricingSourceKnown": ".server_tool_pricing_source_known",
    "ServerToolResponse": ".server_tool_response",
    "ServerToolStatusKnown": ".server_tool_status_known",
    "ServerToolUseDetails": ".server_tool_use_details",
    "SessionCostCell": ".session_cost_cell",
    "SessionCostMeta": ".session_cost_meta",
    "SessionCostResponse": ".session_cost_response",
    "SessionTurnRange": ".session_turn_range",
    "SetPrivateEndpointPricingRequest": ".set_private_endpoint_pricing_request",
    "SetWorkspaceBudgetRequest": ".set_workspace_budget_request",
    "SpeechReferenceAudio": ".speech_reference_audio",
    "SpeechReferenceAudioSource": ".speech_reference_audio_source",
    "SpeechReferenceText": ".speech_reference_text",
    "SpeechResponseFormat": ".speech_response_format",
    "SpeechTurn": ".speech_turn",
    "StopServerToolsWhenFinishReasonIs": ".stop_server_tools_when_finish_reason_is",
    "StopServerToolsWhenHasToolCall": ".stop_server_tools_when_has_tool_call",
    "StopServerToolsWhenMaxCost": ".stop_server_tools_when_max_cost",
    "StopServerToolsWhenMaxTokensUsed": ".stop_server_tools_when_max_tokens_used",
    "StopServerToolsWhenStepCountIs": ".stop_server_tools_when_step_count_is",
    "StoredFileAnthropic": ".stored_file_anthropic",
    "StoredFileOpenAI": ".stored_file_open_ai",
    "StoredFileOpenRouter": ".stored_file_open_router",
    "SystemMessage": ".system_message",
    "TaskClassification": ".task_classification",
    "TaskClassificationModelShare": ".task_classification_model_share",
    "TaskClassificationReport": ".task_classification_report",
    "TaskClassificationWindow": ".task_classification_window",
    "TaskClassificationsResponse": ".task_classifications_response",
    "TaskMacroCategory": ".task_macro_category",
    "TextCompletion": ".text_completion",
    "TextCompletionChoice": ".text_completion_choice",
    "TextCompletionFinishReasonKnown": ".text_completion_finish_reason_known",
    "TextCompletionLogprobs": ".text_completion_logprobs",
    "TextCompletionLogprobsTopLogprobsItem": ".text_completion_logprobs_top_logprobs_item",
    "TextContentPart": ".text_content_part",
    "ToolMessage": ".tool_message",
    "TraceConfig": ".trace_config",
    "Transcription": ".transcription",
    "TranscriptionEntity": ".transcription_entity",
    "TranscriptionInlineAudio": ".transcription_inline_audio",
    "TranscriptionRequest": ".transcription_request",
    "TranscriptionResponseFormat": ".transcription_response_format",
    "TranscriptionSegment": ".transcription_segment",
    "TranscriptionTimestampGranularity": ".transcription_timestamp_granularity",
    "TranscriptionUpload": ".transcription_upload",
    "TranscriptionUrlAudio": ".transcription_url_audio",
    "TranscriptionUsage": ".transcription_usage",
    "TranscriptionWord": ".transcription_word",
    "TranscriptionWordTypeKnown": ".transcription_word_type_known",
    "UpdateApiKeyRequest": ".update_api_key_request",
    "UpdateByokKeyRequest": ".update_byok_key_request",
    "UpdateExternalUserRequest": ".update_external_user_request",
    "UpdateGuardrailRequest": ".update_guardrail_request",
    "UpdateObservabilityDestinationRequest": ".update_observability_destination_request",
    "UpdateOrganizationSettingsRequest": ".update_organization_settings_request",
    "UpdatePrivateEndpointRequest": ".update_private_endpoint_request",
    "UpdateScimGroupMappingRequest": ".update_scim_group_mapping_request",
    "UpdateWorkspaceRequest": ".update_workspace_request",
    "UrlCitation": ".url_citation",
    "UrlCitationAnnotation": ".url_citation_annotation",
    "UserMessage": ".user_message",
    "ValidatePrivateEndpointRequest": ".validate_private_endpoint_request",
    "VaultEffectiveSecret": ".vault_effective_secret",
    "VaultEffectiveSecretListResponse": ".vault_effective_secret_list_response",
    "VaultEffectiveSecretScopeKnown": ".vault_effective_secret_scope_known",
    "VaultSecret": ".vault_secret",
    "VaultSecretCopyRequest": ".vault_secret_copy_request",
    "VaultSecretCopyResponse": ".vault_secret_copy_response",
    "VaultSecretListResponse": ".vault_secret_list_response",
    "VaultSecretResponse": ".vault_secret_response",
    "VaultSecretWriteRequest": ".vault_secret_write_request",
    "VideoAspectRatio": ".video_aspect_ratio",
    "VideoFrameImage": ".video_frame_image",
    "VideoFrameType": ".video_frame_type",
    "VideoJob": ".video_job",
    "VideoJobStatusKnown": ".video_job_status_known",
    "VideoModel": ".video_model",
    "VideoModelList": ".video_model_list",
    "VideoPricingSkus": ".video_pricing_skus",
    "VideoProviderPreferences": ".video_provider_preferences",
    "VideoResolution": ".video_resolution",
    "VideoUpscaleRange": ".video_upscale_range",
    "VideoUrl": ".video_url",
    "VideoUrlContentPart": ".video_url_content_part",
    "VideoUrlProcessingKnown": ".video_url_processing_known",
    "VideoUsage": ".video_usage",
    "WebFetchPlugin": ".web_fetch_plugin",
    "WebPlugin": ".web_plugin",
    "WebPluginEngineKnown": ".web_plugin_engine_known",
    "WebPluginModeKnown": ".web_plugin_mode_known",
    "WebSearchCitation": ".web_search_citation",
    "WebSearchCitationAnnotation": ".web_search_citation_annotation",
    "WebSearchDomainFilter": ".web_search_domain_filter",
    "WebSearchOptions": ".web_search_options",
    "WebSearchOptionsSearchContextSizeKnown": ".web_search_options_search_context_size_known",
    "WebSearchUserLocation": ".web_search_user_location",
    "Workspace": ".workspace",
    "WorkspaceBudget": ".workspace_budget",
    "WorkspaceBudgetInterval": ".workspace_budget_interval",
    "WorkspaceBudgetListResponse": ".workspace_budget_list_response",
    "WorkspaceBudgetResetKnown": ".workspace_budget_reset_known",
    "WorkspaceBudgetResponse": ".workspace_budget_response",
    "WorkspaceListResponse": ".workspace_list_response",
    "WorkspaceMember": ".workspace_member",
    "WorkspaceMemberListResponse": ".workspace_member_list_response",
    "WorkspaceMemberRoleKnown": ".workspace_member_role_known",
    "WorkspaceResponse": ".workspace_response",
    "WorkspaceServerTool": ".workspace_server_tool",
    "XSearchOptions": ".x_search_options",
    "ZdrEndpointListResponse": ".zdr_endpoint_list_response",
}

__all__ = (
    "ActivityGroupBy",
    "ActivityItem",
    "ActivityListResponse",
    "AddWorkspaceMembersRequest",
    "AddWorkspaceMembersResponse",
    "AnalyticsClassifierDimensions",
    "AnalyticsClassifierFilter",
    "AnalyticsClassifierFilters",
    "AnalyticsDimension",
    "AnalyticsFilter",
    "AnalyticsGranularity",
    "AnalyticsGranularityKnown",
    "AnalyticsMeta",
    "AnalyticsMetaResponse",
    "AnalyticsMetric",
    "AnalyticsMetricFormatKnown",
    "AnalyticsOperator",
    "AnalyticsOperatorKnown",
    "AnalyticsOperatorValueTypeKnown",
    "AnalyticsOrderBy",
    "AnalyticsOrderDirection",
    "AnalyticsQueryMetadata",
    "AnalyticsQueryRequest",
    "AnalyticsQueryResponse",
    "AnalyticsQueryResult",
    "AnalyticsQueryRow",
    "AnalyticsTimeRange",
    "AnthropicBase64ImageSource",
    "AnthropicBase64ImageSourceMediaTypeKnown",
    "AnthropicBase64PdfSource",
    "AnthropicBashTool",
    "AnthropicCacheCreation",
    "AnthropicContainer",
    "AnthropicContainerSkillsType0Item",
    "AnthropicContentSource",
    "AnthropicContextManagement",
    "AnthropicContextManagementEditsItem",
    "AnthropicCustomTool",
    "AnthropicCustomToolInputSchema",
    "AnthropicDocumentBlockParam",
    "AnthropicDocumentBlockParamCitationsType0",
    "AnthropicFallbackModel",
    "AnthropicFileSource",
    "AnthropicImageBlockParam",
    "AnthropicInputMessage",
    "AnthropicInputMessageRole",
    "AnthropicMessage",
    "AnthropicMessageContextManagementType0",
    "AnthropicOtherBlockParam",
    "AnthropicOutputConfig",
    "AnthropicOutputConfigEffortKnown",
    "AnthropicOutputFormat",
    "AnthropicOutputFormatSchema",
    "AnthropicOutputTokensDetails",
    "AnthropicPlainTextSource",
    "AnthropicRedactedThinkingBlock",
    "AnthropicRedactedThinkingBlockParam",
    "AnthropicRequestMetadata",
    "AnthropicServerToolUsage",
    "AnthropicServerToolUseBlock",
    "AnthropicServerToolUseBlockCallerType0",
    "AnthropicStopDetails",
    "AnthropicStopReasonKnown",
    "AnthropicTaskBudget",
    "AnthropicTextBlock",
    "AnthropicTextBlockCitationsType0Item",
    "AnthropicTextBlockParam",
    "AnthropicTextBlockParamCitationsType0Item",
    "AnthropicTextEditorTool",
    "AnthropicThinkingAdaptive",
    "AnthropicThinkingAdaptiveDisplayKnown",
    "AnthropicThinkingBlock",
    "AnthropicThinkingBlockParam",
    "AnthropicThinkingDisabled",
    "AnthropicThinkingEnabled",
    "AnthropicThinkingEnabledDisplayKnown",
    "AnthropicToolChoiceAny",
    "AnthropicToolChoiceAuto",
    "AnthropicToolChoiceNone",
    "AnthropicToolChoiceTool",
    "AnthropicToolResultBlockParam",
    "AnthropicToolUseBlock",
    "AnthropicToolUseBlockCallerType0",
    "AnthropicToolUseBlockParam",
    "AnthropicUnknownBlock",
    "AnthropicUrlSource",
    "AnthropicUsage",
    "AnthropicUsageIterationsItem",
    "AnthropicWebSearchTool",
    "AnthropicWebSearchToolType",
    "ApiKey",
    "ApiKeyExternalIdentity",
    "ApiKeyLimitReset",
    "ApiKeyListResponse",
    "ApiKeyResponse",
    "AppRanking",
    "AppRankingCategory",
    "AppRankingSort",
    "AppRankingsResponse",
    "AppRankingSubcategory",
    "ArtificialAnalysisBenchmark",
    "AssistantMessage",
    "AudioDataCollection",
    "AudioProviderPreferences",
    "AuthCode",
    "AuthCodeUsageLimitType",
    "AutoBetaRouterPlugin",
    "AutoRouterCostTierKnown",
    "AutoRouterPlugin",
    "Batch",
    "BatchCompletionWindow",
    "BatchDeletion",
    "BatchDeletionOutcomeKnown",
    "BatchDeletionTargets",
    "BatchEndpoint",
    "BatchFailure",
    "BatchList",
    "BatchProviderPreferences",
    "BatchRequestBody",
    "BatchRequestCounts",
    "BatchRequestItem",
    "BatchResponseBody",
    "BatchResult",
    "BatchResultError",
    "BatchResultResponse",
    "BatchStatusFilter",
    "BatchStatusKnown",
    "BatchSummary",
    "BatchUpstreamDeletion",
    "BenchmarkArena",
    "BenchmarkPricing",
    "BenchmarkSearchSurface",
    "BenchmarksMeta",
    "BenchmarkSource",
    "BenchmarksResponse",
    "BenchmarkTaskType",
    "BenchmarkType",
    "ByokKey",
    "ByokKeyListResponse",
    "ByokKeyResponse",
    "ByokProviderKnown",
    "ByokRegionKnown",
    "CacheControl",
    "CacheControlTtlKnown",
    "ChatAudioOutput",
    "ChatCompletion",
    "ChatCompletionChoice",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionChunkDebug",
    "ChatCompletionDelta",
    "ChatCompletionError",
    "ChatCompletionErrorMetadata",
    "ChatCompletionMessage",
    "ChatCompletionRequest",
    "ChatCompletionRequestVerbosityKnown",
    "ChatCompletionTokensDetails",
    "ChatDebugOptions",
    "ChatFinishReasonKnown",
    "ChatGeneratedImage",
    "ChatGeneratedImageUrl",
    "ChatLogprobs",
    "ChatNamedToolChoice",
    "ChatNamedToolChoiceFunction",
    "ChatOutputModalityKnown",
    "ChatPromptTokensDetails",
    "ChatRouteModeKnown",
    "ChatServerTool",
    "ChatServerToolChoice",
    "ChatServiceTierKnown",
    "ChatStreamOptions",
    "ChatTokenLogprob",
    "ChatToolCall",
    "ChatToolCallDelta",
    "ChatToolCallDeltaFunction",
    "ChatToolCallFunction",
    "ChatToolChoiceMode",
    "ChatTopLogprob",
    "ChatUsage",
    "ChatUsageOptions",
    "ConfigurationUpdate",
    "ConfigurationUpdateReasoning",
    "ContainerFile",
    "ContainerFileList",
    "ContainerFileSourceKnown",
    "ContextCompressionPlugin",
    "ContextCompressionPluginEngineKnown",
    "CostDetails",
    "CreateApiKeyRequest",
    "CreateApiKeyResponse",
    "CreateAuthCodeRequest",
    "CreateAuthCodeResponse",
    "CreateBatchRequest",
    "CreateByokKeyRequest",
    "CreateChatCompletionXOpenRouterCache",
    "CreateCompletionRequest",
    "CreateCompletionRequestLogitBias",
    "CreateCompletionRequestMetadata",
    "CreateCompletionRequestResponseFormat",
    "CreateCompletionRequestStreamOptions",
    "CreateEmbeddingsRequest",
    "CreateEmbeddingsRequestEncodingFormatKnown",
    "CreateExternalUserRequest",
    "CreateGuardrailRequest",
    "CreateImageRequest",
    "CreateMessageRequest",
    "CreateMessageRequestSpeedKnown",
    "CreateObservabilityDestinationRequest",
    "CreatePrivateEndpointRequest",
    "CreateRerankRequest",
    "CreateResponseRequest",
    "CreateResponseRequestIncludeItemKnown",
    "CreateResponseRequestModalitiesItemKnown",
    "CreateResponseRequestServiceTierKnown",
    "CreateResponseRequestTruncationKnown",
    "CreateScimGroupMappingRequest",
    "CreateSpeechRequest",
    "CreateVideoRequest",
    "CreateWorkspaceRequest",
    "Credits",
    "CreditsResponse",
    "CurrentKey",
    "CurrentKeyBudget",
    "CurrentKeyFreeModelRequests",
    "CurrentKeyRateLimit",
    "CurrentKeyResponse",
    "DailyModelTokens",
    "DataRegionKnown",
    "DatasetVersionKnown",
    "DecisionsAnswers",
    "DecisionsBox",
    "DecisionsBoxAnswer",
    "DecisionsBoxQuestion",
    "DecisionsChoiceAnswer",
    "DecisionsChoiceCriteria",
    "DecisionsChoiceQuestion",
    "DecisionsNoulAnswer",
    "DecisionsNoulCriteria",
    "DecisionsNoulQuestion",
    "DecisionsProbabilities",
    "DecisionsQuestions",
    "DecisionsRequest",
    "DecisionsResponse",
    "DecisionsScoreAnswer",
    "DecisionsScoreLegend",
    "DecisionsScoreQuestion",
    "DecisionsUsage",
    "DeferredBm25Search",
    "DeferredCustomSearch",
    "DeferredRegexSearch",
    "DeferredToolsControl",
    "DeleteApiKeyResponse",
    "DeleteByokKeyResponse",
    "DeletedPrivateEndpoint",
    "DeleteGuardrailResponse",
    "DeleteObservabilityDestinationResponse",
    "DeletePrivateEndpointResponse",
    "DeleteScimGroupMappingResponse",
    "DeleteWorkspaceBudgetResponse",
    "DeleteWorkspaceResponse",
    "DesignArenaBenchmark",
    "DesignArenaTournamentStats",
    "DeveloperMessage",
    "EmbeddingImageUrl",
    "EmbeddingImageUrlPart",
    "EmbeddingInputAudioPart",
    "EmbeddingInputFilePart",
    "EmbeddingInputVideoPart",
    "EmbeddingMediaData",
    "EmbeddingMultimodalInput",
    "EmbeddingObject",
    "EmbeddingsPromptTokensDetails",
    "EmbeddingsResponse",
    "EmbeddingsUsage",
    "EmbeddingTextPart",
    "ErrorAvailability",
    "ErrorAvailabilityConstraint",
    "ErrorDetail",
    "ErrorMetadata",
    "ErrorResponse",
    "ExchangeAuthCodeRequest",
    "ExchangeAuthCodeResponse",
    "ExternalUser",
    "ExternalUserListResponse",
    "ExternalUserResponse",
    "FileAnnotation",
    "FileAnnotationContent",
    "FileAnnotationFile",
    "FileContentPart",
    "FileDeletionAnthropic",
    "FileDeletionOpenAI",
    "FileDeletionOpenRouter",
    "FileInput",
    "FileListAnthropic",
    "FileListOpenAI",
    "FileListOpenRouter",
    "FileListOrder",
    "FileParserPlugin",
    "FileStorageProvider",
    "FileUpload",
    "FunctionDefinition",
    "FunctionTool",
    "FusionPlugin",
    "FusionPluginPresetKnown",
    "FusionTool",
    "GeneratedImage",
    "Generation",
    "GenerationApiTypeKnown",
    "GenerationContent",
    "GenerationContentError",
    "GenerationContentErrorAttempt",
    "GenerationContentMessagesInput",
    "GenerationContentOutput",
    "GenerationContentPromptInput",
    "GenerationContentResponse",
    "GenerationFeedbackCategory",
    "GenerationFeedbackRequest",
    "GenerationFeedbackResponse",
    "GenerationFeedbackResult",
    "GenerationProviderResponse",
    "GenerationResponse",
    "GenericPlugin",
    "Guardrail",
    "GuardrailAssignResult",
    "GuardrailBuiltinFilter",
    "GuardrailBuiltinFilterSlugKnown",
    "GuardrailCustomFilter",
    "GuardrailDataRegionKnown",
    "GuardrailFilterActionKnown",
    "GuardrailKeyAssignment",
    "GuardrailKeyAssignmentListResponse",
    "GuardrailKeysRequest",
    "GuardrailListResponse",
    "GuardrailMemberAssignment",
    "GuardrailMemberAssignmentListResponse",
    "GuardrailMembersRequest",
    "GuardrailResetIntervalKnown",
    "GuardrailResponse",
    "GuardrailScanScopeKnown",
    "GuardrailUnassignResult",
    "ImageAspectRatio",
    "ImageBackground",
    "ImageBillableKnown",
    "ImageCompletedEvent",
    "ImageConfig",
    "ImageGeneration",
    "ImageInputModalityKnown",
    "ImageModel",
    "ImageModelArchitecture",
    "ImageModelEndpoint",
    "ImageModelEndpointList",
    "ImageModelList",
    "ImageOutputFormat",
    "ImageOutputModalityKnown",
    "ImageParameterBoolean",
    "ImageParameterEnum",
    "ImageParameterRange",
    "ImagePartialImageEvent",
    "ImagePricingEntry",
    "ImagePricingUnitKnown",
    "ImageProviderPreferences",
    "ImageProviderSortBy",
    "ImageProviderSortConfig",
    "ImageProviderSortPartition",
    "ImageQuality",
    "ImageResolution",
    "ImageStreamError",
    "ImageStreamErrorEvent",
    "ImageSupportedParameters",
    "ImageTextChunkEvent",
    "ImageTextPhaseKnown",
    "ImageUrl",
    "ImageUrlContentPart",
    "ImageUrlDetailKnown",
    "InferenceErrorTypeKnown",
    "InferenceUsage",
    "InferenceUsageCacheCreation",
    "InferenceUsageCompletionDetails",
    "InferenceUsageIteration",
    "InferenceUsagePromptDetails",
    "InferenceUsageServerToolUse",
    "InputAudio",
    "InputAudioContentPart",
    "InputVideoContentPart",
    "InternConnection",
    "InternConnectionListResponse",
    "JsonSchemaFormat",
    "ListModelsDistillable",
    "ListModelsRegion",
    "ListModelsUseRss",
    "ListModelsUseRssChatLinks",
    "ListModelsZdr",
    "LogitBias",
    "ManagedPrivateEndpoint",
    "ManagedPrivateEndpointResponse",
    "MaxPrice",
    "MediaProviderOptions",
    "MediaProviderOptionSet",
    "MessageStreamDelta",
    "MessageStreamDeltaCitation",
    "MessageStreamEvent",
    "MessageStreamEventError",
    "MessageStreamEventUsage",
    "MetadataLevel",
    "Model",
    "ModelAliasTarget",
    "ModelArchitecture",
    "ModelArtificialAnalysisScores",
    "ModelBenchmarks",
    "ModelCategory",
    "ModelCount",
    "ModelCountResponse",
    "ModelDefaultParameters",
    "ModelDesignArenaEntry",
    "ModelEndpoint",
    "ModelEndpointNativeTool",
    "ModelEndpointNativeTools",
    "ModelEndpoints",
    "ModelEndpointsResponse",
    "ModelEndpointToolChoiceSupport",
    "ModelEndpointWorkloadPerformance",
    "ModelEndpointWorkloadStats",
    "ModelInputModalityKnown",
    "ModelInstructTypeKnown",
    "ModelLinks",
    "ModelListLinks",
    "ModelListResponse",
    "ModelListSort",
    "ModelOutputModalityKnown",
    "ModelParameterKnown",
    "ModelPerRequestLimits",
    "ModelPricing",
    "ModelPricingOverride",
    "ModelReasoning",
    "ModelResponse",
    "ModelTokenizerKnown",
    "ModelTopProvider",
    "ModerationPlugin",
    "OAuthCodeChallengeMethod",
    "OAuthError",
    "OAuthErrorCodeKnown",
    "OAuthGrantType",
    "OAuthJwk",
    "OAuthJwkSet",
    "OAuthRequestedTokenType",
    "OAuthSubjectTokenType",
    "OAuthTokenRequest",
    "OAuthTokenResponse",
    "OAuthTokenScope",
    "ObservabilityArizeConfig",
    "ObservabilityArizeDestination",
    "ObservabilityBraintrustConfig",
    "ObservabilityBraintrustDestination",
    "ObservabilityClickhouseConfig",
    "ObservabilityClickhouseDestination",
    "ObservabilityDatadogConfig",
    "ObservabilityDatadogDestination",
    "ObservabilityDestinationConfig",
    "ObservabilityDestinationListResponse",
    "ObservabilityDestinationResponse",
    "ObservabilityDestinationTypeKnown",
    "ObservabilityFilterFieldKnown",
    "ObservabilityFilterLogicKnown",
    "ObservabilityFilterOperatorKnown",
    "ObservabilityFilterRule",
    "ObservabilityFilterRuleGroup",
    "ObservabilityFilterRules",
    "ObservabilityGenericDestination",
    "ObservabilityGrafanaConfig",
    "ObservabilityGrafanaDestination",
    "ObservabilityHeaders",
    "ObservabilityLangfuseConfig",
    "ObservabilityLangfuseDestination",
    "ObservabilityLangsmithConfig",
    "ObservabilityLangsmithDestination",
    "ObservabilityNewrelicConfig",
    "ObservabilityNewrelicDestination",
    "ObservabilityNewrelicRegionKnown",
    "ObservabilityOpikConfig",
    "ObservabilityOpikDestination",
    "ObservabilityOtelCollectorConfig",
    "ObservabilityOtelCollectorDestination",
    "ObservabilityPosthogConfig",
    "ObservabilityPosthogDestination",
    "ObservabilityRampConfig",
    "ObservabilityRampDestination",
    "ObservabilityRegionInput",
    "ObservabilityRegionKnown",
    "ObservabilityS3AuthModeKnown",
    "ObservabilityS3Config",
    "ObservabilityS3Destination",
    "ObservabilityS3ProviderKnown",
    "ObservabilitySentryConfig",
    "ObservabilitySentryDestination",
    "ObservabilitySnowflakeConfig",
    "ObservabilitySnowflakeDestination",
    "ObservabilityWeaveConfig",
    "ObservabilityWeaveDestination",
    "ObservabilityWebhookConfig",
    "ObservabilityWebhookDestination",
    "ObservabilityWebhookMethodKnown",
    "OpenAIFilePurposeKnown",
    "OpenRouterBenchmark",
    "OpenRouterDatetimeTool",
    "OpenRouterDatetimeToolConfig",
    "OpenRouterMetadata",
    "OpenRouterWebFetchTool",
    "OpenRouterWebFetchToolConfig",
    "OpenRouterWebFetchToolConfigEngineKnown",
    "OpenRouterWebSearchTool",
    "OpenRouterWebSearchToolConfig",
    "OpenRouterWebSearchToolConfigEngineKnown",
    "OpenRouterWebSearchToolConfigModeKnown",
    "OpenRouterWebSearchToolConfigSearchContextSizeKnown",
    "OrganizationMember",
    "OrganizationMemberListResponse",
    "OrganizationRoleKnown",
    "OrganizationSettings",
    "OrganizationSettingsResponse",
    "OtherAnnotation",
    "ParetoRouterPlugin",
    "ParetoRouterPluginPriceSourceKnown",
    "PdfParserOptions",
    "PdfParserOptionsEngineKnown",
    "PercentileLatencyCutoffs",
    "PercentileStats",
    "PercentileThroughputCutoffs",
    "Prediction",
    "Preset",
    "PresetConfig",
    "PresetListResponse",
    "PresetMessagesConfig",
    "PresetResponse",
    "PresetResponsesConfig",
    "PresetStatusKnown",
    "PresetVersion",
    "PresetVersionListResponse",
    "PresetVersionResponse",
    "PresetWithVersion",
    "PrivateEndpoint",
    "PrivateEndpointActivation",
    "PrivateEndpointCheck",
    "PrivateEndpointCheckReasonKnown",
    "PrivateEndpointListResponse",
    "PrivateEndpointPricing",
    "PrivateEndpointRegion",
    "PrivateEndpointRegionKnown",
    "PrivateEndpointResponse",
    "PrivateEndpointStatusKnown",
    "PrivateEndpointSummary",
    "PrivateEndpointValidation",
    "PrivateEndpointValidationResponse",
    "PromptCacheBreakpoint",
    "PromptCacheOptions",
    "Provider",
    "ProviderDataCollectionKnown",
    "ProviderListResponse",
    "ProviderPreferences",
    "ProviderSortConfig",
    "ProviderSortKnown",
    "ProviderSortPartitionKnown",
    "QuantizationKnown",
    "RankingsCategory",
    "RankingsContextBucket",
    "RankingsDailyResponse",
    "RankingsLanguageType",
    "RankingsMeta",
    "RankingsModality",
    "RankingsPeriod",
    "ReasoningConfig",
    "ReasoningConfigContextKnown",
    "ReasoningConfigModeKnown",
    "ReasoningDetailEncrypted",
    "ReasoningDetailFormatKnown",
    "ReasoningDetailOther",
    "ReasoningDetailServerToolCall",
    "ReasoningDetailSummary",
    "ReasoningDetailText",
    "ReasoningEffortKnown",
    "ReasoningSummaryVerbosityKnown",
    "ReferenceAudioPart",
    "ReferenceImagePart",
    "ReferenceUrl",
    "ReferenceVideoPart",
    "RemoveWorkspaceMembersRequest",
    "RemoveWorkspaceMembersResponse",
    "RequestMetadata",
    "RerankDocument",
    "RerankResponse",
    "RerankResult",
    "RerankUsage",
    "ResponseApplyPatchCall",
    "ResponseApplyPatchCallOperation",
    "ResponseCodeInterpreterCall",
    "ResponseCodeInterpreterCallOutputsType0Item",
    "ResponseCodeInterpreterTool",
    "ResponseCodeInterpreterToolContainerType1",
    "ResponseComputerUseTool",
    "ResponseComputerUseToolEnvironmentKnown",
    "ResponseCostDetails",
    "ResponseCustomTool",
    "ResponseCustomToolCall",
    "ResponseCustomToolFormat",
    "ResponseError",
    "ResponseErrorMetadata",
    "ResponseFileCitation",
    "ResponseFilePath",
    "ResponseFileSearchCall",
    "ResponseFileSearchTool",
    "ResponseFileSearchToolFiltersType0",
    "ResponseFileSearchToolRankingOptions",
    "ResponseFormatGrammar",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonSchema",
    "ResponseFormatPython",
    "ResponseFormatText",
    "ResponseFunctionCall",
    "ResponseFunctionCallOutputInput",
    "ResponseFunctionCallOutputInputStatusKnown",
    "ResponseFunctionTool",
    "ResponseFunctionToolAllowedCallersItemKnown",
    "ResponseFunctionToolOutputSchemaType0",
    "ResponseFunctionToolParametersType0",
    "ResponseHealingPlugin",
    "ResponseImageGenerationCall",
    "ResponseImageGenerationTool",
    "ResponseImageGenerationToolBackgroundKnown",
    "ResponseImageGenerationToolInputFidelityKnown",
    "ResponseImageGenerationToolInputImageMask",
    "ResponseImageGenerationToolModerationKnown",
    "ResponseImageGenerationToolOutputFormatKnown",
    "ResponseImageGenerationToolQualityKnown",
    "ResponseIncompleteDetails",
    "ResponseInputAudio",
    "ResponseInputAudioData",
    "ResponseInputAudioDataFormatKnown",
    "ResponseInputFile",
    "ResponseInputImage",
    "ResponseInputImageDetailKnown",
    "ResponseInputMessage",
    "ResponseInputMessagePhaseKnown",
    "ResponseInputMessageRole",
    "ResponseInputText",
    "ResponseInputTokensDetails",
    "ResponseInputVideo",
    "ResponseInputVideoProcessingKnown",
    "ResponseItemReference",
    "ResponseMcpTool",
    "ResponseMcpToolAllowedToolsType1",
    "ResponseMcpToolHeadersType0",
    "ResponseMcpToolRequireApprovalType1",
    "ResponseNamespaceTool",
    "ResponseObject",
    "ResponseObjectMetadataType0",
    "ResponseObjectReasoningType0",
    "ResponseObjectToolChoiceType1",
    "ResponseOtherInputItem",
    "ResponseOutputMessage",
    "ResponseOutputText",
    "ResponseOutputTokensDetails",
    "ResponsePromptTemplate",
    "ResponsePromptTemplateVariablesType0",
    "ResponseReasoningItem",
    "ResponseReasoningSummaryText",
    "ResponseReasoningText",
    "ResponseRefusalContent",
    "ResponseShellTool",
    "ResponseShellToolType",
    "ResponseStatusKnown",
    "ResponseStreamEvent",
    "ResponseStreamEventError",
    "ResponseStreamEventPart",
    "ResponseTextConfig",
    "ResponseTextFormatJsonObject",
    "ResponseTextFormatJsonSchema",
    "ResponseTextFormatJsonSchemaSchema",
    "ResponseTextFormatText",
    "ResponseTokenLogprob",
    "ResponseToolChoiceAllowedTools",
    "ResponseToolChoiceAllowedToolsMode",
    "ResponseToolChoiceAllowedToolsToolsItem",
    "ResponseToolChoiceFunction",
    "ResponseToolChoiceHosted",
    "ResponseToolChoiceHostedType",
    "ResponseToolChoiceMode",
    "ResponseTopLogprob",
    "ResponseUnknownAnnotation",
    "ResponseUnknownContent",
    "ResponseUnknownOutputItem",
    "ResponseUrlCitation",
    "ResponseUsage",
    "ResponseWebSearchAction",
    "ResponseWebSearchActionSourcesItem",
    "ResponseWebSearchCall",
    "ResponseWebSearchTool",
    "ResponseWebSearchToolEngineKnown",
    "ResponseWebSearchToolModeKnown",
    "ResponseWebSearchToolSearchContextSizeKnown",
    "ResponseWebSearchToolType",
    "ScimGroup",
    "ScimGroupListResponse",
    "ScimGroupMapping",
    "ScimGroupMappingListResponse",
    "ScimGroupMappingResponse",
    "ScimRole",
    "ScimRoleKnown",
    "ScimSyncJob",
    "ScimSyncJobResponse",
    "ScimSyncJobStatusKnown",
    "SearchBenchmark",
    "SearchBenchmarkMetricKnown",
    "SearchBenchmarkRunConfig",
    "ServerTool",
    "ServerToolAlias",
    "ServerToolApiFormat",
    "ServerToolByokKnown",
    "ServerToolDataRegionKnown",
    "ServerToolEngine",
    "ServerToolExecutorKnown",
    "ServerToolJsonSchema",
    "ServerToolListLinks",
    "ServerToolListResponse",
    "ServerToolNativeModel",
    "ServerToolNativeSupport",
    "ServerToolOutputName",
    "ServerToolPrice",
    "ServerToolPricingSourceKnown",
    "ServerToolResponse",
    "ServerToolStatusKnown",
    "ServerToolUseDetails",
    "SessionCostCell",
    "SessionCostMeta",
    "SessionCostResponse",
    "SessionTurnRange",
    "SetPrivateEndpointPricingRequest",
    "SetWorkspaceBudgetRequest",
    "SpeechReferenceAudio",
    "SpeechReferenceAudioSource",
    "SpeechReferenceText",
    "SpeechResponseFormat",
    "SpeechTurn",
    "StopServerToolsWhenFinishReasonIs",
    "StopServerToolsWhenHasToolCall",
    "StopServerToolsWhenMaxCost",
    "StopServerToolsWhenMaxTokensUsed",
    "StopServerToolsWhenStepCountIs",
    "StoredFileAnthropic",
    "StoredFileOpenAI",
    "StoredFileOpenRouter",
    "SystemMessage",
    "TaskClassification",
    "TaskClassificationModelShare",
    "TaskClassificationReport",
    "TaskClassificationsResponse",
    "TaskClassificationWindow",
    "TaskMacroCategory",
    "TextCompletion",
    "TextCompletionChoice",
    "TextCompletionFinishReasonKnown",
    "TextCompletionLogprobs",
    "TextCompletionLogprobsTopLogprobsItem",
    "TextContentPart",
    "ToolMessage",
    "TraceConfig",
    "Transcription",
    "TranscriptionEntity",
    "TranscriptionInlineAudio",
    "TranscriptionRequest",
    "TranscriptionResponseFormat",
    "TranscriptionSegment",
    "TranscriptionTimestampGranularity",
    "TranscriptionUpload",
    "TranscriptionUrlAudio",
    "TranscriptionUsage",
    "TranscriptionWord",
    "TranscriptionWordTypeKnown",
    "UpdateApiKeyRequest",
    "UpdateByokKeyRequest",
    "UpdateExternalUserRequest",
    "UpdateGuardrailRequest",
    "UpdateObservabilityDestinationRequest",
    "UpdateOrganizationSettingsRequest",
    "UpdatePrivateEndpointRequest",
    "UpdateScimGroupMappingRequest",
    "UpdateWorkspaceRequest",
    "UrlCitation",
    "UrlCitationAnnotation",
    "UserMessage",
    "ValidatePrivateEndpointRequest",
    "VaultEffectiveSecret",
    "VaultEffectiveSecretListResponse",
    "VaultEffectiveSecretScopeKnown",
    "VaultSecret",
    "VaultSecretCopyRequest",
    "VaultSecretCopyResponse",
    "VaultSecretListResponse",
    "VaultSecretResponse",
    "VaultSecretWriteRequest",
    "VideoAspectRatio",
    "VideoFrameImage",
    "VideoFrameType",
    "VideoJob",
    "VideoJobStatusKnown",
    "VideoModel",
    "VideoModelList",
    "VideoPricingSkus",
    "VideoProviderPreferences",
    "VideoResolution",
    "VideoUpscaleRange",
    "VideoUrl",
    "VideoUrlContentPart",
    "VideoUrlProcessingKnown",
    "VideoUsage",
    "WebFetchPlugin",
    "WebPlugin",
    "WebPluginEngineKnown",
    "WebPluginModeKnown",
    "WebSearchCitation",
    "WebSearchCitationAnnotation",
    "WebSearchDomainFilter",
    "WebSearchOptions",
    "WebSearchOptionsSearchContextSizeKnown",
    "WebSearchUserLocation",
    "Workspace",
    "WorkspaceBudget",
    "WorkspaceBudgetInterval",
    "WorkspaceBudgetListResponse",
    "WorkspaceBudgetResetKnown",
    "WorkspaceBudgetResponse",
    "WorkspaceListResponse",
    "WorkspaceMember",
    "WorkspaceMemberListResponse",
    "WorkspaceMemberRoleKnown",
    "WorkspaceResponse",
    "WorkspaceServerTool",
    "XSearchOptions",
    "ZdrEndpointListResponse",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
