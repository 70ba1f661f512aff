import json

import boto3

# i18n: runtime_client
bedrock_runtime = boto3.client("bedrock-runtime", region_name="{{region}}")

# i18n: invoke_body
body = json.dumps(
    {
        "anthropic_version": "{{anthropic_version}}",
        "max_tokens": 256,
        "messages": [{"role": "user", "content": "Hello, world"}],
    }
)

response = bedrock_runtime.invoke_model(
    modelId="{{model_id}}",
    body=body,
)
reply = json.loads(response["body"].read())
print(reply["content"])
