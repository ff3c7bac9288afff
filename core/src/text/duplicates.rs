//! Member names repeated in one object. serde_json keeps the last copy and so does
//! the validator, but other parsers (the server's among them) may keep the first:
//! a repeat is an error, or a warning when both copies hold the same value.

use serde_json::Value;

use super::doc::Doc;
use super::tape::Kind;
use crate::report::{Detail, RuleCode, Severity, Translated, Violation};

/// A member name that appears again in the same object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    /// JSON Pointer to the repeated member, from the value searched.
    pub path: String,
    /// The member name, decoded.
    pub key: String,
    /// Byte offset of the repeat's name (its opening quote).
    pub offset: usize,
    /// Byte offset of the first copy's name.
    pub first: usize,
    /// Whether both copies hold the same value (as serde_json compares values).
    pub identical: bool,
}

impl Duplicate {
    /// The violation, naming where the first copy is (`line`, `column`).
    pub fn violation(&self, line: usize, column: usize) -> Violation {
        let key = &self.key;
        let (en, zh) = if self.identical {
            (
                format!(
                    "member `{key}` appears more than once in this object (first at line {line}, column {column}), \
                     with the same value each time; every parser reads the same message, but the repeat is noise"
                ),
                format!(
                    "成员 `{key}` 在该对象中出现了多次（第一次在第 {line} 行第 {column} 列），每次的值相同；\
                     各解析器读到的消息一致，但重复的成员是多余的"
                ),
            )
        } else {
            (
                format!(
                    "member `{key}` appears more than once in this object (first at line {line}, column {column}); \
                     JSON parsers disagree on which copy wins, so the server may not see the copy that was \
                     validated (the last)"
                ),
                format!(
                    "成员 `{key}` 在该对象中出现了多次（第一次在第 {line} 行第 {column} 列）；\
                     各 JSON 解析器对哪一份生效的处理不一致，服务器看到的可能不是被检查的那一份（最后一份）"
                ),
            )
        };
        let hint = Translated {
            en: format!("remove one of the `{key}` members"),
            zh: format!("请删除其中一个 `{key}` 成员"),
        };
        let severity = if self.identical { Severity::Warning } else { Severity::Error };
        let detail = Detail::Text { en, zh, hint: Some(Box::new(hint)) };
        Violation::new(self.path.clone(), String::new(), RuleCode::DuplicateKey, severity, detail)
    }
}

/// Whether any object in the subtree at `root` may repeat a member name: the quick
/// test of a valid payload, which allocates nothing (escaped names are decoded into
/// `scratch`). `true` may be a hash collision; [`find`] then says exactly.
pub(crate) fn any(doc: &Doc<'_>, root: usize, scratch: &mut String) -> bool {
    let end = root + doc.nodes[root].len as usize;
    (root..end).any(|node| doc.kind(node) == Kind::Object && may_repeat(doc, node, scratch))
}

fn may_repeat(doc: &Doc<'_>, object: usize, scratch: &mut String) -> bool {
    const SHORT: usize = 16;
    let mut names = [0usize; SHORT];
    let mut count = 0;
    let mut plain = true;
    for (name, _) in doc.members(object) {
        if count < SHORT {
            names[count] = name;
        }
        count += 1;
        plain &= doc.kind(name) == (Kind::Key { escaped: false });
    }
    if count <= SHORT && plain {
        let raw = |n: usize| doc.inner(n);
        return (1..count).any(|i| names[..i].iter().any(|&earlier| raw(earlier) == raw(names[i])));
    }
    // Many names, or escaped ones: their decoded texts' hashes, through `crate::repeat`'s table.
    let hashes = doc.members(object).map(|(name, _)| crate::repeat::hash(doc.string(name, scratch), false));
    crate::repeat::any_hash_repeats(hashes, count)
}

/// Every repeat in the subtree at `root`, in document order.
pub(crate) fn find(doc: &Doc<'_>, root: usize) -> Vec<Duplicate> {
    let end = root + doc.nodes[root].len as usize;
    let mut found = Vec::new();
    for node in (root..end).filter(|&n| doc.kind(n) == Kind::Object) {
        let mut object_path = None;
        for (later, first) in repeats_in(doc, node) {
            let mut scratch = String::new();
            let key = doc.string(later, &mut scratch).to_owned();
            let mut path = object_path.get_or_insert_with(|| path_to(doc, root, node)).clone();
            path.push('/');
            path.push_str(&key.replace('~', "~0").replace('/', "~1"));
            found.push(Duplicate {
                path,
                key,
                offset: doc.start(later),
                first: doc.start(first),
                identical: value_of(doc, later + 1) == value_of(doc, first + 1),
            });
        }
    }
    found.sort_by_key(|d| d.offset);
    found
}

/// Which name nodes in the subtree at `root` are shadowed: an earlier copy of a name
/// the same object writes again, which serde_json (and so the validator) drops for
/// the last. Indexed by node.
pub(crate) fn shadowed(doc: &Doc<'_>, root: usize) -> Vec<bool> {
    let mut shadowed = vec![false; doc.nodes.len()];
    let end = root + doc.nodes[root].len as usize;
    let mut scratch = String::new();
    for object in (root..end).filter(|&n| doc.kind(n) == Kind::Object) {
        if !may_repeat(doc, object, &mut scratch) {
            continue;
        }
        let mut last = std::collections::HashMap::new();
        for (name, _) in doc.members(object) {
            last.insert(doc.string(name, &mut scratch).to_owned(), name);
        }
        for (name, _) in doc.members(object) {
            shadowed[name] = last.get(doc.string(name, &mut scratch)) != Some(&name);
        }
    }
    shadowed
}

/// `(repeat, first copy)` name nodes of one object.
fn repeats_in<'d>(doc: &'d Doc<'_>, object: usize) -> impl Iterator<Item = (usize, usize)> + 'd {
    let names: Vec<usize> = doc.members(object).map(|(name, _)| name).collect();
    let plain = names.len() <= 16 && names.iter().all(|&n| doc.kind(n) == Kind::Key { escaped: false });
    let mut pairs = Vec::new();
    if names.len() >= 2 {
        if plain {
            let raw = |n: usize| &doc.text[doc.nodes[n].start as usize..doc.nodes[n].end as usize];
            for (i, &later) in names.iter().enumerate() {
                if let Some(&first) = names[..i].iter().find(|&&earlier| raw(earlier) == raw(later)) {
                    pairs.push((later, first));
                }
            }
        } else {
            let mut scratch = String::new();
            let mut firsts = std::collections::HashMap::new();
            for &name in &names {
                let key = doc.string(name, &mut scratch).to_owned();
                match firsts.get(&key) {
                    Some(&first) => pairs.push((name, first)),
                    None => {
                        firsts.insert(key, name);
                    }
                }
            }
        }
    }
    pairs.into_iter()
}

/// The pointer from `root` to `target`, found by descending through the containers
/// that hold it.
fn path_to(doc: &Doc<'_>, root: usize, target: usize) -> String {
    let mut path = String::new();
    let mut node = root;
    let mut scratch = String::new();
    while node != target {
        let holds = |child: usize| (child..child + doc.nodes[child].len as usize).contains(&target);
        let next = if doc.kind(node) == Kind::Array {
            doc.children(node)
                .enumerate()
                .find(|&(_, item)| holds(item))
                .map(|(i, item)| (i.to_string(), item))
        } else {
            doc.members(node).find(|&(_, value)| holds(value)).map(|(name, value)| {
                (doc.string(name, &mut scratch).replace('~', "~0").replace('/', "~1"), value)
            })
        };
        let Some((segment, child)) = next else { break };
        path.push('/');
        path.push_str(&segment);
        node = child;
    }
    path
}

fn value_of(doc: &Doc<'_>, node: usize) -> Option<Value> {
    let n = doc.nodes[node];
    serde_json::from_str(&doc.text[n.start as usize..n.end as usize]).ok()
}
