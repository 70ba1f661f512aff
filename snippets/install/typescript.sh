# i18n: sdk_pinned
npm install --save-exact {{npm_spec}}
