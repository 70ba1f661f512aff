# i18n: platform_sdk_pinned
pip install "{{platform_pip_requirement}}"
