#!/usr/bin/env python3
"""Writes the malformed-scenario corpus in tests/data/scenarios-malformed/.

Each file breaks the scenario format in one way; EXPECTED lists, for each file, a piece
of the message that Muster must report (tst_scenarioformat checks every file). Rerun
after changing the format: python3 tests/data/make_malformed_scenarios.py
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scenarios-malformed")

BASE = {
    "formatVersion": 1,
    "id": "corpus-base",
    "title": "Corpus base scenario",
    "summary": "A small valid scenario that each corpus file breaks in one way.",
    "category": "phishing",
    "audience": "SOC",
    "difficulty": "introductory",
    "durationMinutes": 60,
    "objectives": [{"id": "obj-1", "text": "Contain the phishing.", "capability": "Cybersecurity"}],
    "roles": [{"id": "soc", "name": "SOC"}, {"id": "legal", "name": "Legal", "function": "legal"}],
    "phases": [{"id": "p1", "title": "Phase one", "questions": ["What happened?"]}],
    "injects": [
        {"id": "i1", "title": "Report", "phase": "p1", "offsetMinutes": 0, "sender": "User", "channel": "email",
         "audience": ["soc"], "content": "A user reports a phishing e-mail.",
         "expectedActions": [{"id": "a1", "role": "soc", "action": "Open an incident.", "timeLimitMinutes": 15,
                              "objective": "obj-1"}],
         "branches": [{"id": "b1", "kind": "decision", "question": "Block the sender domain?", "role": "soc",
                       "outcomes": [{"id": "yes", "label": "Block", "release": ["i2"]},
                                    {"id": "no", "label": "Wait", "release": ["i3"]}]}]},
        {"id": "i2", "title": "Blocked", "phase": "p1", "trigger": "branch", "sender": "Mail team", "channel": "chat",
         "audience": ["soc"], "content": "Domain blocked."},
        {"id": "i3", "title": "More reports", "phase": "p1", "trigger": "branch", "delayMinutes": 5,
         "sender": "Service desk", "channel": "ticket", "audience": ["soc", "legal"], "content": "Ten more reports."},
    ],
}

files = {}


def add(name, expected, data):
    files[name] = (expected, data)


def mutate(name, expected, fn):
    s = copy.deepcopy(BASE)
    fn(s)
    add(name, expected, json.dumps(s, indent=2).encode())


def raw(name, expected, text):
    add(name, expected, text if isinstance(text, bytes) else text.encode())


base_text = json.dumps(BASE, indent=2)

# Not JSON, or not the right JSON.
raw("empty.json", "the file is empty", b"")
raw("whitespace-only.json", "the file is empty", b"  \n\t\n")
raw("truncated-start.json", "not valid JSON", base_text[:1])
raw("truncated-middle.json", "not valid JSON", base_text[: len(base_text) // 2])
raw("truncated-in-string.json", "not valid JSON", base_text[: base_text.index("phishing e-mail") + 5])
raw("truncated-end.json", "not valid JSON", base_text[:-1])
raw("array-root.json", "a scenario is a JSON object", "[1, 2, 3]")
raw("object-in-array-root.json", "a scenario is a JSON object", "[" + base_text + "]")
raw("string-root.json", "not valid JSON", '"scenario"')
raw("number-root.json", "not valid JSON", "42")
raw("null-root.json", "not valid JSON", "null")
raw("trailing-comma.json", "not valid JSON", base_text[:-2] + ",\n}")
raw("single-quotes.json", "not valid JSON", "{'formatVersion': 1}")
raw("comment.json", "not valid JSON", "// a scenario\n" + base_text)
raw("nan-value.json", "not valid JSON", base_text.replace('"durationMinutes": 60', '"durationMinutes": NaN'))
raw("control-character.json", "control character", base_text.replace("Report", "Rep\x01ort", 1))
raw("garbage-after.json", "not valid JSON", base_text + "\n}}}")
raw("binary-garbage.json", "not valid UTF-8", bytes(range(256)) * 4)

# Invalid UTF-8.
b = base_text.encode()
raw("utf8-lone-continuation.json", "not valid UTF-8", b.replace(b"Report", b"Rep\x80ort", 1))
raw("utf8-overlong.json", "not valid UTF-8", b.replace(b"Report", b"Rep\xc0\xafort", 1))
raw("utf8-surrogate.json", "not valid UTF-8", b.replace(b"Report", b"Rep\xed\xa0\x80ort", 1))
raw("utf8-truncated-sequence.json", "not valid UTF-8", b.replace(b"Report", b"Rep\xe2\x82", 1))
raw("utf8-ff-byte.json", "not valid UTF-8", b.replace(b"Report", b"Rep\xffort", 1))
raw("utf8-latin1.json", "not valid UTF-8", b.replace(b"Report", "Rép".encode("latin-1"), 1))
raw("utf8-above-max.json", "not valid UTF-8", b.replace(b"Report", b"\xf4\x90\x80\x80", 1))

# Huge and deep.
mutate("huge-string.json", "at most 20000 are allowed", lambda s: s["injects"][0].update(content="x" * 25000))
mutate("huge-title.json", "at most 300 are allowed", lambda s: s.update(title="T" * 400))
mutate("too-many-roles.json", "at most 500 are allowed",
       lambda s: s.update(roles=[{"id": "r%d" % i, "name": "Role %d" % i} for i in range(501)]))
raw("deeply-nested.json", "not valid JSON", '{"x-deep": ' + "[" * 5000 + "]" * 5000 + "}")
mutate("nested-unknown-member.json", "unknown member", lambda s: s.update(extra=json.loads("[" * 300 + "]" * 300)))

# Wrong types.
mutate("title-number.json", "must be a string", lambda s: s.update(title=12))
mutate("injects-object.json", "must be an array", lambda s: s.update(injects={"i1": {}}))
mutate("objectives-string.json", "must be an array", lambda s: s.update(objectives="contain"))
mutate("roles-strings.json", "must be an object", lambda s: s.update(roles=["soc", "legal"]))
mutate("offset-string.json", "must be a number", lambda s: s["injects"][0].update(offsetMinutes="ten"))
mutate("offset-negative.json", "must be a whole number", lambda s: s["injects"][0].update(offsetMinutes=-5))
mutate("offset-fraction.json", "must be a whole number", lambda s: s["injects"][0].update(offsetMinutes=2.5))
mutate("offset-enormous.json", "must be a whole number", lambda s: s["injects"][0].update(offsetMinutes=1e300))
mutate("audience-string.json", "must be an array", lambda s: s["injects"][0].update(audience="soc"))
mutate("channel-unknown.json", "is not one of", lambda s: s["injects"][0].update(channel="carrier-pigeon"))
mutate("category-unknown.json", "is not one of", lambda s: s.update(category="meteor"))
mutate("difficulty-unknown.json", "is not one of", lambda s: s.update(difficulty="nightmare"))
mutate("trigger-unknown.json", "is not one of", lambda s: s["injects"][1].update(trigger="whenever"))
mutate("format-version-2.json", "unsupported format version", lambda s: s.update(formatVersion=2))
mutate("format-version-missing.json", "formatVersion", lambda s: s.pop("formatVersion"))
mutate("format-version-string.json", "unsupported format version", lambda s: s.update(formatVersion="1"))
mutate("duration-zero.json", "must be a whole number", lambda s: s.update(durationMinutes=0))
mutate("time-limit-negative.json", "must be a whole number",
       lambda s: s["injects"][0]["expectedActions"][0].update(timeLimitMinutes=-1))
mutate("notes-array.json", "must be an object", lambda s: s["injects"][0].update(notes=["read this"]))
mutate("hints-number.json", "must be a string", lambda s: s["injects"][0].update(notes={"hints": ["ok", 7]}))
mutate("id-boolean.json", "must be a string", lambda s: s.update(id=True))
mutate("outcomes-null.json", "must be an array", lambda s: s["injects"][0]["branches"][0].update(outcomes=None))

# Missing members.
mutate("missing-id.json", "missing required member \"id\"", lambda s: s.pop("id"))
mutate("missing-title.json", "missing required member \"title\"", lambda s: s.pop("title"))
mutate("missing-injects.json", "missing required member \"injects\"", lambda s: s.pop("injects"))
mutate("empty-injects.json", "must not be empty", lambda s: s.update(injects=[]))
mutate("missing-roles.json", "missing required member \"roles\"", lambda s: s.pop("roles"))
mutate("empty-objectives.json", "must not be empty", lambda s: s.update(objectives=[]))
mutate("inject-missing-content.json", "missing required member \"content\"", lambda s: s["injects"][0].pop("content"))
mutate("empty-title.json", "must not be empty", lambda s: s.update(title="   "))
mutate("offset-missing.json", "missing required member \"offsetMinutes\"", lambda s: s["injects"][0].pop("offsetMinutes"))

# References to things that do not exist.
mutate("missing-inject-reference.json", "no inject \"i9\"",
       lambda s: s["injects"][0]["branches"][0]["outcomes"][0].update(release=["i9"]))
mutate("missing-role-audience.json", "no role \"cfo\"", lambda s: s["injects"][0]["audience"].append("cfo"))
mutate("missing-phase.json", "no phase \"p9\"", lambda s: s["injects"][0].update(phase="p9"))
mutate("missing-objective.json", "no objective \"obj-9\"",
       lambda s: s["injects"][0]["expectedActions"][0].update(objective="obj-9"))
mutate("missing-action-role.json", "no role \"hr\"", lambda s: s["injects"][0]["expectedActions"][0].update(role="hr"))
mutate("expectation-unknown-action.json", "no expected action \"a9\"",
       lambda s: s["injects"][0]["branches"][0].update(kind="expectation", action="a9", outcomes=[
           {"id": "met", "label": "Met", "release": ["i2"]}, {"id": "not_met", "label": "Not met", "release": ["i3"]}]))
mutate("decision-without-role.json", "names the \"role\"", lambda s: s["injects"][0]["branches"][0].pop("role"))

# Branch structure.
def cycle(s):
    s["injects"][1]["branches"] = [{"id": "b2", "kind": "facilitator", "question": "Go on?", "outcomes": [
        {"id": "on", "label": "On", "release": ["i3"]}, {"id": "stop", "label": "Stop"}]}]
    s["injects"][2]["branches"] = [{"id": "b3", "kind": "facilitator", "question": "Again?", "outcomes": [
        {"id": "again", "label": "Again", "release": ["i2"]}, {"id": "stop", "label": "Stop"}]}]
mutate("branch-cycle.json", "branch cycle", cycle)


def long_cycle(s):
    for n in range(4, 7):
        s["injects"].append({"id": "i%d" % n, "title": "Step %d" % n, "phase": "p1", "trigger": "branch",
                             "sender": "X", "channel": "chat", "audience": ["soc"], "content": "Step."})
    chain = ["i2", "i4", "i5", "i6", "i2"]
    for a, t in zip(chain, chain[1:]):
        inj = next(i for i in s["injects"] if i["id"] == a)
        inj["branches"] = [{"id": "b-" + a, "kind": "facilitator", "question": "Next?", "outcomes": [
            {"id": "next", "label": "Next", "release": [t]}, {"id": "stop", "label": "Stop"}]}]
mutate("branch-cycle-long.json", "branch cycle", long_cycle)
mutate("branch-self-release.json", "cannot release itself",
       lambda s: s["injects"][1].update(branches=[{"id": "b2", "kind": "facilitator", "question": "Loop?", "outcomes": [
           {"id": "loop", "label": "Loop", "release": ["i2"]}, {"id": "stop", "label": "Stop"}]}]))
mutate("branch-targets-scheduled.json", "released on schedule or by hand",
       lambda s: s["injects"][0]["branches"][0]["outcomes"][0].update(release=["i1"]))
mutate("branch-inject-unreachable.json", "no branch outcome releases it",
       lambda s: s["injects"][0]["branches"][0]["outcomes"][1].update(release=[]))
mutate("no-scheduled-inject.json", "no inject is released on schedule",
       lambda s: [i.update(trigger="manual") or i.pop("offsetMinutes", None) for i in s["injects"][:1]])
mutate("branch-single-outcome.json", "at least two outcomes",
       lambda s: s["injects"][0]["branches"][0]["outcomes"].pop(1))
mutate("expectation-wrong-outcomes.json", "not \"yes\"",
       lambda s: s["injects"][0]["branches"][0].update(kind="expectation", action="a1"))
mutate("delay-on-scheduled.json", "only an inject with \"trigger\": \"branch\" has a delay",
       lambda s: s["injects"][0].update(delayMinutes=5))
mutate("offset-on-branch-inject.json", "has no offset", lambda s: s["injects"][1].update(offsetMinutes=5))

# Duplicates and ids.
mutate("duplicate-inject-id.json", "duplicate id \"i2\"", lambda s: s["injects"][2].update(id="i2"))
mutate("duplicate-action-id.json", "duplicate expected action id",
       lambda s: s["injects"][1].update(expectedActions=[{"id": "a1", "role": "soc", "action": "Again.", "objective": "obj-1"}]))
mutate("duplicate-role-id.json", "duplicate id \"soc\"", lambda s: s["roles"].append({"id": "soc", "name": "SOC again"}))
mutate("duplicate-outcome-id.json", "duplicate outcome id",
       lambda s: s["injects"][0]["branches"][0]["outcomes"][1].update(id="yes"))
mutate("duplicate-branch-id.json", "duplicate branch id",
       lambda s: s["injects"][1].update(branches=[{"id": "b1", "kind": "facilitator", "question": "?", "outcomes": [
           {"id": "x", "label": "X"}, {"id": "y", "label": "Y"}]}]))
mutate("id-uppercase.json", "is not a valid id", lambda s: s.update(id="Corpus-Base"))
mutate("id-spaces.json", "is not a valid id", lambda s: s["roles"][0].update(id="soc team"))
mutate("id-too-long.json", "at most 64 are allowed", lambda s: s.update(id="a" * 65))
mutate("attack-id-invalid.json", "is not an ATT&CK technique id", lambda s: s.update(attack=["T1566", "phishing"]))
mutate("reference-url-javascript.json", "is not an http or https address",
       lambda s: s.update(references=[{"title": "Bad", "url": "javascript:alert(1)"}]))
mutate("unknown-member.json", "unknown member \"colour\"", lambda s: s["injects"][0].update(colour="red"))

os.makedirs(OUT, exist_ok=True)
for name in os.listdir(OUT):
    os.remove(os.path.join(OUT, name))
with open(os.path.join(OUT, "EXPECTED"), "w") as f:
    f.write("# file<TAB>a piece of the message Muster must report (written by make_malformed_scenarios.py)\n")
    for name in sorted(files):
        expected, data = files[name]
        with open(os.path.join(OUT, name), "wb") as g:
            g.write(data)
        f.write("%s\t%s\n" % (name, expected))
print(len(files), "files")
