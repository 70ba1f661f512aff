from anthropic import AnthropicBedrockMantle

client = AnthropicBedrockMantle(aws_region="{{region}}")

# i18n: stream_text
with client.messages.stream(
    model="{{messages_api_model_id}}",
    max_tokens=256,
    messages=[{"role": "user", "content": "Hello, world"}],
) as stream:
    for text in stream.text_stream:
        print(text, end="", flush=True)
print()
