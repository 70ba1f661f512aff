pip install -U "boto3>={{boto3_min_version}}"
