pip install -U "{{pip_package}}"
