from anthropic import AnthropicAWS

# i18n: platform_credentials
client = AnthropicAWS(
    # i18n: platform_region
    aws_region="{{region}}",
)

message = client.messages.create(
    model="{{platform_model_id}}",
    max_tokens=256,
    messages=[{"role": "user", "content": "Hello, world"}],
)
# i18n: first_text_block
print(next(block.text for block in message.content if block.type == "text"))
