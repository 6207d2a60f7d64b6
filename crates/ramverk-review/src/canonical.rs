//! The versioned canonical form of a framework's content that approvals hash (docs/approvals.md).

use std::fmt;

use serde_json::Value;
use sha2::{Digest, Sha256};

use ramverk_model::Framework;

/// The tag of the current canonical form; it opens the hashed bytes and the recorded hash.
pub const V1: &str = "ramverk-approval-v1";

/// A canonical form an approval's hash was made with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Approvals recorded before the form had a version (`sha256:…` alone): kept as they were
    /// made, so that they still verify.
    Legacy,
    /// `ramverk-approval-v1:sha256:…`, the form new approvals are recorded with.
    V1,
}

/// A recorded content hash: the form it was made with, and the SHA-256 in lower-case hex.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentHash {
    /// The canonical form hashed.
    pub form: Form,
    /// 64 lower-case hex digits.
    pub hex: String,
}

/// Why a content hash could not be made or read.
#[derive(Debug, thiserror::Error)]
pub enum HashError {
    /// The model could not be turned into JSON: no hash is made, rather than a hash of nothing.
    #[error("the framework's content cannot be put in canonical form: {0}")]
    Serialise(#[from] serde_json::Error),
    /// The recorded text is not `ramverk-approval-v1:sha256:<64 hex>` nor `sha256:<64 hex>`.
    #[error(
        "`{0}` is not a content hash this ramverk knows (expected `{V1}:sha256:` and 64 hex digits); a newer ramverk may have written it"
    )]
    Unknown(String),
}

impl ContentHash {
    /// Reads a recorded hash, naming its form.
    pub fn parse(text: &str) -> Result<ContentHash, HashError> {
        let unknown = || HashError::Unknown(text.to_owned());
        let (form, hex) = match text.strip_prefix(V1).and_then(|t| t.strip_prefix(':')) {
            Some(rest) => (Form::V1, rest),
            None => (Form::Legacy, text),
        };
        let hex = hex.strip_prefix("sha256:").ok_or_else(unknown)?;
        let is_hex = hex.len() == 64 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        if !is_hex {
            return Err(unknown());
        }
        Ok(ContentHash {
            form,
            hex: hex.to_owned(),
        })
    }

    /// Whether `framework` has the content this hash was made of, in the hash's own form.
    pub fn matches(&self, framework: &Framework) -> Result<bool, HashError> {
        Ok(hash(framework, self.form)?.hex == self.hex)
    }
}

impl fmt::Display for ContentHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.form {
            Form::Legacy => write!(f, "sha256:{}", self.hex),
            Form::V1 => write!(f, "{V1}:sha256:{}", self.hex),
        }
    }
}

/// The hash of `framework` in the current form, as approvals record it.
pub fn content_hash(framework: &Framework) -> Result<ContentHash, HashError> {
    hash(framework, Form::V1)
}

/// The hash of `framework` in `form`.
pub fn hash(framework: &Framework, form: Form) -> Result<ContentHash, HashError> {
    let digest = Sha256::digest(canonical_bytes(framework, form)?);
    Ok(ContentHash {
        form,
        hex: digest.iter().map(|b| format!("{b:02x}")).collect(),
    })
}

/// The bytes hashed for `framework` in `form`.
pub fn canonical_bytes(framework: &Framework, form: Form) -> Result<Vec<u8>, HashError> {
    let value = serde_json::to_value(framework)?;
    match form {
        Form::Legacy => Ok(serde_json::to_vec(&legacy::canonical(value))?),
        Form::V1 => v1_bytes(value),
    }
}

/// `ramverk-approval-v1`, a newline, then the canonical JSON of the model.
fn v1_bytes(value: Value) -> Result<Vec<u8>, HashError> {
    let mut bytes = format!("{V1}\n").into_bytes();
    let canonical = v1(value, Some(&[])).unwrap_or(Value::Object(Default::default()));
    serde_json::to_writer(&mut bytes, &canonical)?;
    Ok(bytes)
}

/// The paths (object keys, from the root) of the only lists whose order is content.
const ORDERED: &[&[&str]] = &[&["vocabulary", "competence"]];

/// The v1 canonical value: keys sorted; absent optional values (null, `false`, empty lists and
/// maps) left out, so a field a later ramverk adds changes nothing while it is unused; text
/// with runs of white space made one space; lists sorted by their items' canonical JSON, except
/// the ordered ones. `path` is the chain of keys from the root, `None` inside a list; `None` is
/// returned for a value that is left out.
fn v1(value: Value, path: Option<&[&str]>) -> Option<Value> {
    match value {
        Value::Null | Value::Bool(false) => None,
        Value::String(text) => Some(Value::String(
            text.split_whitespace().collect::<Vec<_>>().join(" "),
        )),
        Value::Array(items) => {
            let mut items: Vec<(String, Value)> = items
                .into_iter()
                .map(|item| v1(item, None).unwrap_or(Value::Null))
                .map(|item| (item.to_string(), item))
                .collect();
            if items.is_empty() {
                return None;
            }
            if !path.is_some_and(|path| ORDERED.contains(&path)) {
                items.sort_by(|a, b| a.0.cmp(&b.0));
            }
            Some(Value::Array(items.into_iter().map(|(_, v)| v).collect()))
        }
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map
                .into_iter()
                .filter_map(|(key, item)| {
                    let item = {
                        let inner: Option<Vec<&str>> = path.map(|path| {
                            let mut inner = path.to_vec();
                            inner.push(&key);
                            inner
                        });
                        v1(item, inner.as_deref())?
                    };
                    Some((key, item))
                })
                .collect();
            if entries.is_empty() {
                return None;
            }
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Some(Value::Object(entries.into_iter().collect()))
        }
        other => Some(other),
    }
}

/// The form approvals were recorded with before the form had a version, kept byte for byte.
mod legacy {
    use serde_json::Value;

    /// Keys sorted; lists sorted by a key field (`id`, `role`, `rank`, `item`, `title`, `text`)
    /// or their JSON; text with white space normalised.
    pub fn canonical(value: Value) -> Value {
        match value {
            Value::Object(map) => {
                let mut entries: Vec<(String, Value)> =
                    map.into_iter().map(|(k, v)| (k, canonical(v))).collect();
                entries.sort_by(|a, b| a.0.cmp(&b.0));
                Value::Object(entries.into_iter().collect())
            }
            Value::Array(items) => {
                let mut items: Vec<Value> = items.into_iter().map(canonical).collect();
                items.sort_by_cached_key(sort_key);
                Value::Array(items)
            }
            Value::String(text) => {
                Value::String(text.split_whitespace().collect::<Vec<_>>().join(" "))
            }
            other => other,
        }
    }

    fn sort_key(item: &Value) -> String {
        let key = ["id", "role", "rank", "item", "title", "text"]
            .iter()
            .find_map(|k| item.get(*k));
        match key {
            Some(Value::Number(n)) => format!("{:020}", n.as_u64().unwrap_or(0)),
            Some(other) => other.to_string(),
            None => item.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{ContentHash, Form, HashError, hash, v1_bytes};

    #[test]
    fn an_unused_new_field_changes_nothing() {
        let before = json!({"id": "x", "areas": [{"id": "1", "title": "A"}]});
        let after = json!({
            "id": "x", "weights": null, "tags": [], "extra": {}, "strict": false,
            "areas": [{"id": "1", "title": "A", "competences": [], "note": null}],
        });
        assert_eq!(v1_bytes(before).unwrap(), v1_bytes(after).unwrap());
    }

    #[test]
    fn only_the_vocabulary_order_is_content() {
        let a = json!({"notes": ["b", "a"], "vocabulary": {"area": "O", "competence": ["D", "U"]}});
        let b = json!({"notes": ["a", "b"], "vocabulary": {"area": "O", "competence": ["D", "U"]}});
        let c = json!({"notes": ["a", "b"], "vocabulary": {"area": "O", "competence": ["U", "D"]}});
        assert_eq!(v1_bytes(a.clone()).unwrap(), v1_bytes(b).unwrap());
        assert_ne!(v1_bytes(a).unwrap(), v1_bytes(c).unwrap());
        // The same key deeper down is not the framework's vocabulary.
        let d = json!({"areas": [{"vocabulary": {"competence": ["b", "a"]}}]});
        let e = json!({"areas": [{"vocabulary": {"competence": ["a", "b"]}}]});
        assert_eq!(v1_bytes(d).unwrap(), v1_bytes(e).unwrap());
    }

    #[test]
    fn recorded_hashes_name_their_form() {
        let hex = "a9d5d10a5a05b56940d87c40ced294dcbf51eb1e333b6bf2fd94e600279b91ce";
        let legacy = ContentHash::parse(&format!("sha256:{hex}")).unwrap();
        assert_eq!(legacy.form, Form::Legacy);
        assert_eq!(legacy.to_string(), format!("sha256:{hex}"));
        let v1 = ContentHash::parse(&format!("ramverk-approval-v1:sha256:{hex}")).unwrap();
        assert_eq!(v1.form, Form::V1);
        assert_eq!(v1.to_string(), format!("ramverk-approval-v1:sha256:{hex}"));
        for bad in [
            "",
            "sha256:",
            "md5:00",
            &format!("ramverk-approval-v2:sha256:{hex}"),
            &format!("sha256:{}", hex.to_uppercase()),
            &format!("sha256:{hex}0"),
        ] {
            assert!(
                matches!(ContentHash::parse(bad), Err(HashError::Unknown(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn order_and_spacing_change_no_hash_in_either_form() {
        let yaml = |order: &str| {
            format!(
                "id: x\ntitle: T\nversion: \"1.0.0\"\nlanguage: sv\nstatus: draft\npublisher: {{name: P}}\nareas:\n{order}"
            )
        };
        let a = yaml("  - {id: \"1\", title: A}\n  - {id: \"2\", title: \"B  b\"}\n");
        let b = yaml("  - {id: \"2\", title: B b}\n  - {id: \"1\", title: A}\n");
        let fa: ramverk_model::Framework = serde_saphyr::from_str(&a).unwrap();
        let fb: ramverk_model::Framework = serde_saphyr::from_str(&b).unwrap();
        let mut fc = fa.clone();
        fc.areas[0].title = "Annat".into();
        for form in [Form::Legacy, Form::V1] {
            assert_eq!(hash(&fa, form).unwrap(), hash(&fb, form).unwrap());
            assert_ne!(hash(&fa, form).unwrap(), hash(&fc, form).unwrap());
            assert!(hash(&fa, form).unwrap().matches(&fb).unwrap());
            assert!(!hash(&fa, form).unwrap().matches(&fc).unwrap());
        }
        assert_ne!(
            hash(&fa, Form::Legacy).unwrap().hex,
            hash(&fa, Form::V1).unwrap().hex,
            "the version tag is hashed"
        );
    }
}
