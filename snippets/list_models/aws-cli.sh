aws bedrock list-foundation-models \
  --region {{region}} \
  --by-provider anthropic \
  --query "modelSummaries[*].modelId"
