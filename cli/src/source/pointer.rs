//! RFC 6901 JSON Pointer segments: escaping a member name, unescaping a segment.

use std::borrow::Cow;

/// Appends `/` and the member name `key`, escaped (`~` → `~0`, `/` → `~1`), to `path`.
pub(crate) fn push_key(path: &mut String, key: &str) {
    path.push('/');
    if !key.contains(['~', '/']) {
        path.push_str(key);
        return;
    }
    for c in key.chars() {
        match c {
            '~' => path.push_str("~0"),
            '/' => path.push_str("~1"),
            c => path.push(c),
        }
    }
}

/// Appends `/` and an array index to `path`.
pub(crate) fn push_index(path: &mut String, index: usize) {
    use std::fmt::Write;
    let _ = write!(path, "/{index}");
}

/// The member name or index a pointer segment stands for (`~1` → `/`, `~0` → `~`).
///
/// `~1` is replaced before `~0`, as RFC 6901 requires, so `~01` is the name `~1`.
pub(crate) fn unescape(segment: &str) -> Cow<'_, str> {
    if segment.contains('~') {
        Cow::Owned(segment.replace("~1", "/").replace("~0", "~"))
    } else {
        Cow::Borrowed(segment)
    }
}

/// Splits a pointer into its unescaped segments; `None` for one that does not start with `/`
/// (`""`, the whole value, gives an empty iterator).
pub(crate) fn segments(pointer: &str) -> Option<impl Iterator<Item = Cow<'_, str>>> {
    let rest = match pointer {
        "" => None,
        p => Some(p.strip_prefix('/')?),
    };
    Some(rest.into_iter().flat_map(|r| r.split('/')).map(unescape))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_escaped() {
        let mut p = String::new();
        push_key(&mut p, "body");
        push_key(&mut p, "a/b~c");
        push_index(&mut p, 3);
        assert_eq!(p, "/body/a~1b~0c/3");
    }

    #[test]
    fn segments_are_unescaped_in_rfc_order() {
        let s: Vec<_> = segments("/a~1b/~01/~0~1/").unwrap().collect();
        assert_eq!(s, ["a/b", "~1", "~/", ""]);
        assert_eq!(segments("").unwrap().count(), 0);
        assert!(segments("body").is_none());
    }
}
