from enum import StrEnum


class AppRankingSubcategory(StrEnum):
    AUDIO_GEN = "audio-gen"
    CLI_AGENT = "cli-agent"
    CLOUD_AGENT = "cloud-agent"
    CREATIVE_WRITING = "creative-writing"
    GAME = "game"
    GENERAL_CHAT = "general-chat"
    IDE_EXTENSION = "ide-extension"
    IMAGE_GEN = "image-gen"
    LEGAL = "legal"
    NATIVE_APP_BUILDER = "native-app-builder"
    PERSONAL_AGENT = "personal-agent"
    PROGRAMMING_APP = "programming-app"
    ROLEPLAY = "roleplay"
    VIDEO_GEN = "video-gen"
    WRITING_ASSISTANT = "writing-assistant"

    def __str__(self) -> str:
        return str(self.value)
