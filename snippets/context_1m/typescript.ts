import AnthropicBedrock from "{{npm_package}}";

const client = new AnthropicBedrock({ awsRegion: "{{region}}" });

// i18n: beta_header
const message = await client.beta.messages.create({
  model: "{{model_id}}",
  max_tokens: 256,
  betas: ["{{beta_header}}"],
  messages: [{ role: "user", content: "Hello, world" }],
});
console.log(message.content);
