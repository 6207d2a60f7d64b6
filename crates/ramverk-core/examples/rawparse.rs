use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let t = Instant::now();
    let mut n = 0;
    for ev in granit_parser::Parser::new_from_str(&text) { let _ = ev.unwrap(); n += 1; }
    eprintln!("raw events {n} in {:?}", t.elapsed());
}
