from anthropic import AnthropicBedrock

client = AnthropicBedrock(aws_region="{{region}}")

# i18n: global_prefix
message = client.messages.create(
    model="{{global_model_id}}",
    max_tokens=256,
    messages=[{"role": "user", "content": "Hello, world"}],
)
print(message.content)
