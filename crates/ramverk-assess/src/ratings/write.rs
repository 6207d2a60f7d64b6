//! Writing ratings in the long CSV format.

use crate::Input;
use ramverk_model::Framework;
use ramverk_source::csv_cell::csv_field;

/// Writes `input` in the long format that [`read_ratings_csv`](super::read_ratings_csv) reads.
/// `round`, when given, fills a `round` column.
pub fn write_ratings_csv(input: &Input, framework: &Framework, round: Option<&str>) -> String {
    let competences = framework.placed_competences();
    let (head, round) = match round {
        Some(round) => ("round,", format!("{},", csv_field(round, ','))),
        None => ("", String::new()),
    };
    let mut out =
        format!("{head}person,role,unit,competence,self_rating,agreed_rating,area,motivation\n");
    let person = |index: u32| &input.persons[index as usize];
    // Neutralised against formula injection and quoted; reading restores the cells.
    let field = |text: &str| csv_field(text, ',');
    let level = |value: u8| {
        if value == 0 {
            String::new()
        } else {
            value.to_string()
        }
    };
    let r = &input.ratings;
    for i in 0..r.len() {
        let p = person(r.person[i]);
        let competence = competences
            .get(r.competence[i] as usize)
            .map_or("", |c| c.competence.id.as_str());
        out += &format!(
            "{round}{},{},{},{},{},{},,\n",
            field(&p.id),
            field(&p.role),
            field(&p.unit),
            field(competence),
            level(r.self_rating[i]),
            level(r.agreed[i])
        );
    }
    let m = &input.motivations;
    for i in 0..m.person.len() {
        let p = person(m.person[i]);
        let area = framework
            .areas
            .get(m.area[i] as usize)
            .map_or("", |a| a.id.as_str());
        out += &format!(
            "{round}{},{},{},,,,{},{}\n",
            field(&p.id),
            field(&p.role),
            field(&p.unit),
            field(area),
            level(m.value[i])
        );
    }
    out
}
