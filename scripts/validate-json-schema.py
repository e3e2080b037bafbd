"""Validates JSON files against a JSON Schema (any draft the schema declares), with jsonschema.

Usage: python3 scripts/validate-json-schema.py SCHEMA FILE...
Exit 0 when every file is valid, 1 when one is not, 3 when jsonschema is not installed.
"""
import json
import sys

try:
    import jsonschema
except ImportError as e:
    print(f"validator not installed: {e}", file=sys.stderr)
    sys.exit(3)

with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
validator = cls(schema)
failed = False
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    for e in errors[:5]:
        print(f"{path}: {'/'.join(map(str, e.path))}: {e.message[:300]}", file=sys.stderr)
    failed |= bool(errors)
sys.exit(1 if failed else 0)
