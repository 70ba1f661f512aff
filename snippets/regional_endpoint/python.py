from anthropic import AnthropicBedrock

client = AnthropicBedrock(aws_region="{{region}}")

# i18n: regional_prefix
message = client.messages.create(
    model="{{regional_model_id}}",
    max_tokens=256,
    messages=[{"role": "user", "content": "Hello, world"}],
)
print(message.content)
