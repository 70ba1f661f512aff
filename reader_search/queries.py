"""What readers type into the search, in each language, with the pages that answer it (decided by
reading the pages): the browser tests check the first result is one of them, and the benchmark
measures what a reader's first search downloads."""

from __future__ import annotations

from site_build import validated_facts

FACTS = validated_facts()
# Pages that say a model is deprecated: the table's note, the cards' index (a status column) and
# the cards of models not yet retired.
DEPRECATED = {"models", "model-cards"} | {f"model-cards/{m.key}" for m in FACTS.listed_models
                                          if m.deprecation_date}
MESSAGES_API = "messages-api"
# Claude Platform on AWS has its own sections on authentication, model IDs and moving from Bedrock.
PLATFORM = "claude-platform-on-aws"
# The Messages-API page has its own sections on endpoints, installing the SDKs, authentication,
# profiles and streaming.
ENDPOINTS = {"endpoints", MESSAGES_API}
INSTALL = {"setup", MESSAGES_API}
CREDENTIALS = {"setup", "requests", MESSAGES_API, PLATFORM}
PROFILES = {"models", "endpoints", MESSAGES_API}
STREAMING = {"requests", MESSAGES_API}
MODEL_IDS = {"models", PLATFORM}
MIGRATION = {MESSAGES_API, PLATFORM}
OPUS_4_7 = {"model-cards/claude-opus-4-7"}
# The request rules table, and the cards of the models whose sampling rules they show.
SAMPLING = {MESSAGES_API} | {f"model-cards/{key}"
                            for key in ("claude-fable-5-2", "claude-fable-5-1", "claude-fable-5")}

QUERIES = {
    "ja": [
        ("料金", {"endpoints"}), ("ログ", {"logging"}), ("認証情報", CREDENTIALS),
        ("コンテキストウィンドウ", {"features"}), ("非推奨", DEPRECATED),
        ("グローバルエンドポイント", {"endpoints"}), ("モデル アクセス", {"models"}),
        ("引用", {"features"}), ("ベータヘッダー", {"features"}), ("アクティビティ", {"logging"}),
        ("インストール", INSTALL), ("不正利用", {"logging"}), ("データ保持", {"logging"}),
        ("推論プロファイル", PROFILES), ("モデルへのアクセス", {"models"}),
        ("クロスリージョン推論", ENDPOINTS), ("APIキー", {MESSAGES_API}), ("ストリーミング", STREAMING),
        ("Claude Opus 4.7", OPUS_4_7), ("オンデマンドスループット", {"endpoints"}),
        ("呼び出しログ", {"logging"}), ("モデルID", MODEL_IDS), ("価格プレミアム", {"endpoints"}),
        ("移行", MIGRATION), ("サンプリングパラメーター", SAMPLING),
        # The glossary's search words (hooks/search_words.py): the browser cuts these queries
        # otherwise than the index cuts the pages, or the pages avoid the word.
        ("データレジデンシー", {"endpoints"}), ("データの所在地", {"endpoints"}),
    ],
    "zh-TW": [
        ("價格", {"endpoints"}), ("記錄", {"logging"}), ("憑證", CREDENTIALS), ("上下文視窗", {"features"}),
        ("棄用", DEPRECATED), ("區域端點", {"endpoints"}), ("PDF 檔案", {"features"}), ("引用", {"features"}),
        ("安裝", INSTALL), ("資料駐留", {"endpoints"}), ("濫用", {"logging"}), ("請求本文", {"requests"}),
        ("版面配置", {"features"}), ("推論設定檔", PROFILES), ("跨區域推論", ENDPOINTS),
        ("API 金鑰", {MESSAGES_API}), ("Claude Opus 4.7", OPUS_4_7), ("隨需呼叫", {"endpoints"}),
        ("模型存取", {"models"}), ("全域端點", {"endpoints"}), ("呼叫記錄", {"logging"}),
        ("移轉", MIGRATION), ("模型 ID", MODEL_IDS), ("資料保留", {"logging"}),
        ("取樣參數", SAMPLING), ("串流", STREAMING), ("資料落地", {"endpoints"}), ("廢棄", DEPRECATED),
    ],
    "ru": [
        ("логирование", {"logging"}), ("доступ к моделям", {"models"}), ("конечная точка", ENDPOINTS),
        ("конечной точки", ENDPOINTS), ("стоимость", {"endpoints"}), ("надбавка", {"endpoints"}),
        ("учётные данные", CREDENTIALS), ("учетные данные", CREDENTIALS), ("устаревшие", DEPRECATED),
        ("устаревших моделей", DEPRECATED), ("профиль инференса", PROFILES), ("профиля", PROFILES),
        ("профилей инференса", PROFILES), ("профили инференса", PROFILES), ("журнал", {"logging"}),
        ("злоупотребления", {"logging"}), ("установка", INSTALL), ("установить", INSTALL),
        ("ключ API", {MESSAGES_API}), ("ключом API", {MESSAGES_API}), ("потоковая передача", STREAMING),
        ("Claude Opus 4.7", OPUS_4_7), ("идентификатор модели", MODEL_IDS), ("переход", MIGRATION),
        ("контекстного окна", {"features"}), ("журналы", {"logging"}), ("хранение данных", {"logging"}),
        ("параметры сэмплирования", SAMPLING), ("миграция", MIGRATION),
    ],
    "fr": [
        ("journalisation", {"logging"}), ("journal", {"logging"}), ("journaux", {"logging"}),
        ("requêtes", {"requests"}), ("requête", {"requests"}), ("requete", {"requests"}),
        # setup: the runtime environment; messages-api: code execution, a server tool it lacks
        ("exécution", {"setup", MESSAGES_API}), ("tarification", {"endpoints"}),
        ("identifiants", CREDENTIALS), ("authentification", {"setup", MESSAGES_API, PLATFORM}),
        ("point de terminaison", ENDPOINTS), ("points de terminaison", ENDPOINTS),
        ("points de terminaison mondiaux", {"endpoints"}), ("déprécié", DEPRECATED),
        ("deprecie", DEPRECATED), ("modèles dépréciés", DEPRECATED), ("préfixe", PROFILES),
        ("citations", {"features"}), ("installer", INSTALL), ("installation", INSTALL),
        ("profil d’inférence", PROFILES), ("profil d'inférence", PROFILES),
        ("profils d’inférence", PROFILES), ("clé d’API", {MESSAGES_API}), ("clé d'API", {MESSAGES_API}),
        ("Claude Opus 4.7", OPUS_4_7), ("fenêtre de contexte", {"features"}),
        ("fenetre de contexte", {"features"}), ("migrer", MIGRATION), ("streaming", STREAMING),
        ("conservation des données", {"logging"}), ("échantillonnage", SAMPLING),
        ("modèles obsolètes", DEPRECATED), ("obsolète", DEPRECATED),
    ],
}

# A word for "inference profile" in each language, searched from the root's chooser.
CHOOSER_QUERIES = {"ja": "推論プロファイル", "zh-TW": "推論設定檔", "ru": "профиля", "fr": "profils d’inférence"}

# (locale, query, the pages that answer it, first result readers get, why). None: nothing.
LIMITS = [
    ("ru", "по требованию", {"endpoints"}, "setup", "stemmed to требован-, as in «требования» (requirements)"),
    ("fr", "à la demande", {"endpoints"}, "models", "« demande » alone: « à » and « la » weigh nothing"),
]
