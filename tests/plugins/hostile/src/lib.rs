//! A hostile export plugin: each `attack` tries to break out of, hang or exhaust the sandbox.

use std::hint::black_box;

use ramverk_plugin_sdk::export::*;

pub struct Hostile;

impl Export for Hostile {
    fn render(framework: Framework, config: Config) -> Result<Vec<File>, String> {
        match config.get("attack").unwrap_or("probe") {
            "probe" => Ok(vec![File::text("probe.txt", "text/plain", probe())]),
            "loop" => endless(),
            "sleep" => {
                std::thread::sleep(std::time::Duration::from_secs(3600));
                Ok(vec![])
            }
            "memory" => memory_bomb(),
            "recursion" => Ok(vec![File::text(
                "depth.txt",
                "text/plain",
                recurse(black_box(0)).to_string(),
            )]),
            "huge-output" => Ok(vec![File {
                name: "huge.bin".into(),
                media_type: "application/octet-stream".into(),
                content: vec![b'x'; 48 << 20],
            }]),
            "traversal" => Ok(vec![
                File::text("ok.txt", "text/plain", "fine"),
                File::text("../../escaped.txt", "text/plain", "escaped"),
            ]),
            "absolute" => Ok(vec![File::text(
                "/tmp/ramverk-escaped.txt",
                "text/plain",
                "escaped",
            )]),
            "duplicate" => Ok(vec![
                File::text("a.txt", "text/plain", "1"),
                File::text("a.txt", "text/plain", "2"),
            ]),
            "file-and-folder" => Ok(vec![
                File::text("x/y.txt", "text/plain", "inside x"),
                File::text("x", "text/plain", "x itself"),
            ]),
            "many-files" => {
                let count: usize = config.get("count").unwrap_or("300000").parse().unwrap_or(0);
                Ok((0..count)
                    .map(|i| File::text(format!("many/f{i}"), "text/plain", ""))
                    .collect())
            }
            "panic" => panic!(
                "the hostile plugin panics on purpose (framework {})",
                framework.id
            ),
            "report" => Err("this framework cannot be exported: the hostile plugin says so".into()),
            other => Err(format!("unknown attack `{other}`")),
        }
    }
}

ramverk_plugin_sdk::export_plugin!(Hostile);

fn endless() -> Result<Vec<File>, String> {
    let mut n: u64 = 0;
    loop {
        n = black_box(n.wrapping_add(1));
    }
}

fn memory_bomb() -> Result<Vec<File>, String> {
    let mut hoard: Vec<Vec<u8>> = Vec::new();
    loop {
        let mut block = vec![0u8; 16 << 20];
        block[0] = 1;
        hoard.push(black_box(block));
    }
}

#[allow(unconditional_recursion)]
fn recurse(depth: u64) -> u64 {
    let padding = black_box([depth; 16]);
    recurse(black_box(depth + 1)) + padding[3]
}

/// Tries every way out it knows and writes down what happened.
fn probe() -> String {
    let mut lines = Vec::new();
    for path in ["/etc/passwd", "Cargo.toml", "plugin.yaml", "/", "."] {
        let outcome = match std::fs::read(path) {
            Ok(bytes) => format!("READ {} bytes", bytes.len()),
            Err(error) => format!("denied ({error})"),
        };
        lines.push(format!("read {path}: {outcome}"));
    }
    let listing = std::fs::read_dir("/").map(|entries| entries.count());
    lines.push(format!(
        "list /: {}",
        listing.map_or_else(
            |e| format!("denied ({e})"),
            |n| format!("LISTED {n} entries")
        )
    ));
    lines.push(format!(
        "write: {}",
        std::fs::write("escaped.txt", "x")
            .map_or_else(|e| format!("denied ({e})"), |()| "WROTE".into())
    ));
    lines.push(format!("env: {} variables", std::env::vars_os().count()));
    lines.push(format!("args: {}", std::env::args_os().count()));
    lines.push(format!("cwd: {:?}", std::env::current_dir().ok()));
    let net = std::net::TcpStream::connect("127.0.0.1:80");
    lines.push(format!(
        "tcp: {}",
        net.map_or_else(|e| format!("denied ({e})"), |_| "CONNECTED".into())
    ));
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    lines.push(format!("time: {now}"));
    let state = std::collections::hash_map::RandomState::new();
    lines.push(format!(
        "random: {:016x}",
        std::hash::BuildHasher::hash_one(&state, 42u64)
    ));
    lines.join("\n") + "\n"
}
