import AnthropicAws from "{{platform_npm_package}}";

// i18n: platform_credentials
const client = new AnthropicAws({
  // i18n: platform_region
  awsRegion: "{{region}}",
});

async function main() {
  const message = await client.messages.create({
    model: "{{platform_model_id}}",
    max_tokens: 256,
    messages: [{ role: "user", content: "Hello, world" }],
  });
  // i18n: first_text_block
  const text = message.content.find((block) => block.type === "text");
  console.log(text?.type === "text" ? text.text : "");
}

main().catch((error) => {
  console.error(error);
  // i18n: exit_code
  process.exitCode = 1;
});
