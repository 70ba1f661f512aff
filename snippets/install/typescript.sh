npm install {{npm_package}}
