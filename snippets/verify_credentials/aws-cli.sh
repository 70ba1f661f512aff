aws sts get-caller-identity
