#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Open Referral UK: every service `signpost --export-oruk` writes validates against the HSDS 3.0
JSON Schema in ../shared/oruk, and every service `--import-oruk` drafts (from that export and
from the HSDS example service) has the shape of the content file's services
(resources/content/signpost-content.schema.json). With a local overlay pack (--with-local) the
export holds the national and the local services, each marked by its signpost_scope attribute,
and a pack that tries to change a national number writes nothing. Fails, never skips, when a
schema or the local pack is missing."""

import argparse
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

PHONE_TYPES = {"voice", "text", "textphone", "video"}


def run(command):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        print(f"FAIL: {' '.join(command)} exited {result.returncode}\n{result.stdout}{result.stderr}")
        sys.exit(1)
    return result.stdout


def errors_of(validator, instance):
    return sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))


def scope_of(service):
    """The value of the service's signpost_scope attribute: "national", "local" or None."""
    for attribute in service.get("attributes", []):
        if attribute.get("link_type") == "signpost_scope":
            return attribute.get("value")
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signpost", required=True)
    parser.add_argument("--oruk-dir", required=True, help="../shared/oruk")
    parser.add_argument("--content-schema", required=True)
    parser.add_argument("--local-pack", required=True, help="a valid local overlay pack")
    parser.add_argument("--refused-local-pack", required=True,
                        help="a local pack that tries to change a national number")
    arguments = parser.parse_args()

    hsds_path = os.path.join(arguments.oruk_dir, "hsds-3.0-service_with_definitions.json")
    example_path = os.path.join(arguments.oruk_dir, "hsds-3.0-example-service_full.json")
    for path in (hsds_path, example_path, arguments.content_schema, arguments.local_pack,
                 arguments.refused_local_pack):
        if not os.path.isfile(path):
            print(f"FAIL: {path} is missing (the HSDS 3.0 schema and example are kept in "
                  "../shared/oruk beside the repository)")
            return 1
    with open(hsds_path, encoding="utf-8") as file:
        hsds_schema = json.load(file)
    with open(arguments.content_schema, encoding="utf-8") as file:
        content_schema = json.load(file)
    hsds = jsonschema.Draft7Validator(hsds_schema, format_checker=jsonschema.FormatChecker())
    draft_service_schema = {"$schema": content_schema["$schema"], "$ref": "#/$defs/service",
                            "$defs": content_schema["$defs"]}
    content = jsonschema.Draft202012Validator(draft_service_schema,
                                              format_checker=jsonschema.FormatChecker())
    failures = 0

    # A schema that accepts anything proves nothing: a service without its status must fail.
    if not errors_of(hsds, {"id": "not-a-uuid", "name": "x"}):
        print("FAIL: the HSDS schema accepted a service with no status and a malformed id")
        return 1

    with tempfile.TemporaryDirectory() as work:
        exported = os.path.join(work, "oruk.json")
        print(run([arguments.signpost, "--export-oruk", exported, "--content", "builtin"]).strip())
        with open(exported, encoding="utf-8") as file:
            page = json.load(file)
        services = page["contents"]
        if not services or page["total_items"] != len(services):
            print("FAIL: the export holds no services, or total_items does not count them")
            return 1
        if any(scope_of(service) != "national" for service in services):
            failures += 1
            print("FAIL: a service of the built-in content is not marked national")

        # National and local services together, each marked, all valid HSDS.
        with_local = os.path.join(work, "oruk-local.json")
        print(run([arguments.signpost, "--export-oruk", with_local, "--content", "builtin",
                   "--with-local", arguments.local_pack]).strip())
        with open(with_local, encoding="utf-8") as file:
            local_services = json.load(file)["contents"]
        national_names = {service["name"] for service in services}
        added = [s for s in local_services if s["name"] not in national_names]
        if not added or len(local_services) != len(services) + len(added):
            failures += 1
            print("FAIL: the export with the local pack does not add its services to the "
                  "national ones")
        for service in local_services:
            expected = "national" if service["name"] in national_names else "local"
            if scope_of(service) != expected:
                failures += 1
                print(f"FAIL: {service['name']}: marked {scope_of(service)!r}, not {expected!r}")
        print(f"{len(added)} local service(s) exported beside {len(services)} national ones")
        services = services + added

        refused = os.path.join(work, "refused.json")
        result = subprocess.run([arguments.signpost, "--export-oruk", refused, "--content",
                                 "builtin", "--with-local", arguments.refused_local_pack],
                                capture_output=True, text=True)
        if result.returncode != 1 or os.path.exists(refused) or \
                "tries to change national service" not in result.stderr:
            failures += 1
            print(f"FAIL: a local pack changing a national number was not refused "
                  f"(exit {result.returncode}):\n{result.stderr}")

        for service in services:
            for error in errors_of(hsds, service):
                failures += 1
                print(f"FAIL: {service['name']}: /{'/'.join(map(str, error.absolute_path))}: "
                      f"{error.message}")
            for phone in service.get("phones", []):
                if phone["type"] not in PHONE_TYPES:
                    failures += 1
                    print(f"FAIL: {service['name']}: phone type {phone['type']!r}")
        print(f"{len(services)} exported services checked against the HSDS 3.0 schema")

        for source in (exported, example_path):
            draft_path = os.path.join(work, "draft.json")
            print(run([arguments.signpost, "--import-oruk", source, "--local-pack-draft",
                       draft_path]).strip())
            with open(draft_path, encoding="utf-8") as file:
                draft = json.load(file)
            for service in draft["services"]:
                for error in errors_of(content, service):
                    failures += 1
                    print(f"FAIL: draft of {source}: {service.get('id')}: "
                          f"/{'/'.join(map(str, error.absolute_path))}: {error.message}")
                flagged = service.get("needsConfirming") is True and all(
                    channel.get("needsConfirming") is True for channel in service["channels"])
                if not flagged:
                    failures += 1
                    print(f"FAIL: draft service {service.get('id')} is not flagged needsConfirming")
            print(f"{len(draft['services'])} drafted services from {os.path.basename(source)} "
                  "checked against the content schema's service")
            if source == example_path:
                numbers = [c["value"] for c in draft["services"][0]["channels"]]
                if "01234 234567" not in numbers:
                    failures += 1
                    print(f"FAIL: the example's +44 1234 234567 is not dialled as 01234 234567: {numbers}")
    if failures:
        print(f"FAIL: {failures} problem(s)")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
