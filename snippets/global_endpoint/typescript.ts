import AnthropicBedrock from "{{npm_package}}";

const client = new AnthropicBedrock({ awsRegion: "{{region}}" });

// i18n: global_prefix
const message = await client.messages.create({
  model: "{{global_model_id}}",
  max_tokens: 256,
  messages: [{ role: "user", content: "Hello, world" }],
});
console.log(message.content);
