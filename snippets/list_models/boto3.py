import boto3

# i18n: control_plane_client
bedrock = boto3.client("bedrock", region_name="{{region}}")
response = bedrock.list_foundation_models(byProvider="anthropic")

for summary in response["modelSummaries"]:
    print(summary["modelId"])
