# i18n: platform_sdk_pinned
npm install --save-exact {{platform_npm_spec}}
