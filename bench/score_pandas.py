"""The computation of `ramverk score` (built-in Stockholm rules) as a pandas group-by: what an HR
analyst would otherwise write. Reads the framework as `ramverk show --format json` prints it and
a long-format ratings CSV; validates, scores and aggregates by area, competence, role and unit.
Usage: score_pandas.py FRAMEWORK.json RATINGS.csv"""
import json
import sys

import pandas as pd

framework = json.load(open(sys.argv[1]))
rows = []
area_of = {}


def walk(competences, area):
    for c in competences:
        area_of[c["id"]] = area
        walk(c.get("competences", []), area)


for area in framework["areas"]:
    walk(area["competences"], area["id"])
for profile in framework.get("profiles", []):
    for competence, level in profile["expected"].items():
        if isinstance(level, int):
            rows.append((profile["role"], competence, level))
expected = pd.DataFrame(rows, columns=["role", "competence", "expected"])
roles = {r["id"] for r in framework["roles"]}

ratings = pd.read_csv(sys.argv[2], dtype={"person": "string", "role": "string", "unit": "string", "competence": "string", "area": "string"})
# Validate: known roles, competences and areas; levels 0-5.
problems = (~ratings["role"].isin(roles)).sum()
competence_rows = ratings["competence"].notna()
problems += (~ratings.loc[competence_rows, "competence"].isin(area_of.keys())).sum()
for column in ["self_rating", "agreed_rating"]:
    problems += ((ratings[column] < 0) | (ratings[column] > 5)).sum()
if problems:
    sys.exit(f"{problems} invalid values")

scores = ratings[competence_rows].copy()
scores["area"] = scores["competence"].map(area_of)
scores["counted"] = scores["agreed_rating"].fillna(0)
scores.loc[scores["counted"] == 0, "counted"] = scores["self_rating"].fillna(0)
scores = scores.merge(expected, on=["role", "competence"], how="left")
scores["expected"] = scores["expected"].fillna(0)
scores["rated"] = (scores["counted"] > 0) & (scores["expected"] > 0)
scores["need"] = scores["rated"] & (scores["counted"] < scores["expected"])
scores["given"] = scores["counted"].where(scores["counted"] > 0)

motivation = ratings[ratings["area"].notna()].copy()
motivation["high"] = motivation["motivation"] >= 4

scores["all"] = "all"
motivation["all"] = "all"
result = {}
for key in ["all", "area", "competence", "role", "unit"]:
    groups = scores.groupby(key)
    table = pd.DataFrame({
        "mean_rating": groups["given"].mean(),
        "need_share": groups["need"].sum() / groups["rated"].sum(),
        "coverage": groups["rated"].sum() / (groups["expected"].apply(lambda e: (e > 0).sum())),
    })
    with_need = scores.groupby([key, "person"])["need"].any().groupby(level=0).mean()
    table["persons_with_need_share"] = with_need
    if key != "competence":
        table["high_motivation_share"] = motivation.groupby(key)["high"].mean()
    result[key] = table
print(sum(len(t) for t in result.values()), "groups")
