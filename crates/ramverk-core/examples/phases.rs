//! Times the phases of `validate` on one framework: `cargo run --release --example phases -- PATH`.

use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: phases PATH");
    let path = std::path::Path::new(&path);
    let start = Instant::now();
    let mut texts = Vec::new();
    for entry in walk(path) {
        texts.push(std::fs::read_to_string(entry).unwrap());
    }
    eprintln!("read      {:?}", start.elapsed());
    let t = Instant::now();
    let nodes: Vec<_> = texts.iter().map(|text| ramverk_core::source::parse(text).unwrap()).collect();
    eprintln!("parse     {:?}", t.elapsed());
    let t = Instant::now();
    let json: Vec<_> = nodes.iter().map(|node| node.to_json()).collect();
    eprintln!("to_json   {:?} ({} docs)", t.elapsed(), json.len());
    let t = Instant::now();
    let loaded = ramverk_core::load(path).unwrap();
    eprintln!("load      {:?}", t.elapsed());
    let t = Instant::now();
    let diagnostics = ramverk_core::check(&loaded);
    eprintln!("check     {:?} ({} findings)", t.elapsed(), diagnostics.len());
    let t = Instant::now();
    let _ = ramverk_core::schema::validate(&serde_json::Value::Null, &loaded.map);
    eprintln!("schema(null) {:?}", t.elapsed());
}

fn walk(path: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![path.join("framework.yaml")];
    for dir in ["areas", "profiles"] {
        if let Ok(entries) = std::fs::read_dir(path.join(dir)) {
            out.extend(entries.map(|e| e.unwrap().path()));
        }
    }
    out
}
