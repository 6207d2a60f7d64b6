//! Strategies shared by the property tests: YAML-ish documents of every shape.

#![allow(dead_code)]

use proptest::prelude::*;

/// A YAML-ish document: nested mappings, sequences and scalars of many kinds, with anchors,
/// aliases, tags, quoting and block scalars.
pub fn yaml_tree() -> impl Strategy<Value = String> {
    let scalar = prop_oneof![
        "[a-zåäö0-9 .:-]{0,12}",
        "[-+]?[0-9]{1,4}(\\.[0-9]{0,3})?([eE][-+]?[0-9]{1,2})?",
        Just("~".to_owned()),
        Just("\"quoted: text\"".to_owned()),
        Just("*a".to_owned()),
        Just("&a value".to_owned()),
        Just("!!int 3".to_owned()),
        Just("'single ''quoted'''".to_owned()),
        Just("|\n  block\n  text".to_owned()),
        Just("[1, 2, {x: y}]".to_owned()),
    ];
    scalar.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(("[a-z_0-9]{1,8}", inner.clone()), 0..6).prop_map(|entries| {
                entries
                    .iter()
                    .map(|(k, v)| format!("{k}: {}", indent(v)))
                    .collect::<Vec<_>>()
                    .join("\n")
            }),
            prop::collection::vec(inner, 0..6).prop_map(|items| items
                .iter()
                .map(|v| format!("- {}", indent(v)))
                .collect::<Vec<_>>()
                .join("\n")),
        ]
    })
}

fn indent(value: &str) -> String {
    if value.contains('\n') && !value.starts_with('|') {
        format!("\n  {}", value.replace('\n', "\n  "))
    } else {
        value.to_owned()
    }
}
