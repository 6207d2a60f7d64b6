use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let t = Instant::now();
    let v: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    eprintln!("json value {:?} {}", t.elapsed(), v.is_object());
    let t = Instant::now();
    let n = ramverk_core::source::parse(&text).unwrap();
    eprintln!("node {:?} {:?}", t.elapsed(), n.position);
}
