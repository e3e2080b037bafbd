"""Validates CycloneDX 1.6 JSON files against the schema shipped by cyclonedx-python-lib.

Usage: python3 scripts/validate-cyclonedx.py FILE...
Exit 0 when every file is valid, 1 when one is not, 3 when the validator is not installed
(pip install "cyclonedx-python-lib[json-validation]").
"""
import sys

try:
    from cyclonedx.schema import SchemaVersion
    from cyclonedx.validation.json import JsonStrictValidator
except ImportError as e:  # the caller decides whether a missing validator is a skip
    print(f"validator not installed: {e}", file=sys.stderr)
    sys.exit(3)

validator = JsonStrictValidator(SchemaVersion.V1_6)
failed = False
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        error = validator.validate_str(f.read())
    if error is not None:
        print(f"{path}: {getattr(error.data, 'message', error)}", file=sys.stderr)
        failed = True
sys.exit(1 if failed else 0)
