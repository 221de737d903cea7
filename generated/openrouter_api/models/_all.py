"""Every model by name, for type checkers only (see `models/__init__.py`)."""

from .activity_group_by import ActivityGroupBy as ActivityGroupBy
from .activity_item import ActivityItem as ActivityItem
from .activity_list_response import ActivityListResponse as ActivityListResponse
from .add_workspace_members_request import AddWorkspaceMembersRequest as AddWorkspaceMembersRequest
from .add_workspace_members_response import (
    AddWorkspaceMembersResponse as AddWorkspaceMembersResponse,
)
from .analytics_classifier_dimensions import (
    AnalyticsClassifierDimensions as AnalyticsClassifierDimensions,
)
from .analytics_classifier_filter import AnalyticsClassifierFilter as AnalyticsClassifierFilter
from .analytics_classifier_filters import AnalyticsClassifierFilters as AnalyticsClassifierFilters
from .analytics_dimension import AnalyticsDimension as AnalyticsDimension
from .analytics_filter import AnalyticsFilter as AnalyticsFilter
from .analytics_granularity import AnalyticsGranularity as AnalyticsGranularity
from .analytics_granularity_known import AnalyticsGranularityKnown as AnalyticsGranularityKnown
from .analytics_meta import AnalyticsMeta as AnalyticsMeta
from .analytics_meta_response import AnalyticsMetaResponse as AnalyticsMetaResponse
from .analytics_metric import AnalyticsMetric as AnalyticsMetric
from .analytics_metric_format_known import AnalyticsMetricFormatKnown as AnalyticsMetricFormatKnown
from .analytics_operator import AnalyticsOperator as AnalyticsOperator
from .analytics_operator_known import AnalyticsOperatorKnown as AnalyticsOperatorKnown
from .analytics_operator_value_type_known import (
    AnalyticsOperatorValueTypeKnown as AnalyticsOperatorValueTypeKnown,
)
from .analytics_order_by import AnalyticsOrderBy as AnalyticsOrderBy
from .analytics_order_direction import AnalyticsOrderDirection as AnalyticsOrderDirection
from .analytics_query_metadata import AnalyticsQueryMetadata as AnalyticsQueryMetadata
from .analytics_query_request import AnalyticsQueryRequest as AnalyticsQueryRequest
from .analytics_query_response import AnalyticsQueryResponse as AnalyticsQueryResponse
from .analytics_query_result import AnalyticsQueryResult as AnalyticsQueryResult
from .analytics_query_row import AnalyticsQueryRow as AnalyticsQueryRow
from .analytics_time_range import AnalyticsTimeRange as AnalyticsTimeRange
from .anthropic_base_64_image_source import AnthropicBase64ImageSource as AnthropicBase64ImageSource
from .anthropic_base_64_image_source_media_type_known import (
    AnthropicBase64ImageSourceMediaTypeKnown as AnthropicBase64ImageSourceMediaTypeKnown,
)
from .anthropic_base_64_pdf_source import AnthropicBase64PdfSource as AnthropicBase64PdfSource
from .anthropic_bash_tool import AnthropicBashTool as AnthropicBashTool
from .anthropic_cache_creation import AnthropicCacheCreation as AnthropicCacheCreation
from .anthropic_container import AnthropicContainer as AnthropicContainer
from .anthropic_container_skills_type_0_item import (
    AnthropicContainerSkillsType0Item as AnthropicContainerSkillsType0Item,
)
from .anthropic_content_source import AnthropicContentSource as AnthropicContentSource
from .anthropic_context_management import AnthropicContextManagement as AnthropicContextManagement
from .anthropic_context_management_edits_item import (
    AnthropicContextManagementEditsItem as AnthropicContextManagementEditsItem,
)
from .anthropic_custom_tool import AnthropicCustomTool as AnthropicCustomTool
from .anthropic_custom_tool_input_schema import (
    AnthropicCustomToolInputSchema as AnthropicCustomToolInputSchema,
)
from .anthropic_document_block_param import (
    AnthropicDocumentBlockParam as AnthropicDocumentBlockParam,
)
from .anthropic_document_block_param_citations_type_0 import (
    AnthropicDocumentBlockParamCitationsType0 as AnthropicDocumentBlockParamCitationsType0,
)
from .anthropic_fallback_model import AnthropicFallbackModel as AnthropicFallbackModel
from .anthropic_file_source import AnthropicFileSource as AnthropicFileSource
from .anthropic_image_block_param import AnthropicImageBlockParam as AnthropicImageBlockParam
from .anthropic_input_message import AnthropicInputMessage as AnthropicInputMessage
from .anthropic_input_message_role import AnthropicInputMessageRole as AnthropicInputMessageRole
from .anthropic_message import AnthropicMessage as AnthropicMessage
from .anthropic_message_context_management_type_0 import (
    AnthropicMessageContextManagementType0 as AnthropicMessageContextManagementType0,
)
from .anthropic_other_block_param import AnthropicOtherBlockParam as AnthropicOtherBlockParam
from .anthropic_output_config import AnthropicOutputConfig as AnthropicOutputConfig
from .anthropic_output_config_effort_known import (
    AnthropicOutputConfigEffortKnown as AnthropicOutputConfigEffortKnown,
)
from .anthropic_output_format import AnthropicOutputFormat as AnthropicOutputFormat
from .anthropic_output_format_schema import (
    AnthropicOutputFormatSchema as AnthropicOutputFormatSchema,
)
from .anthropic_output_tokens_details import (
    AnthropicOutputTokensDetails as AnthropicOutputTokensDetails,
)
from .anthropic_plain_text_source import AnthropicPlainTextSource as AnthropicPlainTextSource
from .anthropic_redacted_thinking_block import (
    AnthropicRedactedThinkingBlock as AnthropicRedactedThinkingBlock,
)
from .anthropic_redacted_thinking_block_param import (
    AnthropicRedactedThinkingBlockParam as AnthropicRedactedThinkingBlockParam,
)
from .anthropic_request_metadata import AnthropicRequestMetadata as AnthropicRequestMetadata
from .anthropic_server_tool_usage import AnthropicServerToolUsage as AnthropicServerToolUsage
from .anthropic_server_tool_use_block import (
    AnthropicServerToolUseBlock as AnthropicServerToolUseBlock,
)
from .anthropic_server_tool_use_block_caller_type_0 import (
    AnthropicServerToolUseBlockCallerType0 as AnthropicServerToolUseBlockCallerType0,
)
from .anthropic_stop_details import AnthropicStopDetails as AnthropicStopDetails
from .anthropic_stop_reason_known import AnthropicStopReasonKnown as AnthropicStopReasonKnown
from .anthropic_task_budget import AnthropicTaskBudget as AnthropicTaskBudget
from .anthropic_text_block import AnthropicTextBlock as AnthropicTextBlock
from .anthropic_text_block_citations_type_0_item import (
    AnthropicTextBlockCitationsType0Item as AnthropicTextBlockCitationsType0Item,
)
from .anthropic_text_block_param import AnthropicTextBlockParam as AnthropicTextBlockParam
from .anthropic_text_block_param_citations_type_0_item import (
    AnthropicTextBlockParamCitationsType0Item as AnthropicTextBlockParamCitationsType0Item,
)
from .anthropic_text_editor_tool import AnthropicTextEditorTool as AnthropicTextEditorTool
from .anthropic_thinking_adaptive import AnthropicThinkingAdaptive as AnthropicThinkingAdaptive
from .anthropic_thinking_adaptive_display_known import (
    AnthropicThinkingAdaptiveDisplayKnown as AnthropicThinkingAdaptiveDisplayKnown,
)
from .anthropic_thinking_block import AnthropicThinkingBlock as AnthropicThinkingBlock
from .anthropic_thinking_block_param import (
    AnthropicThinkingBlockParam as AnthropicThinkingBlockParam,
)
from .anthropic_thinking_disabled import AnthropicThinkingDisabled as AnthropicThinkingDisabled
from .anthropic_thinking_enabled import AnthropicThinkingEnabled as AnthropicThinkingEnabled
from .anthropic_thinking_enabled_display_known import (
    AnthropicThinkingEnabledDisplayKnown as AnthropicThinkingEnabledDisplayKnown,
)
from .anthropic_tool_choice_any import AnthropicToolChoiceAny as AnthropicToolChoiceAny
from .anthropic_tool_choice_auto import AnthropicToolChoiceAuto as AnthropicToolChoiceAuto
from .anthropic_tool_choice_none import AnthropicToolChoiceNone as AnthropicToolChoiceNone
from .anthropic_tool_choice_tool import AnthropicToolChoiceTool as AnthropicToolChoiceTool
from .anthropic_tool_result_block_param import (
    AnthropicToolResultBlockParam as AnthropicToolResultBlockParam,
)
from .anthropic_tool_use_block import AnthropicToolUseBlock as AnthropicToolUseBlock
from .anthropic_tool_use_block_caller_type_0 import (
    AnthropicToolUseBlockCallerType0 as AnthropicToolUseBlockCallerType0,
)
from .anthropic_tool_use_block_param import AnthropicToolUseBlockParam as AnthropicToolUseBlockParam
from .anthropic_unknown_block import AnthropicUnknownBlock as AnthropicUnknownBlock
from .anthropic_url_source import AnthropicUrlSource as AnthropicUrlSource
from .anthropic_usage import AnthropicUsage as AnthropicUsage
from .anthropic_usage_iterations_item import (
    AnthropicUsageIterationsItem as AnthropicUsageIterationsItem,
)
from .anthropic_web_search_tool import AnthropicWebSearchTool as AnthropicWebSearchTool
from .anthropic_web_search_tool_type import AnthropicWebSearchToolType as AnthropicWebSearchToolType
from .api_key import ApiKey as ApiKey
from .api_key_external_identity import ApiKeyExternalIdentity as ApiKeyExternalIdentity
from .api_key_limit_reset import ApiKeyLimitReset as ApiKeyLimitReset
from .api_key_list_response import ApiKeyListResponse as ApiKeyListResponse
from .api_key_response import ApiKeyResponse as ApiKeyResponse
from .app_ranking import AppRanking as AppRanking
from .app_ranking_category import AppRankingCategory as AppRankingCategory
from .app_ranking_sort import AppRankingSort as AppRankingSort
from .app_ranking_subcategory import AppRankingSubcategory as AppRankingSubcategory
from .app_rankings_response import AppRankingsResponse as AppRankingsResponse
from .artificial_analysis_benchmark import (
    ArtificialAnalysisBenchmark as ArtificialAnalysisBenchmark,
)
from .assistant_message import AssistantMessage as AssistantMessage
from .audio_data_collection import AudioDataCollection as AudioDataCollection
from .audio_provider_preferences import AudioProviderPreferences as AudioProviderPreferences
from .auth_code import AuthCode as AuthCode
from .auth_code_usage_limit_type import AuthCodeUsageLimitType as AuthCodeUsageLimitType
from .auto_beta_router_plugin import AutoBetaRouterPlugin as AutoBetaRouterPlugin
from .auto_router_cost_tier_known import AutoRouterCostTierKnown as AutoRouterCostTierKnown
from .auto_router_plugin import AutoRouterPlugin as AutoRouterPlugin
from .batch import Batch as Batch
from .batch_completion_window import BatchCompletionWindow as BatchCompletionWindow
from .batch_deletion import BatchDeletion as BatchDeletion
from .batch_deletion_outcome_known import BatchDeletionOutcomeKnown as BatchDeletionOutcomeKnown
from .batch_deletion_targets import BatchDeletionTargets as BatchDeletionTargets
from .batch_endpoint import BatchEndpoint as BatchEndpoint
from .batch_failure import BatchFailure as BatchFailure
from .batch_list import BatchList as BatchList
from .batch_provider_preferences import BatchProviderPreferences as BatchProviderPreferences
from .batch_request_body import BatchRequestBody as BatchRequestBody
from .batch_request_counts import BatchRequestCounts as BatchRequestCounts
from .batch_request_item import BatchRequestItem as BatchRequestItem
from .batch_response_body import BatchResponseBody as BatchResponseBody
from .batch_result import BatchResult as BatchResult
from .batch_result_error import BatchResultError as BatchResultError
from .batch_result_response import BatchResultResponse as BatchResultResponse
from .batch_status_filter import BatchStatusFilter as BatchStatusFilter
from .batch_status_known import BatchStatusKnown as BatchStatusKnown
from .batch_summary import BatchSummary as BatchSummary
from .batch_upstream_deletion import BatchUpstreamDeletion as BatchUpstreamDeletion
from .benchmark_arena import BenchmarkArena as BenchmarkArena
from .benchmark_pricing import BenchmarkPricing as BenchmarkPricing
from .benchmark_search_surface import BenchmarkSearchSurface as BenchmarkSearchSurface
from .benchmark_source import BenchmarkSource as BenchmarkSource
from .benchmark_task_type import BenchmarkTaskType as BenchmarkTaskType
from .benchmark_type import BenchmarkType as BenchmarkType
from .benchmarks_meta import BenchmarksMeta as BenchmarksMeta
from .benchmarks_response import BenchmarksResponse as BenchmarksResponse
from .byok_key import ByokKey as ByokKey
from .byok_key_list_response import ByokKeyListResponse as ByokKeyListResponse
from .byok_key_response import ByokKeyResponse as ByokKeyResponse
from .byok_provider_known import ByokProviderKnown as ByokProviderKnown
from .byok_region_known import ByokRegionKnown as ByokRegionKnown
from .cache_control import CacheControl as CacheControl
from .cache_control_ttl_known import CacheControlTtlKnown as CacheControlTtlKnown
from .chat_audio_output import ChatAudioOutput as ChatAudioOutput
from .chat_completion import ChatCompletion as ChatCompletion
from .chat_completion_choice import ChatCompletionChoice as ChatCompletionChoice
from .chat_completion_chunk import ChatCompletionChunk as ChatCompletionChunk
from .chat_completion_chunk_choice import ChatCompletionChunkChoice as ChatCompletionChunkChoice
from .chat_completion_chunk_debug import ChatCompletionChunkDebug as ChatCompletionChunkDebug
from .chat_completion_delta import ChatCompletionDelta as ChatCompletionDelta
from .chat_completion_error import ChatCompletionError as ChatCompletionError
from .chat_completion_error_metadata import (
    ChatCompletionErrorMetadata as ChatCompletionErrorMetadata,
)
from .chat_completion_message import ChatCompletionMessage as ChatCompletionMessage
from .chat_completion_request import ChatCompletionRequest as ChatCompletionRequest
from .chat_completion_request_verbosity_known import (
    ChatCompletionRequestVerbosityKnown as ChatCompletionRequestVerbosityKnown,
)
from .chat_completion_tokens_details import (
    ChatCompletionTokensDetails as ChatCompletionTokensDetails,
)
from .chat_debug_options import ChatDebugOptions as ChatDebugOptions
from .chat_finish_reason_known import ChatFinishReasonKnown as ChatFinishReasonKnown
from .chat_generated_image import ChatGeneratedImage as ChatGeneratedImage
from .chat_generated_image_url import ChatGeneratedImageUrl as ChatGeneratedImageUrl
from .chat_logprobs import ChatLogprobs as ChatLogprobs
from .chat_named_tool_choice import ChatNamedToolChoice as ChatNamedToolChoice
from .chat_named_tool_choice_function import (
    ChatNamedToolChoiceFunction as ChatNamedToolChoiceFunction,
)
from .chat_output_modality_known import ChatOutputModalityKnown as ChatOutputModalityKnown
from .chat_prompt_tokens_details import ChatPromptTokensDetails as ChatPromptTokensDetails
from .chat_route_mode_known import ChatRouteModeKnown as ChatRouteModeKnown
from .chat_server_tool import ChatServerTool as ChatServerTool
from .chat_server_tool_choice import ChatServerToolChoice as ChatServerToolChoice
from .chat_service_tier_known import ChatServiceTierKnown as ChatServiceTierKnown
from .chat_stream_options import ChatStreamOptions as ChatStreamOptions
from .chat_token_logprob import ChatTokenLogprob as ChatTokenLogprob
from .chat_tool_call import ChatToolCall as ChatToolCall
from .chat_tool_call_delta import ChatToolCallDelta as ChatToolCallDelta
from .chat_tool_call_delta_function import ChatToolCallDeltaFunction as ChatToolCallDeltaFunction
from .chat_tool_call_function import ChatToolCallFunction as ChatToolCallFunction
from .chat_tool_choice_mode import ChatToolChoiceMode as ChatToolChoiceMode
from .chat_top_logprob import ChatTopLogprob as ChatTopLogprob
from .chat_usage import ChatUsage as ChatUsage
from .chat_usage_options import ChatUsageOptions as ChatUsageOptions
from .configuration_update import ConfigurationUpdate as ConfigurationUpdate
from .configuration_update_reasoning import (
    ConfigurationUpdateReasoning as ConfigurationUpdateReasoning,
)
from .container_file import ContainerFile as ContainerFile
from .container_file_list import ContainerFileList as ContainerFileList
from .container_file_source_known import ContainerFileSourceKnown as ContainerFileSourceKnown
from .context_compression_plugin import ContextCompressionPlugin as ContextCompressionPlugin
from .context_compression_plugin_engine_known import (
    ContextCompressionPluginEngineKnown as ContextCompressionPluginEngineKnown,
)
from .cost_details import CostDetails as CostDetails
from .create_api_key_request import CreateApiKeyRequest as CreateApiKeyRequest
from .create_api_key_response import CreateApiKeyResponse as CreateApiKeyResponse
from .create_auth_code_request import CreateAuthCodeRequest as CreateAuthCodeRequest
from .create_auth_code_response import CreateAuthCodeResponse as CreateAuthCodeResponse
from .create_batch_request import CreateBatchRequest as CreateBatchRequest
from .create_byok_key_request import CreateByokKeyRequest as CreateByokKeyRequest
from .create_chat_completion_x_open_router_cache import (
    CreateChatCompletionXOpenRouterCache as CreateChatCompletionXOpenRouterCache,
)
from .create_completion_request import CreateCompletionRequest as CreateCompletionRequest
from .create_completion_request_logit_bias import (
    CreateCompletionRequestLogitBias as CreateCompletionRequestLogitBias,
)
from .create_completion_request_metadata import (
    CreateCompletionRequestMetadata as CreateCompletionRequestMetadata,
)
from .create_completion_request_response_format import (
    CreateCompletionRequestResponseFormat as CreateCompletionRequestResponseFormat,
)
from .create_completion_request_stream_options import (
    CreateCompletionRequestStreamOptions as CreateCompletionRequestStreamOptions,
)
from .create_embeddings_request import CreateEmbeddingsRequest as CreateEmbeddingsRequest
from .create_embeddings_request_encoding_format_known import (
    CreateEmbeddingsRequestEncodingFormatKnown as CreateEmbeddingsRequestEncodingFormatKnown,
)
from .create_external_user_request import CreateExternalUserRequest as CreateExternalUserRequest
from .create_guardrail_request import CreateGuardrailRequest as CreateGuardrailRequest
from .create_image_request import CreateImageRequest as CreateImageRequest
from .create_message_request import CreateMessageRequest as CreateMessageRequest
from .create_message_request_speed_known import (
    CreateMessageRequestSpeedKnown as CreateMessageRequestSpeedKnown,
)
from .create_observability_destination_request import (
    CreateObservabilityDestinationRequest as CreateObservabilityDestinationRequest,
)
from .create_private_endpoint_request import (
    CreatePrivateEndpointRequest as CreatePrivateEndpointRequest,
)
from .create_rerank_request import CreateRerankRequest as CreateRerankRequest
from .create_response_request import CreateResponseRequest as CreateResponseRequest
from .create_response_request_include_item_known import (
    CreateResponseRequestIncludeItemKnown as CreateResponseRequestIncludeItemKnown,
)
from .create_response_request_modalities_item_known import (
    CreateResponseRequestModalitiesItemKnown as CreateResponseRequestModalitiesItemKnown,
)
from .create_response_request_service_tier_known import (
    CreateResponseRequestServiceTierKnown as CreateResponseRequestServiceTierKnown,
)
from .create_response_request_truncation_known import (
    CreateResponseRequestTruncationKnown as CreateResponseRequestTruncationKnown,
)
from .create_scim_group_mapping_request import (
    CreateScimGroupMappingRequest as CreateScimGroupMappingRequest,
)
from .create_speech_request import CreateSpeechRequest as CreateSpeechRequest
from .create_video_request import CreateVideoRequest as CreateVideoRequest
from .create_workspace_request import CreateWorkspaceRequest as CreateWorkspaceRequest
from .credits_ import Credits as Credits
from .credits_response import CreditsResponse as CreditsResponse
from .current_key import CurrentKey as CurrentKey
from .current_key_budget import CurrentKeyBudget as CurrentKeyBudget
from .current_key_free_model_requests import (
    CurrentKeyFreeModelRequests as CurrentKeyFreeModelRequests,
)
from .current_key_rate_limit import CurrentKeyRateLimit as CurrentKeyRateLimit
from .current_key_response import CurrentKeyResponse as CurrentKeyResponse
from .daily_model_tokens import DailyModelTokens as DailyModelTokens
from .data_region_known import DataRegionKnown as DataRegionKnown
from .dataset_version_known import DatasetVersionKnown as DatasetVersionKnown
from .decisions_answers import DecisionsAnswers as DecisionsAnswers
from .decisions_box import DecisionsBox as DecisionsBox
from .decisions_box_answer import DecisionsBoxAnswer as DecisionsBoxAnswer
from .decisions_box_question import DecisionsBoxQuestion as DecisionsBoxQuestion
from .decisions_choice_answer import DecisionsChoiceAnswer as DecisionsChoiceAnswer
from .decisions_choice_criteria import DecisionsChoiceCriteria as DecisionsChoiceCriteria
from .decisions_choice_question import DecisionsChoiceQuestion as DecisionsChoiceQuestion
from .decisions_noul_answer import DecisionsNoulAnswer as DecisionsNoulAnswer
from .decisions_noul_criteria import DecisionsNoulCriteria as DecisionsNoulCriteria
from .decisions_noul_question import DecisionsNoulQuestion as DecisionsNoulQuestion
from .decisions_probabilities import DecisionsProbabilities as DecisionsProbabilities
from .decisions_questions import DecisionsQuestions as DecisionsQuestions
from .decisions_request import DecisionsRequest as DecisionsRequest
from .decisions_response import DecisionsResponse as DecisionsResponse
from .decisions_score_answer import DecisionsScoreAnswer as DecisionsScoreAnswer
from .decisions_score_legend import DecisionsScoreLegend as DecisionsScoreLegend
from .decisions_score_question import DecisionsScoreQuestion as DecisionsScoreQuestion
from .decisions_usage import DecisionsUsage as DecisionsUsage
from .deferred_bm_25_search import DeferredBm25Search as DeferredBm25Search
from .deferred_custom_search import DeferredCustomSearch as DeferredCustomSearch
from .deferred_regex_search import DeferredRegexSearch as DeferredRegexSearch
from .deferred_tools_control import DeferredToolsControl as DeferredToolsControl
from .delete_api_key_response import DeleteApiKeyResponse as DeleteApiKeyResponse
from .delete_byok_key_response import DeleteByokKeyResponse as DeleteByokKeyResponse
from .delete_guardrail_response import DeleteGuardrailResponse as DeleteGuardrailResponse
from .delete_observability_destination_response import (
    DeleteObservabilityDestinationResponse as DeleteObservabilityDestinationResponse,
)
from .delete_private_endpoint_response import (
    DeletePrivateEndpointResponse as DeletePrivateEndpointResponse,
)
from .delete_scim_group_mapping_response import (
    DeleteScimGroupMappingResponse as DeleteScimGroupMappingResponse,
)
from .delete_workspace_budget_response import (
    DeleteWorkspaceBudgetResponse as DeleteWorkspaceBudgetResponse,
)
from .delete_workspace_response import DeleteWorkspaceResponse as DeleteWorkspaceResponse
from .deleted_private_endpoint import DeletedPrivateEndpoint as DeletedPrivateEndpoint
from .design_arena_benchmark import DesignArenaBenchmark as DesignArenaBenchmark
from .design_arena_tournament_stats import DesignArenaTournamentStats as DesignArenaTournamentStats
from .developer_message import DeveloperMessage as DeveloperMessage
from .embedding_image_url import EmbeddingImageUrl as EmbeddingImageUrl
from .embedding_image_url_part import EmbeddingImageUrlPart as EmbeddingImageUrlPart
from .embedding_input_audio_part import EmbeddingInputAudioPart as EmbeddingInputAudioPart
from .embedding_input_file_part import EmbeddingInputFilePart as EmbeddingInputFilePart
from .embedding_input_video_part import EmbeddingInputVideoPart as EmbeddingInputVideoPart
from .embedding_media_data import EmbeddingMediaData as EmbeddingMediaData
from .embedding_multimodal_input import EmbeddingMultimodalInput as EmbeddingMultimodalInput
from .embedding_object import EmbeddingObject as EmbeddingObject
from .embedding_text_part import EmbeddingTextPart as EmbeddingTextPart
from .embeddings_prompt_tokens_details import (
    EmbeddingsPromptTokensDetails as EmbeddingsPromptTokensDetails,
)
from .embeddings_response import EmbeddingsResponse as EmbeddingsResponse
from .embeddings_usage import EmbeddingsUsage as EmbeddingsUsage
from .error_availability import ErrorAvailability as ErrorAvailability
from .error_availability_constraint import (
    ErrorAvailabilityConstraint as ErrorAvailabilityConstraint,
)
from .error_detail import ErrorDetail as ErrorDetail
from .error_metadata import ErrorMetadata as ErrorMetadata
from .error_response import ErrorResponse as ErrorResponse
from .exchange_auth_code_request import ExchangeAuthCodeRequest as ExchangeAuthCodeRequest
from .exchange_auth_code_response import ExchangeAuthCodeResponse as ExchangeAuthCodeResponse
from .external_user import ExternalUser as ExternalUser
from .external_user_list_response import ExternalUserListResponse as ExternalUserListResponse
from .external_user_response import ExternalUserResponse as ExternalUserResponse
from .file_annotation import FileAnnotation as FileAnnotation
from .file_annotation_content import FileAnnotationContent as FileAnnotationContent
from .file_annotation_file import FileAnnotationFile as FileAnnotationFile
from .file_content_part import FileContentPart as FileContentPart
from .file_deletion_anthropic import FileDeletionAnthropic as FileDeletionAnthropic
from .file_deletion_open_ai import FileDeletionOpenAI as FileDeletionOpenAI
from .file_deletion_open_router import FileDeletionOpenRouter as FileDeletionOpenRouter
from .file_input import FileInput as FileInput
from .file_list_anthropic import FileListAnthropic as FileListAnthropic
from .file_list_open_ai import FileListOpenAI as FileListOpenAI
from .file_list_open_router import FileListOpenRouter as FileListOpenRouter
from .file_list_order import FileListOrder as FileListOrder
from .file_parser_plugin import FileParserPlugin as FileParserPlugin
from .file_storage_provider import FileStorageProvider as FileStorageProvider
from .file_upload import FileUpload as FileUpload
from .function_definition import FunctionDefinition as FunctionDefinition
from .function_tool import FunctionTool as FunctionTool
from .fusion_plugin import FusionPlugin as FusionPlugin
from .fusion_plugin_preset_known import FusionPluginPresetKnown as FusionPluginPresetKnown
from .fusion_tool import FusionTool as FusionTool
from .generated_image import GeneratedImage as GeneratedImage
from .generation import Generation as Generation
from .generation_api_type_known import GenerationApiTypeKnown as GenerationApiTypeKnown
from .generation_content import GenerationContent as GenerationContent
from .generation_content_error import GenerationContentError as GenerationContentError
from .generation_content_error_attempt import (
    GenerationContentErrorAttempt as GenerationContentErrorAttempt,
)
from .generation_content_messages_input import (
    GenerationContentMessagesInput as GenerationContentMessagesInput,
)
from .generation_content_output import GenerationContentOutput as GenerationContentOutput
from .generation_content_prompt_input import (
    GenerationContentPromptInput as GenerationContentPromptInput,
)
from .generation_content_response import GenerationContentResponse as GenerationContentResponse
from .generation_feedback_category import GenerationFeedbackCategory as GenerationFeedbackCategory
from .generation_feedback_request import GenerationFeedbackRequest as GenerationFeedbackRequest
from .generation_feedback_response import GenerationFeedbackResponse as GenerationFeedbackResponse
from .generation_feedback_result import GenerationFeedbackResult as GenerationFeedbackResult
from .generation_provider_response import GenerationProviderResponse as GenerationProviderResponse
from .generation_response import GenerationResponse as GenerationResponse
from .generic_plugin import GenericPlugin as GenericPlugin
from .guardrail import Guardrail as Guardrail
from .guardrail_assign_result import GuardrailAssignResult as GuardrailAssignResult
from .guardrail_builtin_filter import GuardrailBuiltinFilter as GuardrailBuiltinFilter
from .guardrail_builtin_filter_slug_known import (
    GuardrailBuiltinFilterSlugKnown as GuardrailBuiltinFilterSlugKnown,
)
from .guardrail_custom_filter import GuardrailCustomFilter as GuardrailCustomFilter
from .guardrail_data_region_known import GuardrailDataRegionKnown as GuardrailDataRegionKnown
from .guardrail_filter_action_known import GuardrailFilterActionKnown as GuardrailFilterActionKnown
from .guardrail_key_assignment import GuardrailKeyAssignment as GuardrailKeyAssignment
from .guardrail_key_assignment_list_response import (
    GuardrailKeyAssignmentListResponse as GuardrailKeyAssignmentListResponse,
)
from .guardrail_keys_request import GuardrailKeysRequest as GuardrailKeysRequest
from .guardrail_list_response import GuardrailListResponse as GuardrailListResponse
from .guardrail_member_assignment import GuardrailMemberAssignment as GuardrailMemberAssignment
from .guardrail_member_assignment_list_response import (
    GuardrailMemberAssignmentListResponse as GuardrailMemberAssignmentListResponse,
)
from .guardrail_members_request import GuardrailMembersRequest as GuardrailMembersRequest
from .guardrail_reset_interval_known import (
    GuardrailResetIntervalKnown as GuardrailResetIntervalKnown,
)
from .guardrail_response import GuardrailResponse as GuardrailResponse
from .guardrail_scan_scope_known import GuardrailScanScopeKnown as GuardrailScanScopeKnown
from .guardrail_unassign_result import GuardrailUnassignResult as GuardrailUnassignResult
from .image_aspect_ratio import ImageAspectRatio as ImageAspectRatio
from .image_background import ImageBackground as ImageBackground
from .image_billable_known import ImageBillableKnown as ImageBillableKnown
from .image_completed_event import ImageCompletedEvent as ImageCompletedEvent
from .image_config import ImageConfig as ImageConfig
from .image_generation import ImageGeneration as ImageGeneration
from .image_input_modality_known import ImageInputModalityKnown as ImageInputModalityKnown
from .image_model import ImageModel as ImageModel
from .image_model_architecture import ImageModelArchitecture as ImageModelArchitecture
from .image_model_endpoint import ImageModelEndpoint as ImageModelEndpoint
from .image_model_endpoint_list import ImageModelEndpointList as ImageModelEndpointList
from .image_model_list import ImageModelList as ImageModelList
from .image_output_format import ImageOutputFormat as ImageOutputFormat
from .image_output_modality_known import ImageOutputModalityKnown as ImageOutputModalityKnown
from .image_parameter_boolean import ImageParameterBoolean as ImageParameterBoolean
from .image_parameter_enum import ImageParameterEnum as ImageParameterEnum
from .image_parameter_range import ImageParameterRange as ImageParameterRange
from .image_partial_image_event import ImagePartialImageEvent as ImagePartialImageEvent
from .image_pricing_entry import ImagePricingEntry as ImagePricingEntry
from .image_pricing_unit_known import ImagePricingUnitKnown as ImagePricingUnitKnown
from .image_provider_preferences import ImageProviderPreferences as ImageProviderPreferences
from .image_provider_sort_by import ImageProviderSortBy as ImageProviderSortBy
from .image_provider_sort_config import ImageProviderSortConfig as ImageProviderSortConfig
from .image_provider_sort_partition import ImageProviderSortPartition as ImageProviderSortPartition
from .image_quality import ImageQuality as ImageQuality
from .image_resolution import ImageResolution as ImageResolution
from .image_stream_error import ImageStreamError as ImageStreamError
from .image_stream_error_event import ImageStreamErrorEvent as ImageStreamErrorEvent
from .image_supported_parameters import ImageSupportedParameters as ImageSupportedParameters
from .image_text_chunk_event import ImageTextChunkEvent as ImageTextChunkEvent
from .image_text_phase_known import ImageTextPhaseKnown as ImageTextPhaseKnown
from .image_url import ImageUrl as ImageUrl
from .image_url_content_part import ImageUrlContentPart as ImageUrlContentPart
from .image_url_detail_known import ImageUrlDetailKnown as ImageUrlDetailKnown
from .inference_error_type_known import InferenceErrorTypeKnown as InferenceErrorTypeKnown
from .inference_usage import InferenceUsage as InferenceUsage
from .inference_usage_cache_creation import (
    InferenceUsageCacheCreation as InferenceUsageCacheCreation,
)
from .inference_usage_completion_details import (
    InferenceUsageCompletionDetails as InferenceUsageCompletionDetails,
)
from .inference_usage_iteration import InferenceUsageIteration as InferenceUsageIteration
from .inference_usage_prompt_details import (
    InferenceUsagePromptDetails as InferenceUsagePromptDetails,
)
from .inference_usage_server_tool_use import (
    InferenceUsageServerToolUse as InferenceUsageServerToolUse,
)
from .input_audio import InputAudio as InputAudio
from .input_audio_content_part import InputAudioContentPart as InputAudioContentPart
from .input_video_content_part import InputVideoContentPart as InputVideoContentPart
from .intern_connection import InternConnection as InternConnection
from .intern_connection_list_response import (
    InternConnectionListResponse as InternConnectionListResponse,
)
from .json_schema_format import JsonSchemaFormat as JsonSchemaFormat
from .list_models_distillable import ListModelsDistillable as ListModelsDistillable
from .list_models_region import ListModelsRegion as ListModelsRegion
from .list_models_use_rss import ListModelsUseRss as ListModelsUseRss
from .list_models_use_rss_chat_links import ListModelsUseRssChatLinks as ListModelsUseRssChatLinks
from .list_models_zdr import ListModelsZdr as ListModelsZdr
from .logit_bias import LogitBias as LogitBias
from .managed_private_endpoint import ManagedPrivateEndpoint as ManagedPrivateEndpoint
from .managed_private_endpoint_response import (
    ManagedPrivateEndpointResponse as ManagedPrivateEndpointResponse,
)
from .max_price import MaxPrice as MaxPrice
from .media_provider_option_set import MediaProviderOptionSet as MediaProviderOptionSet
from .media_provider_options import MediaProviderOptions as MediaProviderOptions
from .message_stream_delta import MessageStreamDelta as MessageStreamDelta
from .message_stream_delta_citation import MessageStreamDeltaCitation as MessageStreamDeltaCitation
from .message_stream_event import MessageStreamEvent as MessageStreamEvent
from .message_stream_event_error import MessageStreamEventError as MessageStreamEventError
from .message_stream_event_usage import MessageStreamEventUsage as MessageStreamEventUsage
from .metadata_level import MetadataLevel as MetadataLevel
from .model import Model as Model
from .model_alias_target import ModelAliasTarget as ModelAliasTarget
from .model_architecture import ModelArchitecture as ModelArchitecture
from .model_artificial_analysis_scores import (
    ModelArtificialAnalysisScores as ModelArtificialAnalysisScores,
)
from .model_benchmarks import ModelBenchmarks as ModelBenchmarks
from .model_category import ModelCategory as ModelCategory
from .model_count import ModelCount as ModelCount
from .model_count_response import ModelCountResponse as ModelCountResponse
from .model_default_parameters import ModelDefaultParameters as ModelDefaultParameters
from .model_design_arena_entry import ModelDesignArenaEntry as ModelDesignArenaEntry
from .model_endpoint import ModelEndpoint as ModelEndpoint
from .model_endpoint_native_tool import ModelEndpointNativeTool as ModelEndpointNativeTool
from .model_endpoint_native_tools import ModelEndpointNativeTools as ModelEndpointNativeTools
from .model_endpoint_tool_choice_support import (
    ModelEndpointToolChoiceSupport as ModelEndpointToolChoiceSupport,
)
from .model_endpoint_workload_performance import (
    ModelEndpointWorkloadPerformance as ModelEndpointWorkloadPerformance,
)
from .model_endpoint_workload_stats import ModelEndpointWorkloadStats as ModelEndpointWorkloadStats
from .model_endpoints import ModelEndpoints as ModelEndpoints
from .model_endpoints_response import ModelEndpointsResponse as ModelEndpointsResponse
from .model_input_modality_known import ModelInputModalityKnown as ModelInputModalityKnown
from .model_instruct_type_known import ModelInstructTypeKnown as ModelInstructTypeKnown
from .model_links import ModelLinks as ModelLinks
from .model_list_links import ModelListLinks as ModelListLinks
from .model_list_response import ModelListResponse as ModelListResponse
from .model_list_sort import ModelListSort as ModelListSort
from .model_output_modality_known import ModelOutputModalityKnown as ModelOutputModalityKnown
from .model_parameter_known import ModelParameterKnown as ModelParameterKnown
from .model_per_request_limits import ModelPerRequestLimits as ModelPerRequestLimits
from .model_pricing import ModelPricing as ModelPricing
from .model_pricing_override import ModelPricingOverride as ModelPricingOverride
from .model_reasoning import ModelReasoning as ModelReasoning
from .model_response import ModelResponse as ModelResponse
from .model_tokenizer_known import ModelTokenizerKnown as ModelTokenizerKnown
from .model_top_provider import ModelTopProvider as ModelTopProvider
from .moderation_plugin import ModerationPlugin as ModerationPlugin
from .o_auth_code_challenge_method import OAuthCodeChallengeMethod as OAuthCodeChallengeMethod
from .o_auth_error import OAuthError as OAuthError
from .o_auth_error_code_known import OAuthErrorCodeKnown as OAuthErrorCodeKnown
from .o_auth_grant_type import OAuthGrantType as OAuthGrantType
from .o_auth_jwk import OAuthJwk as OAuthJwk
from .o_auth_jwk_set import OAuthJwkSet as OAuthJwkSet
from .o_auth_requested_token_type import OAuthRequestedTokenType as OAuthRequestedTokenType
from .o_auth_subject_token_type import OAuthSubjectTokenType as OAuthSubjectTokenType
from .o_auth_token_request import OAuthTokenRequest as OAuthTokenRequest
from .o_auth_token_response import OAuthTokenResponse as OAuthTokenResponse
from .o_auth_token_scope import OAuthTokenScope as OAuthTokenScope
from .observability_arize_config import ObservabilityArizeConfig as ObservabilityArizeConfig
from .observability_arize_destination import (
    ObservabilityArizeDestination as ObservabilityArizeDestination,
)
from .observability_braintrust_config import (
    ObservabilityBraintrustConfig as ObservabilityBraintrustConfig,
)
from .observability_braintrust_destination import (
    ObservabilityBraintrustDestination as ObservabilityBraintrustDestination,
)
from .observability_clickhouse_config import (
    ObservabilityClickhouseConfig as ObservabilityClickhouseConfig,
)
from .observability_clickhouse_destination import (
    ObservabilityClickhouseDestination as ObservabilityClickhouseDestination,
)
from .observability_datadog_config import ObservabilityDatadogConfig as ObservabilityDatadogConfig
from .observability_datadog_destination import (
    ObservabilityDatadogDestination as ObservabilityDatadogDestination,
)
from .observability_destination_config import (
    ObservabilityDestinationConfig as ObservabilityDestinationConfig,
)
from .observability_destination_list_response import (
    ObservabilityDestinationListResponse as ObservabilityDestinationListResponse,
)
from .observability_destination_response import (
    ObservabilityDestinationResponse as ObservabilityDestinationResponse,
)
from .observability_destination_type_known import (
    ObservabilityDestinationTypeKnown as ObservabilityDestinationTypeKnown,
)
from .observability_filter_field_known import (
    ObservabilityFilterFieldKnown as ObservabilityFilterFieldKnown,
)
from .observability_filter_logic_known import (
    ObservabilityFilterLogicKnown as ObservabilityFilterLogicKnown,
)
from .observability_filter_operator_known import (
    ObservabilityFilterOperatorKnown as ObservabilityFilterOperatorKnown,
)
from .observability_filter_rule import ObservabilityFilterRule as ObservabilityFilterRule
from .observability_filter_rule_group import (
    ObservabilityFilterRuleGroup as ObservabilityFilterRuleGroup,
)
from .observability_filter_rules import ObservabilityFilterRules as ObservabilityFilterRules
from .observability_generic_destination import (
    ObservabilityGenericDestination as ObservabilityGenericDestination,
)
from .observability_grafana_config import ObservabilityGrafanaConfig as ObservabilityGrafanaConfig
from .observability_grafana_destination import (
    ObservabilityGrafanaDestination as ObservabilityGrafanaDestination,
)
from .observability_headers import ObservabilityHeaders as ObservabilityHeaders
from .observability_langfuse_config import (
    ObservabilityLangfuseConfig as ObservabilityLangfuseConfig,
)
from .observability_langfuse_destination import (
    ObservabilityLangfuseDestination as ObservabilityLangfuseDestination,
)
from .observability_langsmith_config import (
    ObservabilityLangsmithConfig as ObservabilityLangsmithConfig,
)
from .observability_langsmith_destination import (
    ObservabilityLangsmithDestination as ObservabilityLangsmithDestination,
)
from .observability_newrelic_config import (
    ObservabilityNewrelicConfig as ObservabilityNewrelicConfig,
)
from .observability_newrelic_destination import (
    ObservabilityNewrelicDestination as ObservabilityNewrelicDestination,
)
from .observability_newrelic_region_known import (
    ObservabilityNewrelicRegionKnown as ObservabilityNewrelicRegionKnown,
)
from .observability_opik_config import ObservabilityOpikConfig as ObservabilityOpikConfig
from .observability_opik_destination import (
    ObservabilityOpikDestination as ObservabilityOpikDestination,
)
from .observability_otel_collector_config import (
    ObservabilityOtelCollectorConfig as ObservabilityOtelCollectorConfig,
)
from .observability_otel_collector_destination import (
    ObservabilityOtelCollectorDestination as ObservabilityOtelCollectorDestination,
)
from .observability_posthog_config import ObservabilityPosthogConfig as ObservabilityPosthogConfig
from .observability_posthog_destination import (
    ObservabilityPosthogDestination as ObservabilityPosthogDestination,
)
from .observability_ramp_config import ObservabilityRampConfig as ObservabilityRampConfig
from .observability_ramp_destination import (
    ObservabilityRampDestination as ObservabilityRampDestination,
)
from .observability_region_input import ObservabilityRegionInput as ObservabilityRegionInput
from .observability_region_known import ObservabilityRegionKnown as ObservabilityRegionKnown
from .observability_s3_auth_mode_known import (
    ObservabilityS3AuthModeKnown as ObservabilityS3AuthModeKnown,
)
from .observability_s3_config import ObservabilityS3Config as ObservabilityS3Config
from .observability_s3_destination import ObservabilityS3Destination as ObservabilityS3Destination
from .observability_s3_provider_known import (
    ObservabilityS3ProviderKnown as ObservabilityS3ProviderKnown,
)
from .observability_sentry_config import ObservabilitySentryConfig as ObservabilitySentryConfig
from .observability_sentry_destination import (
    ObservabilitySentryDestination as ObservabilitySentryDestination,
)
from .observability_snowflake_config import (
    ObservabilitySnowflakeConfig as ObservabilitySnowflakeConfig,
)
from .observability_snowflake_destination import (
    ObservabilitySnowflakeDestination as ObservabilitySnowflakeDestination,
)
from .observability_weave_config import ObservabilityWeaveConfig as ObservabilityWeaveConfig
from .observability_weave_destination import (
    ObservabilityWeaveDestination as ObservabilityWeaveDestination,
)
from .observability_webhook_config import ObservabilityWebhookConfig as ObservabilityWebhookConfig
from .observability_webhook_destination import (
    ObservabilityWebhookDestination as ObservabilityWebhookDestination,
)
from .observability_webhook_method_known import (
    ObservabilityWebhookMethodKnown as ObservabilityWebhookMethodKnown,
)
from .open_ai_file_purpose_known import OpenAIFilePurposeKnown as OpenAIFilePurposeKnown
from .open_router_benchmark import OpenRouterBenchmark as OpenRouterBenchmark
from .open_router_datetime_tool import OpenRouterDatetimeTool as OpenRouterDatetimeTool
from .open_router_datetime_tool_config import (
    OpenRouterDatetimeToolConfig as OpenRouterDatetimeToolConfig,
)
from .open_router_metadata import OpenRouterMetadata as OpenRouterMetadata
from .open_router_web_fetch_tool import OpenRouterWebFetchTool as OpenRouterWebFetchTool
from .open_router_web_fetch_tool_config import (
    OpenRouterWebFetchToolConfig as OpenRouterWebFetchToolConfig,
)
from .open_router_web_fetch_tool_config_engine_known import (
    OpenRouterWebFetchToolConfigEngineKnown as OpenRouterWebFetchToolConfigEngineKnown,
)
from .open_router_web_search_tool import OpenRouterWebSearchTool as OpenRouterWebSearchTool
from .open_router_web_search_tool_config import (
    OpenRouterWebSearchToolConfig as OpenRouterWebSearchToolConfig,
)
from .open_router_web_search_tool_config_engine_known import (
    OpenRouterWebSearchToolConfigEngineKnown as OpenRouterWebSearchToolConfigEngineKnown,
)
from .open_router_web_search_tool_config_mode_known import (
    OpenRouterWebSearchToolConfigModeKnown as OpenRouterWebSearchToolConfigModeKnown,
)
from .open_router_web_search_tool_config_search_context_size_known import (
    OpenRouterWebSearchToolConfigSearchContextSizeKnown as OpenRouterWebSearchToolConfigSearchContextSizeKnown,
)
from .organization_member import OrganizationMember as OrganizationMember
from .organization_member_list_response import (
    OrganizationMemberListResponse as OrganizationMemberListResponse,
)
from .organization_role_known import OrganizationRoleKnown as OrganizationRoleKnown
from .organization_settings import OrganizationSettings as OrganizationSettings
from .organization_settings_response import (
    OrganizationSettingsResponse as OrganizationSettingsResponse,
)
from .other_annotation import OtherAnnotation as OtherAnnotation
from .pareto_router_plugin import ParetoRouterPlugin as ParetoRouterPlugin
from .pareto_router_plugin_price_source_known import (
    ParetoRouterPluginPriceSourceKnown as ParetoRouterPluginPriceSourceKnown,
)
from .pdf_parser_options import PdfParserOptions as PdfParserOptions
from .pdf_parser_options_engine_known import (
    PdfParserOptionsEngineKnown as PdfParserOptionsEngineKnown,
)
from .percentile_latency_cutoffs import PercentileLatencyCutoffs as PercentileLatencyCutoffs
from .percentile_stats import PercentileStats as PercentileStats
from .percentile_throughput_cutoffs import (
    PercentileThroughputCutoffs as PercentileThroughputCutoffs,
)
from .prediction import Prediction as Prediction
from .preset import Preset as Preset
from .preset_config import PresetConfig as PresetConfig
from .preset_list_response import PresetListResponse as PresetListResponse
from .preset_messages_config import PresetMessagesConfig as PresetMessagesConfig
from .preset_response import PresetResponse as PresetResponse
from .preset_responses_config import PresetResponsesConfig as PresetResponsesConfig
from .preset_status_known import PresetStatusKnown as PresetStatusKnown
from .preset_version import PresetVersion as PresetVersion
from .preset_version_list_response import PresetVersionListResponse as PresetVersionListResponse
from .preset_version_response import PresetVersionResponse as PresetVersionResponse
from .preset_with_version import PresetWithVersion as PresetWithVersion
from .private_endpoint import PrivateEndpoint as PrivateEndpoint
from .private_endpoint_activation import PrivateEndpointActivation as PrivateEndpointActivation
from .private_endpoint_check import PrivateEndpointCheck as PrivateEndpointCheck
from .private_endpoint_check_reason_known import (
    PrivateEndpointCheckReasonKnown as PrivateEndpointCheckReasonKnown,
)
from .private_endpoint_list_response import (
    PrivateEndpointListResponse as PrivateEndpointListResponse,
)
from .private_endpoint_pricing import PrivateEndpointPricing as PrivateEndpointPricing
from .private_endpoint_region import PrivateEndpointRegion as PrivateEndpointRegion
from .private_endpoint_region_known import PrivateEndpointRegionKnown as PrivateEndpointRegionKnown
from .private_endpoint_response import PrivateEndpointResponse as PrivateEndpointResponse
from .private_endpoint_status_known import PrivateEndpointStatusKnown as PrivateEndpointStatusKnown
from .private_endpoint_summary import PrivateEndpointSummary as PrivateEndpointSummary
from .private_endpoint_validation import PrivateEndpointValidation as PrivateEndpointValidation
from .private_endpoint_validation_response import (
    PrivateEndpointValidationResponse as PrivateEndpointValidationResponse,
)
from .prompt_cache_breakpoint import PromptCacheBreakpoint as PromptCacheBreakpoint
from .prompt_cache_options import PromptCacheOptions as PromptCacheOptions
from .provider import Provider as Provider
from .provider_data_collection_known import (
    ProviderDataCollectionKnown as ProviderDataCollectionKnown,
)
from .provider_list_response import ProviderListResponse as ProviderListResponse
from .provider_preferences import ProviderPreferences as ProviderPreferences
from .provider_sort_config import ProviderSortConfig as ProviderSortConfig
from .provider_sort_known import ProviderSortKnown as ProviderSortKnown
from .provider_sort_partition_known import ProviderSortPartitionKnown as ProviderSortPartitionKnown
from .quantization_known import QuantizationKnown as QuantizationKnown
from .rankings_category import RankingsCategory as RankingsCategory
from .rankings_context_bucket import RankingsContextBucket as RankingsContextBucket
from .rankings_daily_response import RankingsDailyResponse as RankingsDailyResponse
from .rankings_language_type import RankingsLanguageType as RankingsLanguageType
from .rankings_meta import RankingsMeta as RankingsMeta
from .rankings_modality import RankingsModality as RankingsModality
from .rankings_period import RankingsPeriod as RankingsPeriod
from .reasoning_config import ReasoningConfig as ReasoningConfig
from .reasoning_config_context_known import (
    ReasoningConfigContextKnown as ReasoningConfigContextKnown,
)
from .reasoning_config_mode_known import ReasoningConfigModeKnown as ReasoningConfigModeKnown
from .reasoning_detail_encrypted import ReasoningDetailEncrypted as ReasoningDetailEncrypted
from .reasoning_detail_format_known import ReasoningDetailFormatKnown as ReasoningDetailFormatKnown
from .reasoning_detail_other import ReasoningDetailOther as ReasoningDetailOther
from .reasoning_detail_server_tool_call import (
    ReasoningDetailServerToolCall as ReasoningDetailServerToolCall,
)
from .reasoning_detail_summary import ReasoningDetailSummary as ReasoningDetailSummary
from .reasoning_detail_text import ReasoningDetailText as ReasoningDetailText
from .reasoning_effort_known import ReasoningEffortKnown as ReasoningEffortKnown
from .reasoning_summary_verbosity_known import (
    ReasoningSummaryVerbosityKnown as ReasoningSummaryVerbosityKnown,
)
from .reference_audio_part import ReferenceAudioPart as ReferenceAudioPart
from .reference_image_part import ReferenceImagePart as ReferenceImagePart
from .reference_url import ReferenceUrl as ReferenceUrl
from .reference_video_part import ReferenceVideoPart as ReferenceVideoPart
from .remove_workspace_members_request import (
    RemoveWorkspaceMembersRequest as RemoveWorkspaceMembersRequest,
)
from .remove_workspace_members_response import (
    RemoveWorkspaceMembersResponse as RemoveWorkspaceMembersResponse,
)
from .request_metadata import RequestMetadata as RequestMetadata
from .rerank_document import RerankDocument as RerankDocument
from .rerank_response import RerankResponse as RerankResponse
from .rerank_result import RerankResult as RerankResult
from .rerank_usage import RerankUsage as RerankUsage
from .response_apply_patch_call import ResponseApplyPatchCall as ResponseApplyPatchCall
from .response_apply_patch_call_operation import (
    ResponseApplyPatchCallOperation as ResponseApplyPatchCallOperation,
)
from .response_code_interpreter_call import (
    ResponseCodeInterpreterCall as ResponseCodeInterpreterCall,
)
from .response_code_interpreter_call_outputs_type_0_item import (
    ResponseCodeInterpreterCallOutputsType0Item as ResponseCodeInterpreterCallOutputsType0Item,
)
from .response_code_interpreter_tool import (
    ResponseCodeInterpreterTool as ResponseCodeInterpreterTool,
)
from .response_code_interpreter_tool_container_type_1 import (
    ResponseCodeInterpreterToolContainerType1 as ResponseCodeInterpreterToolContainerType1,
)
from .response_computer_use_tool import ResponseComputerUseTool as ResponseComputerUseTool
from .response_computer_use_tool_environment_known import (
    ResponseComputerUseToolEnvironmentKnown as ResponseComputerUseToolEnvironmentKnown,
)
from .response_cost_details import ResponseCostDetails as ResponseCostDetails
from .response_custom_tool import ResponseCustomTool as ResponseCustomTool
from .response_custom_tool_call import ResponseCustomToolCall as ResponseCustomToolCall
from .response_custom_tool_format import ResponseCustomToolFormat as ResponseCustomToolFormat
from .response_error import ResponseError as ResponseError
from .response_error_metadata import ResponseErrorMetadata as ResponseErrorMetadata
from .response_file_citation import ResponseFileCitation as ResponseFileCitation
from .response_file_path import ResponseFilePath as ResponseFilePath
from .response_file_search_call import ResponseFileSearchCall as ResponseFileSearchCall
from .response_file_search_tool import ResponseFileSearchTool as ResponseFileSearchTool
from .response_file_search_tool_filters_type_0 import (
    ResponseFileSearchToolFiltersType0 as ResponseFileSearchToolFiltersType0,
)
from .response_file_search_tool_ranking_options import (
    ResponseFileSearchToolRankingOptions as ResponseFileSearchToolRankingOptions,
)
from .response_format_grammar import ResponseFormatGrammar as ResponseFormatGrammar
from .response_format_json_object import ResponseFormatJsonObject as ResponseFormatJsonObject
from .response_format_json_schema import ResponseFormatJsonSchema as ResponseFormatJsonSchema
from .response_format_python import ResponseFormatPython as ResponseFormatPython
from .response_format_text import ResponseFormatText as ResponseFormatText
from .response_function_call import ResponseFunctionCall as ResponseFunctionCall
from .response_function_call_output_input import (
    ResponseFunctionCallOutputInput as ResponseFunctionCallOutputInput,
)
from .response_function_call_output_input_status_known import (
    ResponseFunctionCallOutputInputStatusKnown as ResponseFunctionCallOutputInputStatusKnown,
)
from .response_function_tool import ResponseFunctionTool as ResponseFunctionTool
from .response_function_tool_allowed_callers_item_known import (
    ResponseFunctionToolAllowedCallersItemKnown as ResponseFunctionToolAllowedCallersItemKnown,
)
from .response_function_tool_output_schema_type_0 import (
    ResponseFunctionToolOutputSchemaType0 as ResponseFunctionToolOutputSchemaType0,
)
from .response_function_tool_parameters_type_0 import (
    ResponseFunctionToolParametersType0 as ResponseFunctionToolParametersType0,
)
from .response_healing_plugin import ResponseHealingPlugin as ResponseHealingPlugin
from .response_image_generation_call import (
    ResponseImageGenerationCall as ResponseImageGenerationCall,
)
from .response_image_generation_tool import (
    ResponseImageGenerationTool as ResponseImageGenerationTool,
)
from .response_image_generation_tool_background_known import (
    ResponseImageGenerationToolBackgroundKnown as ResponseImageGenerationToolBackgroundKnown,
)
from .response_image_generation_tool_input_fidelity_known import (
    ResponseImageGenerationToolInputFidelityKnown as ResponseImageGenerationToolInputFidelityKnown,
)
from .response_image_generation_tool_input_image_mask import (
    ResponseImageGenerationToolInputImageMask as ResponseImageGenerationToolInputImageMask,
)
from .response_image_generation_tool_moderation_known import (
    ResponseImageGenerationToolModerationKnown as ResponseImageGenerationToolModerationKnown,
)
from .response_image_generation_tool_output_format_known import (
    ResponseImageGenerationToolOutputFormatKnown as ResponseImageGenerationToolOutputFormatKnown,
)
from .response_image_generation_tool_quality_known import (
    ResponseImageGenerationToolQualityKnown as ResponseImageGenerationToolQualityKnown,
)
from .response_incomplete_details import ResponseIncompleteDetails as ResponseIncompleteDetails
from .response_input_audio import ResponseInputAudio as ResponseInputAudio
from .response_input_audio_data import ResponseInputAudioData as ResponseInputAudioData
from .response_input_audio_data_format_known import (
    ResponseInputAudioDataFormatKnown as ResponseInputAudioDataFormatKnown,
)
from .response_input_file import ResponseInputFile as ResponseInputFile
from .response_input_image import ResponseInputImage as ResponseInputImage
from .response_input_image_detail_known import (
    ResponseInputImageDetailKnown as ResponseInputImageDetailKnown,
)
from .response_input_message import ResponseInputMessage as ResponseInputMessage
from .response_input_message_phase_known import (
    ResponseInputMessagePhaseKnown as ResponseInputMessagePhaseKnown,
)
from .response_input_message_role import ResponseInputMessageRole as ResponseInputMessageRole
from .response_input_text import ResponseInputText as ResponseInputText
from .response_input_tokens_details import ResponseInputTokensDetails as ResponseInputTokensDetails
from .response_input_video import ResponseInputVideo as ResponseInputVideo
from .response_input_video_processing_known import (
    ResponseInputVideoProcessingKnown as ResponseInputVideoProcessingKnown,
)
from .response_item_reference import ResponseItemReference as ResponseItemReference
from .response_mcp_tool import ResponseMcpTool as ResponseMcpTool
from .response_mcp_tool_allowed_tools_type_1 import (
    ResponseMcpToolAllowedToolsType1 as ResponseMcpToolAllowedToolsType1,
)
from .response_mcp_tool_headers_type_0 import (
    ResponseMcpToolHeadersType0 as ResponseMcpToolHeadersType0,
)
from .response_mcp_tool_require_approval_type_1 import (
    ResponseMcpToolRequireApprovalType1 as ResponseMcpToolRequireApprovalType1,
)
from .response_namespace_tool import ResponseNamespaceTool as ResponseNamespaceTool
from .response_object import ResponseObject as ResponseObject
from .response_object_metadata_type_0 import (
    ResponseObjectMetadataType0 as ResponseObjectMetadataType0,
)
from .response_object_reasoning_type_0 import (
    ResponseObjectReasoningType0 as ResponseObjectReasoningType0,
)
from .response_object_tool_choice_type_1 import (
    ResponseObjectToolChoiceType1 as ResponseObjectToolChoiceType1,
)
from .response_other_input_item import ResponseOtherInputItem as ResponseOtherInputItem
from .response_output_message import ResponseOutputMessage as ResponseOutputMessage
from .response_output_text import ResponseOutputText as ResponseOutputText
from .response_output_tokens_details import (
    ResponseOutputTokensDetails as ResponseOutputTokensDetails,
)
from .response_prompt_template import ResponsePromptTemplate as ResponsePromptTemplate
from .response_prompt_template_variables_type_0 import (
    ResponsePromptTemplateVariablesType0 as ResponsePromptTemplateVariablesType0,
)
from .response_reasoning_item import ResponseReasoningItem as ResponseReasoningItem
from .response_reasoning_summary_text import (
    ResponseReasoningSummaryText as ResponseReasoningSummaryText,
)
from .response_reasoning_text import ResponseReasoningText as ResponseReasoningText
from .response_refusal_content import ResponseRefusalContent as ResponseRefusalContent
from .response_shell_tool import ResponseShellTool as ResponseShellTool
from .response_shell_tool_type import ResponseShellToolType as ResponseShellToolType
from .response_status_known import ResponseStatusKnown as ResponseStatusKnown
from .response_stream_event import ResponseStreamEvent as ResponseStreamEvent
from .response_stream_event_error import ResponseStreamEventError as ResponseStreamEventError
from .response_stream_event_part import ResponseStreamEventPart as ResponseStreamEventPart
from .response_text_config import ResponseTextConfig as ResponseTextConfig
from .response_text_format_json_object import (
    ResponseTextFormatJsonObject as ResponseTextFormatJsonObject,
)
from .response_text_format_json_schema import (
    ResponseTextFormatJsonSchema as ResponseTextFormatJsonSchema,
)
from .response_text_format_json_schema_schema import (
    ResponseTextFormatJsonSchemaSchema as ResponseTextFormatJsonSchemaSchema,
)
from .response_text_format_text import ResponseTextFormatText as ResponseTextFormatText
from .response_token_logprob import ResponseTokenLogprob as ResponseTokenLogprob
from .response_tool_choice_allowed_tools import (
    ResponseToolChoiceAllowedTools as ResponseToolChoiceAllowedTools,
)
from .response_tool_choice_allowed_tools_mode import (
    ResponseToolChoiceAllowedToolsMode as ResponseToolChoiceAllowedToolsMode,
)
from .response_tool_choice_allowed_tools_tools_item import (
    ResponseToolChoiceAllowedToolsToolsItem as ResponseToolChoiceAllowedToolsToolsItem,
)
from .response_tool_choice_function import ResponseToolChoiceFunction as ResponseToolChoiceFunction
from .response_tool_choice_hosted import ResponseToolChoiceHosted as ResponseToolChoiceHosted
from .response_tool_choice_hosted_type import (
    ResponseToolChoiceHostedType as ResponseToolChoiceHostedType,
)
from .response_tool_choice_mode import ResponseToolChoiceMode as ResponseToolChoiceMode
from .response_top_logprob import ResponseTopLogprob as ResponseTopLogprob
from .response_unknown_annotation import ResponseUnknownAnnotation as ResponseUnknownAnnotation
from .response_unknown_content import ResponseUnknownContent as ResponseUnknownContent
from .response_unknown_output_item import ResponseUnknownOutputItem as ResponseUnknownOutputItem
from .response_url_citation import ResponseUrlCitation as ResponseUrlCitation
from .response_usage import ResponseUsage as ResponseUsage
from .response_web_search_action import ResponseWebSearchAction as ResponseWebSearchAction
from .response_web_search_action_sources_item import (
    ResponseWebSearchActionSourcesItem as ResponseWebSearchActionSourcesItem,
)
from .response_web_search_call import ResponseWebSearchCall as ResponseWebSearchCall
from .response_web_search_tool import ResponseWebSearchTool as ResponseWebSearchTool
from .response_web_search_tool_engine_known import (
    ResponseWebSearchToolEngineKnown as ResponseWebSearchToolEngineKnown,
)
from .response_web_search_tool_mode_known import (
    ResponseWebSearchToolModeKnown as ResponseWebSearchToolModeKnown,
)
from .response_web_search_tool_search_context_size_known import (
    ResponseWebSearchToolSearchContextSizeKnown as ResponseWebSearchToolSearchContextSizeKnown,
)
from .response_web_search_tool_type import ResponseWebSearchToolType as ResponseWebSearchToolType
from .scim_group import ScimGroup as ScimGroup
from .scim_group_list_response import ScimGroupListResponse as ScimGroupListResponse
from .scim_group_mapping import ScimGroupMapping as ScimGroupMapping
from .scim_group_mapping_list_response import (
    ScimGroupMappingListResponse as ScimGroupMappingListResponse,
)
from .scim_group_mapping_response import ScimGroupMappingResponse as ScimGroupMappingResponse
from .scim_role import ScimRole as ScimRole
from .scim_role_known import ScimRoleKnown as ScimRoleKnown
from .scim_sync_job import ScimSyncJob as ScimSyncJob
from .scim_sync_job_response import ScimSyncJobResponse as ScimSyncJobResponse
from .scim_sync_job_status_known import ScimSyncJobStatusKnown as ScimSyncJobStatusKnown
from .search_benchmark import SearchBenchmark as SearchBenchmark
from .search_benchmark_metric_known import SearchBenchmarkMetricKnown as SearchBenchmarkMetricKnown
from .search_benchmark_run_config import SearchBenchmarkRunConfig as SearchBenchmarkRunConfig
from .server_tool import ServerTool as ServerTool
from .server_tool_alias import ServerToolAlias as ServerToolAlias
from .server_tool_api_format import ServerToolApiFormat as ServerToolApiFormat
from .server_tool_byok_known import ServerToolByokKnown as ServerToolByokKnown
from .server_tool_data_region_known import ServerToolDataRegionKnown as ServerToolDataRegionKnown
from .server_tool_engine import ServerToolEngine as ServerToolEngine
from .server_tool_executor_known import ServerToolExecutorKnown as ServerToolExecutorKnown
from .server_tool_json_schema import ServerToolJsonSchema as ServerToolJsonSchema
from .server_tool_list_links import ServerToolListLinks as ServerToolListLinks
from .server_tool_list_response import ServerToolListResponse as ServerToolListResponse
from .server_tool_native_model import ServerToolNativeModel as ServerToolNativeModel
from .server_tool_native_support import ServerToolNativeSupport as ServerToolNativeSupport
from .server_tool_output_name import ServerToolOutputName as ServerToolOutputName
from .server_tool_price import ServerToolPrice as ServerToolPrice
from .server_tool_pricing_source_known import (
    ServerToolPricingSourceKnown as ServerToolPricingSourceKnown,
)
from .server_tool_response import ServerToolResponse as ServerToolResponse
from .server_tool_status_known import ServerToolStatusKnown as ServerToolStatusKnown
from .server_tool_use_details import ServerToolUseDetails as ServerToolUseDetails
from .session_cost_cell import SessionCostCell as SessionCostCell
from .session_cost_meta import SessionCostMeta as SessionCostMeta
from .session_cost_response import SessionCostResponse as SessionCostResponse
from .session_turn_range import SessionTurnRange as SessionTurnRange
from .set_private_endpoint_pricing_request import (
    SetPrivateEndpointPricingRequest as SetPrivateEndpointPricingRequest,
)
from .set_workspace_budget_request import SetWorkspaceBudgetRequest as SetWorkspaceBudgetRequest
from .speech_reference_audio import SpeechReferenceAudio as SpeechReferenceAudio
from .speech_reference_audio_source import SpeechReferenceAudioSource as SpeechReferenceAudioSource
from .speech_reference_text import SpeechReferenceText as SpeechReferenceText
from .speech_response_format import SpeechResponseFormat as SpeechResponseFormat
from .speech_turn import SpeechTurn as SpeechTurn
from .stop_server_tools_when_finish_reason_is import (
    StopServerToolsWhenFinishReasonIs as StopServerToolsWhenFinishReasonIs,
)
from .stop_server_tools_when_has_tool_call import (
    StopServerToolsWhenHasToolCall as StopServerToolsWhenHasToolCall,
)
from .stop_server_tools_when_max_cost import (
    StopServerToolsWhenMaxCost as StopServerToolsWhenMaxCost,
)
from .stop_server_tools_when_max_tokens_used import (
    StopServerToolsWhenMaxTokensUsed as StopServerToolsWhenMaxTokensUsed,
)
from .stop_server_tools_when_step_count_is import (
    StopServerToolsWhenStepCountIs as StopServerToolsWhenStepCountIs,
)
from .stored_file_anthropic import StoredFileAnthropic as StoredFileAnthropic
from .stored_file_open_ai import StoredFileOpenAI as StoredFileOpenAI
from .stored_file_open_router import StoredFileOpenRouter as StoredFileOpenRouter
from .system_message import SystemMessage as SystemMessage
from .task_classification import TaskClassification as TaskClassification
from .task_classification_model_share import (
    TaskClassificationModelShare as TaskClassificationModelShare,
)
from .task_classification_report import TaskClassificationReport as TaskClassificationReport
from .task_classification_window import TaskClassificationWindow as TaskClassificationWindow
from .task_classifications_response import (
    TaskClassificationsResponse as TaskClassificationsResponse,
)
from .task_macro_category import TaskMacroCategory as TaskMacroCategory
from .text_completion import TextCompletion as TextCompletion
from .text_completion_choice import TextCompletionChoice as TextCompletionChoice
from .text_completion_finish_reason_known import (
    TextCompletionFinishReasonKnown as TextCompletionFinishReasonKnown,
)
from .text_completion_logprobs import TextCompletionLogprobs as TextCompletionLogprobs
from .text_completion_logprobs_top_logprobs_item import (
    TextCompletionLogprobsTopLogprobsItem as TextCompletionLogprobsTopLogprobsItem,
)
from .text_content_part import TextContentPart as TextContentPart
from .tool_message import ToolMessage as ToolMessage
from .trace_config import TraceConfig as TraceConfig
from .transcription import Transcription as Transcription
from .transcription_entity import TranscriptionEntity as TranscriptionEntity
from .transcription_inline_audio import TranscriptionInlineAudio as TranscriptionInlineAudio
from .transcription_request import TranscriptionRequest as TranscriptionRequest
from .transcription_response_format import (
    TranscriptionResponseFormat as TranscriptionResponseFormat,
)
from .transcription_segment import TranscriptionSegment as TranscriptionSegment
from .transcription_timestamp_granularity import (
    TranscriptionTimestampGranularity as TranscriptionTimestampGranularity,
)
from .transcription_upload import TranscriptionUpload as TranscriptionUpload
from .transcription_url_audio import TranscriptionUrlAudio as TranscriptionUrlAudio
from .transcription_usage import TranscriptionUsage as TranscriptionUsage
from .transcription_word import TranscriptionWord as TranscriptionWord
from .transcription_word_type_known import TranscriptionWordTypeKnown as TranscriptionWordTypeKnown
from .update_api_key_request import UpdateApiKeyRequest as UpdateApiKeyRequest
from .update_byok_key_request import UpdateByokKeyRequest as UpdateByokKeyRequest
from .update_external_user_request import UpdateExternalUserRequest as UpdateExternalUserRequest
from .update_guardrail_request import UpdateGuardrailRequest as UpdateGuardrailRequest
from .update_observability_destination_request import (
    UpdateObservabilityDestinationRequest as UpdateObservabilityDestinationRequest,
)
from .update_organization_settings_request import (
    UpdateOrganizationSettingsRequest as UpdateOrganizationSettingsRequest,
)
from .update_private_endpoint_request import (
    UpdatePrivateEndpointRequest as UpdatePrivateEndpointRequest,
)
from .update_scim_group_mapping_request import (
    UpdateScimGroupMappingRequest as UpdateScimGroupMappingRequest,
)
from .update_workspace_request import UpdateWorkspaceRequest as UpdateWorkspaceRequest
from .url_citation import UrlCitation as UrlCitation
from .url_citation_annotation import UrlCitationAnnotation as UrlCitationAnnotation
from .user_message import UserMessage as UserMessage
from .validate_private_endpoint_request import (
    ValidatePrivateEndpointRequest as ValidatePrivateEndpointRequest,
)
from .vault_effective_secret import VaultEffectiveSecret as VaultEffectiveSecret
from .vault_effective_secret_list_response import (
    VaultEffectiveSecretListResponse as VaultEffectiveSecretListResponse,
)
from .vault_effective_secret_scope_known import (
    VaultEffectiveSecretScopeKnown as VaultEffectiveSecretScopeKnown,
)
from .vault_secret import VaultSecret as VaultSecret
from .vault_secret_copy_request import VaultSecretCopyRequest as VaultSecretCopyRequest
from .vault_secret_copy_response import VaultSecretCopyResponse as VaultSecretCopyResponse
from .vault_secret_list_response import VaultSecretListResponse as VaultSecretListResponse
from .vault_secret_response import VaultSecretResponse as VaultSecretResponse
from .vault_secret_write_request import VaultSecretWriteRequest as VaultSecretWriteRequest
from .video_aspect_ratio import VideoAspectRatio as VideoAspectRatio
from .video_frame_image import VideoFrameImage as VideoFrameImage
from .video_frame_type import VideoFrameType as VideoFrameType
from .video_job import VideoJob as VideoJob
from .video_job_status_known import VideoJobStatusKnown as VideoJobStatusKnown
from .video_model import VideoModel as VideoModel
from .video_model_list import VideoModelList as VideoModelList
from .video_pricing_skus import VideoPricingSkus as VideoPricingSkus
from .video_provider_preferences import VideoProviderPreferences as VideoProviderPreferences
from .video_resolution import VideoResolution as VideoResolution
from .video_upscale_range import VideoUpscaleRange as VideoUpscaleRange
from .video_url import VideoUrl as VideoUrl
from .video_url_content_part import VideoUrlContentPart as VideoUrlContentPart
from .video_url_processing_known import VideoUrlProcessingKnown as VideoUrlProcessingKnown
from .video_usage import VideoUsage as VideoUsage
from .web_fetch_plugin import WebFetchPlugin as WebFetchPlugin
from .web_plugin import WebPlugin as WebPlugin
from .web_plugin_engine_known import WebPluginEngineKnown as WebPluginEngineKnown
from .web_plugin_mode_known import WebPluginModeKnown as WebPluginModeKnown
from .web_search_citation import WebSearchCitation as WebSearchCitation
from .web_search_citation_annotation import (
    WebSearchCitationAnnotation as WebSearchCitationAnnotation,
)
from .web_search_domain_filter import WebSearchDomainFilter as WebSearchDomainFilter
from .web_search_options import WebSearchOptions as WebSearchOptions
from .web_search_options_search_context_size_known import (
    WebSearchOptionsSearchContextSizeKnown as WebSearchOptionsSearchContextSizeKnown,
)
from .web_search_user_location import WebSearchUserLocation as WebSearchUserLocation
from .workspace import Workspace as Workspace
from .workspace_budget import WorkspaceBudget as WorkspaceBudget
from .workspace_budget_interval import WorkspaceBudgetInterval as WorkspaceBudgetInterval
from .workspace_budget_list_response import (
    WorkspaceBudgetListResponse as WorkspaceBudgetListResponse,
)
from .workspace_budget_reset_known import WorkspaceBudgetResetKnown as WorkspaceBudgetResetKnown
from .workspace_budget_response import WorkspaceBudgetResponse as WorkspaceBudgetResponse
from .workspace_list_response import WorkspaceListResponse as WorkspaceListResponse
from .workspace_member import WorkspaceMember as WorkspaceMember
from .workspace_member_list_response import (
    WorkspaceMemberListResponse as WorkspaceMemberListResponse,
)
from .workspace_member_role_known import WorkspaceMemberRoleKnown as WorkspaceMemberRoleKnown
from .workspace_response import WorkspaceResponse as WorkspaceResponse
from .workspace_server_tool import WorkspaceServerTool as WorkspaceServerTool
from .x_search_options import XSearchOptions as XSearchOptions
from .zdr_endpoint_list_response import ZdrEndpointListResponse as ZdrEndpointListResponse
