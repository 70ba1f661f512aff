import AnthropicBedrock from "{{npm_package}}";

const client = new AnthropicBedrock({ awsRegion: "{{region}}" });

// i18n: regional_prefix
const message = await client.messages.create({
  model: "{{regional_model_id}}",
  max_tokens: 256,
  messages: [{ role: "user", content: "Hello, world" }],
});
console.log(message.content);
