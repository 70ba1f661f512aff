import { AnthropicBedrockMantle } from "{{npm_package}}";

const client = new AnthropicBedrockMantle({ awsRegion: "{{region}}" });

async function main() {
  const stream = client.messages.stream({
    model: "{{messages_api_model_id}}",
    max_tokens: 256,
    messages: [{ role: "user", content: "Hello, world" }],
  });
  // i18n: stream_text
  stream.on("text", (text) => process.stdout.write(text));
  await stream.finalMessage();
  process.stdout.write("\n");
}

main().catch((error) => {
  console.error(error);
  // i18n: exit_code
  process.exitCode = 1;
});
