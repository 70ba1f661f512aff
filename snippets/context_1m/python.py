from anthropic import AnthropicBedrock

client = AnthropicBedrock(aws_region="{{region}}")

# i18n: beta_header
message = client.beta.messages.create(
    model="{{model_id}}",
    max_tokens=256,
    betas=["{{beta_header}}"],
    messages=[{"role": "user", "content": "Hello, world"}],
)
print(message.content)
