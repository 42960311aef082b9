#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that the content JSON Schema and signpost's validator agree on every fixture.

Usage: check_content_schema.py SOURCE_DIR

- the schema is a valid draft 2020-12 schema;
- the built-in resources/content/uk.json and every fixture under valid/ are schema-valid;
- every fixture under invalid/ (which signpost refuses, see TestContentLoader) is rejected by
  the schema, except those content_schema_manifest.json lists as beyond a schema;
- every fixture under warnings/ (which signpost loads) is schema-valid, except those listed as
  schema-stricter;
- the manifest holds no stale entries;
- the local overlay pack schema (signpost-local-pack.schema.json, which refers to the content
  schema's definitions) accepts every local fixture under local/valid/ and rejects every one under
  local/invalid/, except those the manifest's localBeyondSchema lists with the reason.
"""
import json
import pathlib
import sys

import jsonschema


def main():
    source = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    schema = json.loads((source / "resources/content/signpost-content.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    manifest = json.loads((source / "tests/tools/content_schema_manifest.json").read_text("utf-8"))
    fixtures = source / "tests/core/fixtures/content"
    problems = []

    def verdict(path):
        """None when the file is not JSON at all, else the list of schema errors."""
        try:
            document = json.loads(path.read_bytes().decode("utf-8"))
        except (ValueError, RecursionError):
            return None
        return sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))

    def accept(path):
        errors = verdict(path)
        if errors is None:
            problems.append(f"{path}: not JSON")
        elif errors:
            problems.append(f"{path}: schema rejects it: {errors[0].json_path}: {errors[0].message}")

    accept(source / "resources/content/uk.json")
    for path in sorted((fixtures / "valid").glob("*.json")):
        accept(path)

    seen = set()
    for path in sorted((fixtures / "invalid").glob("*.json")):
        name = path.stem
        seen.add(name)
        errors = verdict(path)
        if errors is None:
            if name not in manifest["notJson"]:
                problems.append(f"{path}: not JSON, but not listed under notJson")
        elif name in manifest["beyondSchema"]:
            if errors:
                problems.append(f"{path}: listed as beyond the schema, but the schema rejects it "
                                f"({errors[0].message}); remove it from the manifest")
        elif not errors:
            problems.append(f"{path}: signpost refuses it but the schema accepts it; tighten the "
                            "schema or list it under beyondSchema with the reason")
    for path in sorted((fixtures / "warnings").glob("*.json")):
        name = path.stem
        seen.add(name)
        errors = verdict(path)
        stricter = name in manifest["schemaStricter"]
        if errors is None or (bool(errors) != stricter):
            problems.append(f"{path}: signpost loads it (with a warning) but the schema "
                            f"{'accepts' if not errors else 'rejects'} it, "
                            f"{'against' if stricter else 'not in'} schemaStricter")
    for section in ("beyondSchema", "schemaStricter", "notJson"):
        for name in manifest[section]:
            if name not in seen:
                problems.append(f"manifest {section} lists '{name}', which is not a fixture")

    problems += check_local_packs(source, content_schema=schema, manifest=manifest)

    for problem in problems:
        print(problem)
    checked = len(seen) + 1 + len(list((fixtures / "valid").glob("*.json")))
    print(f"{checked} files checked, {len(problems)} disagreements")
    return 1 if problems else 0


def local_validator(source, content_schema):
    """The local pack schema, resolving its references into the content schema."""
    schema = json.loads(
        (source / "resources/content/signpost-local-pack.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    try:
        from referencing import Registry, Resource
    except ImportError:  # Debian 12's jsonschema 4.10: the older resolver
        resolver = jsonschema.RefResolver.from_schema(
            schema, store={content_schema["$id"]: content_schema})
        return jsonschema.Draft202012Validator(schema, resolver=resolver)
    registry = Registry().with_resource(content_schema["$id"],
                                        Resource.from_contents(content_schema))
    return jsonschema.Draft202012Validator(schema, registry=registry)


def check_local_packs(source, content_schema, manifest):
    validator = local_validator(source, content_schema)
    fixtures = source / "tests/core/fixtures/local"
    beyond = manifest["localBeyondSchema"]
    problems = []
    for path in sorted((fixtures / "valid").glob("*.json")):
        errors = list(validator.iter_errors(json.loads(path.read_text("utf-8"))))
        if errors:
            problems.append(f"{path}: the local pack schema rejects it: {errors[0].message}")
    seen = set()
    for path in sorted((fixtures / "invalid").glob("*.json")):
        seen.add(path.stem)
        errors = list(validator.iter_errors(json.loads(path.read_text("utf-8"))))
        if path.stem in beyond and errors:
            problems.append(f"{path}: listed in localBeyondSchema, but the schema rejects it "
                            f"({errors[0].message}); remove it from the manifest")
        elif path.stem not in beyond and not errors:
            problems.append(f"{path}: signpost refuses this local pack but the schema accepts "
                            "it; tighten the schema or list it under localBeyondSchema")
    for name in beyond:
        if name not in seen:
            problems.append(f"manifest localBeyondSchema lists '{name}', which is not a fixture")
    return problems


if __name__ == "__main__":
    sys.exit(main())
