#!/usr/bin/env python3
"""What a user would otherwise write to get DigComp 3.0 out of the Commission's workbook: openpyxl
reads the five data sheets, PyYAML writes one YAML file with the same areas, competences, levels,
statements, learning outcomes and glossary. No checks, no located errors, no in-place edits.
Usage: import_openpyxl.py WORKBOOK OUT.yaml"""
import sys

import openpyxl
import yaml

book = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)


def rows(name):
    sheet = book[name]
    it = sheet.iter_rows(values_only=True)
    header = next(it)
    for row in it:
        if any(cell is not None for cell in row):
            yield dict(zip(header, row))


def text(value):
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


areas, competences = {}, {}
for row in rows("1 Competence Areas&Competences"):
    area = areas.setdefault(text(row["Competence area number"]), {
        "id": text(row["Competence area number"]),
        "title": row["Competence area name"],
        "description": row["Competence area descriptor"],
        "competences": [],
    })
    competence = {"id": text(row["Competence number"]), "title": row["Competence name"],
                  "description": row["Competence descriptor"], "statements": [], "learning_outcomes": []}
    area["competences"].append(competence)
    competences[competence["id"]] = competence
levels = []
for row in rows("2 Proficiency Levels"):
    if not levels or levels[-1]["label"] != row["Proficiency level name"]:
        levels.append({"rank": len(levels) + 1, "label": row["Proficiency level name"],
                       "description": row["Four level proficiency level description"],
                       "purpose": row["Purpose"], "steps": []})
    levels[-1]["steps"].append({"rank": int(row["Eight level mapping"]),
                                "description": row["Eight level proficiency level description"],
                                "equivalent": row["Six level mapping"]})
rank = {level["label"].strip(): level["rank"] for level in levels}
for row in rows("3 Competence Statements"):
    competences[text(row["Competence number"])]["statements"].append({
        "id": row["Competence statement ID"], "level": rank[row["Proficiency level name"].strip()],
        "labels": [row["AI label"]], "text": row["Competence statement"]})
for row in rows("4 Learning Outcomes"):
    competences[text(row["Competence number"])]["learning_outcomes"].append({
        "id": row["Learning Outcome ID"], "level": rank[row["Proficiency level"].strip()],
        "dimension": row["Knowledge skill or attitude"].lower(), "labels": [row["AI label"]],
        "text": row["Learning Outcome"]})
glossary = [{"term": row["Term"], "explanation": row["Explanation"]} for row in rows("5 Glossary")]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    yaml.safe_dump({"scales": [{"id": "proficiency", "levels": levels}], "areas": list(areas.values()),
                    "glossary": glossary}, out, allow_unicode=True, sort_keys=False, width=100)
