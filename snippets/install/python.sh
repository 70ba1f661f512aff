# i18n: sdk_pinned
pip install "{{pip_requirement}}"
