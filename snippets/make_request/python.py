from anthropic import AnthropicBedrock

client = AnthropicBedrock(
    # i18n: credentials_explicit
    aws_access_key="<access key>",
    aws_secret_key="<secret key>",
    # i18n: credentials_temporary
    aws_session_token="<session_token>",
    # i18n: region_choice_python
    aws_region="{{region}}",
)

message = client.messages.create(
    model="{{model_id}}",
    max_tokens=256,
    messages=[{"role": "user", "content": "Hello, world"}],
)
print(message.content)
