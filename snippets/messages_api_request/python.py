from anthropic import AnthropicBedrockMantle

# i18n: mantle_credentials
client = AnthropicBedrockMantle(
    # i18n: region_choice_mantle
    aws_region="{{region}}",
)

message = client.messages.create(
    model="{{messages_api_model_id}}",
    max_tokens=256,
    messages=[{"role": "user", "content": "Hello, world"}],
)
# i18n: first_text_block
print(next(block.text for block in message.content if block.type == "text"))
