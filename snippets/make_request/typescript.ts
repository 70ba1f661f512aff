import AnthropicBedrock from "{{npm_package}}";

const client = new AnthropicBedrock({
  // i18n: credentials_explicit
  awsAccessKey: "<access key>",
  awsSecretKey: "<secret key>",
  // i18n: credentials_temporary
  awsSessionToken: "<session_token>",
  // i18n: region_choice_typescript
  awsRegion: "{{region}}",
});

async function main() {
  const message = await client.messages.create({
    model: "{{model_id}}",
    max_tokens: 256,
    messages: [{ role: "user", content: "Hello, world" }],
  });
  console.log(message.content);
}

main().catch((error) => {
  console.error(error);
  // i18n: exit_code
  process.exitCode = 1;
});
