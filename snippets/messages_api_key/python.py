import os

from anthropic import Anthropic

# i18n: runtime_api_key
client = Anthropic(
    base_url=os.environ["ANTHROPIC_BASE_URL"],
    api_key=os.environ["AWS_BEARER_TOKEN_BEDROCK"],
)

message = client.messages.create(
    model="{{messages_api_profile_id}}",
    max_tokens=256,
    messages=[{"role": "user", "content": "Hello, world"}],
)
# i18n: first_text_block
print(next(block.text for block in message.content if block.type == "text"))
