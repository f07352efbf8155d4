#!/usr/bin/env python3
"""Writes the OpenAEV test fixtures: a tabletop-style export (e-mail injects with HTML
bodies and MANUAL expectations, teams, objectives, lessons questions, variables), its
ZIP forms, and the malformed exports in openaev-malformed/ with their EXPECTED messages.
The real exports from OpenAEV used by the tests are in ../shared/data/openaev/."""
import copy
import json
import os
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "openaev")
BAD = os.path.join(HERE, "openaev-malformed")


def email(inject_id, title, seconds, teams, subject, body, expectations, enabled=True, depends=None):
    return {
        "inject_id": inject_id, "inject_title": title, "inject_description": "", "inject_country": None,
        "inject_city": None, "inject_enabled": enabled,
        "inject_content": {"subject": subject, "body": body, "encrypted": False, "expectations": expectations},
        "inject_all_teams": False, "inject_depends_on": depends or [], "inject_depends_duration": seconds,
        "inject_tags": [], "inject_teams": teams, "inject_documents": [],
        "inject_injector_contract": {"convertedContent": {"config": {"type": "openbas_email", "expose": True,
                                                                     "label": {"en": "Email"}}},
                                     "injector_contract_id": "138ad8f8-32f8-4a22-8114-aaa12322bd09",
                                     "injector_contract_injector_type": "openbas_email",
                                     "injector_contract_injector_type_name": "Email",
                                     "injector_contract_attack_patterns": []},
    }


def manual(name, description):
    return {"expectation_type": "MANUAL", "expectation_name": name, "expectation_description": description,
            "expectation_score": 100, "expectation_expectation_group": False, "expectation_expiration_time": 3600}


T_CSIRT, T_LEGAL, T_COMMS, T_EXEC = ("7e0a2b9c-0000-4000-8000-00000000000%d" % i for i in range(1, 5))
export = {
    "export_version": 1,
    "scenario_information": {
        "scenario_id": "f2b1c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
        "scenario_name": "Ransomware crisis tabletop",
        "scenario_description": "<p>A <strong>tabletop</strong> exercise for the crisis cell of ${company_name}.</p><p>Encryption hits the ERP on a Friday night.</p>",
        "scenario_subtitle": "Crisis cell training", "scenario_category": "global-crisis",
        "scenario_main_focus": "crisis-communication", "scenario_severity": "medium",
        "scenario_message_header": "EXERCISE - EXERCISE", "scenario_message_footer": "EXERCISE - EXERCISE",
        "scenario_mail_from": "exercise-control@example.org", "scenario_tags": [], "scenario_documents": []},
    "scenario_teams": [
        {"team_id": T_CSIRT, "team_name": "CSIRT", "team_description": "Incident responders", "team_tags": []},
        {"team_id": T_LEGAL, "team_name": "Legal", "team_description": "Legal department", "team_tags": []},
        {"team_id": T_COMMS, "team_name": "Communication", "team_description": "", "team_tags": []},
        {"team_id": T_EXEC, "team_name": "Executive committee", "team_description": None, "team_tags": []}],
    "scenario_objectives": [
        {"objective_id": "o1", "objective_title": "Coordination", "objective_description": "Activate the crisis cell within 30 minutes.", "objective_priority": 1},
        {"objective_id": "o2", "objective_title": "Communication", "objective_description": "Inform staff and press consistently.", "objective_priority": 2}],
    "scenario_users": [], "scenario_organizations": [], "scenario_tags": [], "scenario_documents": [],
    "scenario_channels": [{"channel_id": "ch1", "channel_type": "newspaper", "channel_name": "Daily Ledger"}],
    "scenario_articles": [{"article_id": "art1", "article_name": "Local manufacturer hit by cyberattack",
                           "article_content": "<p>Production at ${company_name} has stopped, sources say.</p>",
                           "article_author": "Daily Ledger", "article_channel": "ch1"}],
    "scenario_challenges": [],
    "scenario_lessons_categories": [
        {"lessonscategory_id": "lc2", "lessons_category_name": "Communication", "lessons_category_order": 2},
        {"lessonscategory_id": "lc1", "lessons_category_name": "Organisation", "lessons_category_order": 1}],
    "scenario_lessons_questions": [
        {"lessonsquestion_id": "q3", "lessons_question_category": "lc2", "lessons_question_content": "Was the press statement approved in time?", "lessons_question_explanation": None, "lessons_question_order": 1},
        {"lessonsquestion_id": "q1", "lessons_question_category": "lc1", "lessons_question_content": "Was the crisis cell complete?", "lessons_question_explanation": "Check the roster", "lessons_question_order": 1},
        {"lessonsquestion_id": "q2", "lessons_question_category": "lc1", "lessons_question_content": "Did everyone know their role?", "lessons_question_explanation": "", "lessons_question_order": 2}],
    "scenario_variables": [
        {"variable_key": "company_name", "variable_value": "Northwind Manufacturing", "variable_description": "Company"},
        {"variable_key": "ceo_name", "variable_value": "", "variable_description": "CEO, to fill in"}],
    "scenario_injects": [
        email("i-ransom", "Ransom note", 1800, [T_EXEC, T_LEGAL], "Your files are encrypted",
              "<p>Hello ${ceo_name},</p><p>We encrypted <b>all</b> servers of ${company_name} &amp; took 200&nbsp;GB.<br>Pay within 72 hours.</p><ul><li>Contact: ${user.email}</li></ul>",
              [manual("Legal contacts the insurer", "Within the hour"), manual("Executive decision on payment", "")]),
        email("i-alert", "SOC alert", 0, [T_CSIRT], "Mass encryption detected",
              "<div>EDR reports mass file renaming on <i>FS02</i>.</div>",
              [manual("Declare the incident", "Open a crisis ticket")]),
        {"inject_id": "i-press", "inject_title": "Press article", "inject_description": "The local paper publishes.",
         "inject_enabled": True, "inject_content": {"articles": ["art1"], "expectations": [
             {"expectation_type": "ARTICLE", "expectation_name": "Read the article", "expectation_score": 50}]},
         "inject_all_teams": True, "inject_depends_on": [{"dependency_relationship": {"inject_parent_id": "i-ransom", "inject_children_id": "i-press"}}],
         "inject_depends_duration": 5400, "inject_teams": [],
         "inject_injector_contract": {"convertedContent": {"config": {"type": "openbas_channel"}},
                                      "injector_contract_injector_type_name": "Media pressure"}},
        {"inject_id": "i-briefing", "inject_title": "Briefing by the facilitator", "inject_description": "",
         "inject_enabled": True, "inject_content": {"content": "<p>The backups are 11 days old.</p>"},
         "inject_depends_duration": 3600, "inject_teams": [T_CSIRT],
         "inject_injector_contract": {"injector_contract_injector_type": "openbas_manual"}},
        {"inject_id": "i-http", "inject_title": "Call the status page API", "inject_description": "Simulated outage banner",
         "inject_enabled": True, "inject_content": {"uri": "https://status.example.org/api", "method": "POST"},
         "inject_depends_duration": 4000, "inject_teams": [T_COMMS],
         "inject_injector_contract": {"convertedContent": {"config": {"type": "openbas_http_query"}},
                                      "injector_contract_injector_type_name": "HTTP query"}},
        email("i-optional", "Optional: insurer calls back", 7200, [T_LEGAL], "Insurer", "<p>The insurer wants a call.</p>",
              [], enabled=False),
    ],
}

os.makedirs(OUT, exist_ok=True)
text = json.dumps(export, indent=2, ensure_ascii=False)
open(os.path.join(OUT, "tabletop-ransomware.json"), "w").write(text + "\n")
with zipfile.ZipFile(os.path.join(OUT, "tabletop-ransomware.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("Ransomware crisis tabletop.json", text)
with zipfile.ZipFile(os.path.join(OUT, "tabletop-ransomware-stored.zip"), "w", zipfile.ZIP_STORED) as z:
    z.writestr("images/logo.png", b"\x89PNG not really")
    z.writestr("Ransomware crisis tabletop.json", text)

# Malformed exports.
os.makedirs(BAD, exist_ok=True)
for name in os.listdir(BAD):
    os.remove(os.path.join(BAD, name))
files = {}


def add(name, expected, data):
    files[name] = (expected, data if isinstance(data, bytes) else data.encode())


def mutate(name, expected, fn):
    e = copy.deepcopy(export)
    fn(e)
    add(name, expected, json.dumps(e, indent=2))


def zipped(entries, method=zipfile.ZIP_DEFLATED):
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for n, d in entries:
            z.writestr(n, d)
    return buf.getvalue()


add("not-json.json", "not valid JSON", "export_version: 1")
add("truncated.json", "not valid JSON", text[: len(text) // 3])
add("array.json", "an OpenAEV export is a JSON object", "[]")
mutate("no-version.json", "export_version", lambda e: e.pop("export_version"))
mutate("version-2.json", "export version 2 is not supported", lambda e: e.update(export_version=2))
mutate("no-information.json", "scenario_information", lambda e: e.pop("scenario_information"))
mutate("no-name.json", "scenario_name", lambda e: e["scenario_information"].update(scenario_name=""))
mutate("injects-object.json", "scenario_injects", lambda e: e.update(scenario_injects={}))
mutate("inject-string.json", "must be an object", lambda e: e["scenario_injects"].append("inject"))
mutate("duration-string.json", "must be a number", lambda e: e["scenario_injects"][0].update(inject_depends_duration="30m"))
mutate("duration-negative.json", "must be a number", lambda e: e["scenario_injects"][0].update(inject_depends_duration=-60))
mutate("expectations-string.json", "must be an array", lambda e: e["scenario_injects"][0]["inject_content"].update(expectations="MANUAL"))
mutate("teams-object.json", "must be an array", lambda e: e.update(scenario_teams={"a": 1}))
mutate("no-injects.json", "no injects", lambda e: e.update(scenario_injects=[]))
mutate("subject-number.json", "must be a string", lambda e: e["scenario_injects"][0]["inject_content"].update(subject=42))
zipdata = zipped([("export.json", text)])
add("zip-truncated.zip", "ZIP", zipdata[: len(zipdata) // 2])
add("zip-no-json.zip", "holds no .json export", zipped([("readme.txt", "hello")]))
bad_crc = bytearray(zipped([("export.json", text)], zipfile.ZIP_STORED))
bad_crc[60] ^= 0xFF  # a byte of the stored JSON
add("zip-bad-crc.zip", "checksum does not match", bytes(bad_crc))
corrupt = bytearray(zipdata)
for i in range(45, 400):
    corrupt[i] = (corrupt[i] * 7 + 13) & 0xFF
add("zip-corrupt-deflate.zip", "Cannot read", bytes(corrupt))
add("zip-bad-json.zip", "not valid JSON", zipped([("export.json", "{ \"export_version\": 1, ")]))
bomb = zlib.compressobj(9, zlib.DEFLATED, -15)
bomb_data = bomb.compress(b"\0" * (80 * 1024 * 1024)) + bomb.flush()
# A hand-built entry that claims 100 bytes but inflates to 80 MiB: the size limit stops it.
import struct
name = b"bomb.json"
local = struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, 0, 8, 0, 0, 0, len(bomb_data), 100, len(name), 0) + name + bomb_data
central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, 0, 8, 0, 0, 0, len(bomb_data), 100, len(name), 0, 0, 0, 0, 0, 0) + name
end = struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, 1, 1, len(central), len(local), 0)
add("zip-bomb.zip", "beyond the size limit", local + central + end)
add("zip-encrypted.zip", "encrypted", local[:6] + b"\x01\x00" + local[8:] + central[:8] + b"\x01\x00" + central[10:] + end)

with open(os.path.join(BAD, "EXPECTED"), "w") as f:
    f.write("# file<TAB>a piece of the message Muster must report (written by make_openaev_fixtures.py)\n")
    for n in sorted(files):
        expected, data = files[n]
        open(os.path.join(BAD, n), "wb").write(data)
        f.write("%s\t%s\n" % (n, expected))
print(len(files), "malformed exports")
