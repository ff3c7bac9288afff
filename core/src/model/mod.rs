//! The rule model: what the derive writes for each annotated type.
//!
//! It is plain `'static` data, so one description feeds both the validator
//! ([`crate::rules`]) and the JSON Schema emitter (crate `easemob-payload-schema`):
//! no rule is ever written twice.

use serde_json::{Map, Value};

use crate::limits::{Limits, Setting};

mod plan;
use crate::pattern::Pattern;
use crate::report::{RuleCode, Severity};
pub use plan::Plan;

/// An integer as JSON Schema counts it: `10` and `10.0` are, `10.5` is not.
pub(crate) fn is_integer(value: &Value) -> bool {
    value.as_number().is_some_and(is_integer_number)
}

/// [`is_integer`] of a number.
pub(crate) fn is_integer_number(n: &serde_json::Number) -> bool {
    n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0)
}

/// Any JSON value, unchecked: the model of `serde_json::Value`, and of the members a
/// flattened `Map<String, Value>` collects.
pub const ANY: &TypeDesc = &TypeDesc {
    name: None,
    description: "",
    shape: Shape::Any,
    checks: &[],
    plan: Plan::NONE,
    clean: |_, _| true,
};

/// `a` then `b`, in `const` evaluation: a newtype's own rules and its inner type's.
pub const fn concat_checks<const N: usize>(a: &[Check], b: &[Check]) -> [Check; N] {
    assert!(a.len() + b.len() == N, "N is the two lengths together");
    let filler = Check { rule: Rule::Lowercase, severity: Severity::Error, server: None, why: None };
    let mut out = [filler; N];
    let mut i = 0;
    while i < a.len() {
        out[i] = a[i];
        i += 1;
    }
    while i < N {
        out[i] = b[i - a.len()];
        i += 1;
    }
    out
}

/// A type's shape, name and own rules.
#[derive(Debug)]
pub struct TypeDesc {
    /// Named types (structs, enums, newtypes) become `$defs` entries in the schema.
    pub name: Option<&'static str>,
    /// English description, from the type's doc comment.
    pub description: &'static str,
    /// What JSON value it is.
    pub shape: Shape,
    /// Rules that hold wherever the type is used.
    pub checks: &'static [Check],
    /// `checks` compiled (in `const` evaluation) into one pass: what the generated
    /// validators and the typed judge run.
    pub plan: Plan,
    /// The type's generated validator ([`crate::Payload::is_clean`]): the interpreter skips
    /// a value it passes, so a report costs what its violations cost.
    pub clean: fn(&Value, &Limits) -> bool,
}

/// The JSON shape of a type.
#[derive(Debug, Clone, Copy)]
pub enum Shape {
    /// A JSON string.
    String,
    /// A JSON number without a fractional part (`10.0` counts, as in JSON Schema).
    Integer,
    /// Any JSON number (`f64`, `f32`).
    Number,
    /// `true` or `false`.
    Boolean,
    /// A JSON array whose items all have the given type.
    Array(&'static TypeDesc),
    /// A JSON object with free member names whose values all have the given type.
    Map(&'static TypeDesc),
    /// A JSON object whose members are not checked.
    AnyObject,
    /// Any JSON value, `null` included.
    Any,
    /// A JSON object with known members.
    Object(&'static ObjectDesc),
    /// Two members of the enclosing object: a tag naming the variant and a content checked by it.
    Tagged(&'static TaggedDesc),
}

impl Shape {
    /// How a message names the shape: `a string`, `an integer`, ...
    pub const fn expected(self) -> &'static str {
        match self {
            Shape::String => "a string",
            Shape::Integer => "an integer",
            Shape::Number => "a number",
            Shape::Boolean => "a boolean",
            Shape::Array(_) => "an array",
            Shape::Map(_) | Shape::AnyObject | Shape::Object(_) | Shape::Tagged(_) => "an object",
            Shape::Any => "any JSON value",
        }
    }
}

/// What an object makes of a member no field declares ([`ObjectDesc::undeclared`]).
#[derive(Debug, Clone, Copy)]
pub enum Undeclared {
    /// Accepted as it is (a free-form object, a name a flattened part knows).
    Allowed,
    /// Collected by a flattened map: validated as its value type.
    Rest(&'static TypeDesc),
    /// An `unknownField` warning; `reserved_prefix` when it is a reserved name of an
    /// otherwise free-form object.
    Unknown { reserved_prefix: Option<&'static str> },
}

/// An object with known members.
#[derive(Debug)]
pub struct ObjectDesc {
    /// Its members, in declaration order.
    pub fields: &'static [FieldDesc],
    /// What to say of members that are not declared.
    pub unknown_fields: UnknownFields,
    /// Rules attributes cannot say, written as plain functions.
    pub custom: &'static [CustomCheck],
    /// What the server answers when a value inside this object has the wrong JSON type.
    pub server_type_error: ServerTypeError,
    /// Bodies of other calls that are sent here by mistake, recognised by their members.
    pub other_bodies: &'static [OtherBody],
}

/// What the server answers when a value has the wrong JSON type, for the values inside an object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerTypeError {
    /// As for the enclosing object.
    Inherit,
    /// This text (`#[payload(server(type = "..."))]` on the container).
    Text(&'static str),
    /// No error: the server stores the object as it is without looking inside
    /// (`#[payload(opaque_to_server)]`), so a wrong type breaks a feature silently.
    Opaque,
}

/// The body of another call, sent to this one by mistake (`#[payload(other_body(...))]`).
///
/// Recognised when one of its `detect` members is present and none of the
/// object's required members is: the first missing required member's violation
/// then says what was sent, and the other body's members get no did-you-mean hint
/// (they are not misspelt members of this one).
#[derive(Debug)]
pub struct OtherBody {
    /// Members whose presence gives the other body away.
    pub detect: &'static [&'static str],
    /// All of the other body's members.
    pub members: &'static [&'static str],
    /// What it is and how its members map to this object's, in English.
    pub note: &'static str,
    /// The fix, in one line.
    pub hint: &'static str,
}

impl OtherBody {
    /// Whether `map` looks like this other body rather than the object `object`.
    pub fn recognises(&self, object: &ObjectDesc, map: &Map<String, Value>) -> bool {
        self.recognised_by(object, |name| map.contains_key(name))
    }

    /// [`OtherBody::recognises`], asking `has` whether the object holds a member.
    pub(crate) fn recognised_by(&self, object: &ObjectDesc, has: impl Fn(&str) -> bool) -> bool {
        self.detect.iter().any(|name| has(name)) && !object.required_names().any(&has)
    }
}

impl ObjectDesc {
    /// The member names this object knows, those of flattened tags and structs included.
    pub fn known_names(&self) -> Box<dyn Iterator<Item = &'static str> + '_> {
        Box::new(self.fields.iter().flat_map(|f| -> Box<dyn Iterator<Item = &'static str>> {
            match (f.flatten, f.ty.shape) {
                (true, Shape::Tagged(t)) => Box::new([t.tag, t.content].into_iter()),
                (true, Shape::Object(inner)) => inner.known_names(),
                (true, _) => Box::new(std::iter::empty()),
                (false, _) => Box::new(std::iter::once(f.name)),
            }
        }))
    }

    /// Whether this object knows the member `name` (without allocating: asked on the hot path).
    pub fn knows(&self, name: &str) -> bool {
        self.fields.iter().any(|f| match (f.flatten, f.ty.shape) {
            (true, Shape::Tagged(t)) => t.tag == name || t.content == name,
            (true, Shape::Object(inner)) => inner.knows(name),
            (true, _) => false,
            (false, _) => f.name == name,
        })
    }

    /// What a member `key` that no field declares is to this object: the one decision
    /// the interpreter (which reports it) and the text walk (which only asks whether it
    /// is clean) both take.
    pub fn undeclared(&self, key: &str) -> Undeclared {
        let reserved_prefix = match self.unknown_fields {
            UnknownFields::Warn => None,
            UnknownFields::Allow { reserved_prefix: None } => return Undeclared::Allowed,
            UnknownFields::Allow { reserved_prefix: Some(prefix) } => Some(prefix),
        };
        // The cheap test first: in `ext`, most keys are the user's own.
        if reserved_prefix.is_some_and(|prefix| !key.starts_with(prefix)) || self.knows(key) {
            return Undeclared::Allowed;
        }
        // A flattened map collects what no field names: its values are checked as its own.
        // (Objects that allow unknown members accept them unchecked before this.)
        match self.rest().filter(|_| reserved_prefix.is_none()) {
            Some(values) => Undeclared::Rest(values),
            None => Undeclared::Unknown { reserved_prefix },
        }
    }

    /// The type of the members no field names, when a flattened map collects them
    /// (`#[serde(flatten)] rest: HashMap<String, T>`): they are validated as `T`, not unknown.
    pub fn rest(&self) -> Option<&'static TypeDesc> {
        self.fields.iter().find_map(|f| match (f.flatten, f.ty.shape) {
            (true, Shape::Map(values)) => Some(values),
            (true, Shape::AnyObject) => Some(ANY),
            (true, Shape::Object(inner)) => inner.rest(),
            _ => None,
        })
    }

    /// The member names that must be present, those of flattened tags and structs included.
    pub fn required_names(&self) -> Box<dyn Iterator<Item = &'static str> + '_> {
        Box::new(self.fields.iter().flat_map(|f| -> Box<dyn Iterator<Item = &'static str>> {
            match (f.flatten, f.ty.shape) {
                (true, Shape::Tagged(t)) => Box::new([t.tag, t.content].into_iter()),
                (true, Shape::Object(inner)) => inner.required_names(),
                (true, _) => Box::new(std::iter::empty()),
                (false, _) => Box::new(f.required.then_some(f.name).into_iter()),
            }
        }))
    }

    /// The shape a known member's value must have: what a did-you-mean hint may suggest for a value.
    pub fn member_shape(&self, name: &str) -> Option<Shape> {
        self.fields.iter().find_map(|f| match (f.flatten, f.ty.shape) {
            (true, Shape::Tagged(t)) if t.tag == name => Some(Shape::String),
            (true, Shape::Tagged(t)) if t.content == name => Some(Shape::AnyObject),
            (true, Shape::Object(inner)) => inner.member_shape(name),
            (false, shape) if f.name == name => Some(shape),
            _ => None,
        })
    }
}

/// What a validator says of members an object does not declare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnknownFields {
    /// `unknownField` warning, with a did-you-mean hint.
    Warn,
    /// Accepted silently (free-form objects such as `ext`)...
    Allow {
        /// ...except names with this reserved prefix, which are warned of.
        reserved_prefix: Option<&'static str>,
    },
}

/// One declared member of an object.
#[derive(Debug)]
pub struct FieldDesc {
    /// The member name on the wire (serde's `rename`).
    pub name: &'static str,
    /// English description, from the field's doc comment.
    pub description: &'static str,
    /// A missing member is a `required` error.
    pub required: bool,
    /// A missing member is a `recommended` warning, for this reason.
    pub recommended: Option<&'static str>,
    /// A missing member is a `required` error when this other member is present
    /// (`#[payload(required_with = "...")]`, JSON Schema's `dependentRequired`).
    pub required_with: Option<&'static str>,
    /// `#[serde(flatten)]`: the type's members are the enclosing object's.
    pub flatten: bool,
    /// The member's type.
    pub ty: &'static TypeDesc,
    /// Rules that hold for this member only.
    pub checks: &'static [Check],
    /// `checks` compiled, as [`TypeDesc::plan`].
    pub plan: Plan,
    /// The server's error text for violations of this member, by rule code
    /// (`#[payload(server(type = "param ext must be JSONObject"))]`): quoted in their messages.
    pub server_errors: &'static [(RuleCode, &'static str)],
}

/// An adjacently tagged enum (`#[serde(tag = "type", content = "body")]`).
#[derive(Debug)]
pub struct TaggedDesc {
    /// The member naming the variant (`type`).
    pub tag: &'static str,
    /// Description of the tag member.
    pub tag_description: &'static str,
    /// The server's error text for an empty tag (`""`).
    pub tag_empty_server: Option<&'static str>,
    /// The member holding the variant's value (`body`).
    pub content: &'static str,
    /// The server's error text for an empty content object (`{}`).
    pub content_empty_server: Option<&'static str>,
    /// The variants, in declaration order.
    pub variants: &'static [VariantDesc],
}

impl TaggedDesc {
    /// The variant with this tag value.
    pub fn variant(&self, tag: &str) -> Option<&'static VariantDesc> {
        self.variants.iter().find(|v| v.name == tag)
    }
}

/// One variant of a tagged enum.
#[derive(Debug)]
pub struct VariantDesc {
    /// The tag value (`txt`).
    pub name: &'static str,
    /// The content's type.
    pub ty: &'static TypeDesc,
}

/// A rule written as a function, for what attributes cannot say (the byte size).
#[derive(Debug)]
pub struct CustomCheck {
    /// The code its violations carry.
    pub rule: RuleCode,
    /// What it checks, in English; the schema states it in `$comment`.
    pub description: &'static str,
    /// Checks the object and reports through the checker.
    pub run: fn(&Map<String, Value>, &mut crate::Checker<'_>),
}

/// One rule with its severity.
#[derive(Debug, Clone, Copy)]
pub struct Check {
    /// What is checked.
    pub rule: Rule,
    /// How bad breaking it is.
    pub severity: Severity,
    /// The server's own error text for it, quoted in the message.
    pub server: Option<&'static str>,
    /// Why the rule matters, appended to the message.
    pub why: Option<&'static str>,
}

/// A rule an attribute states.
#[derive(Debug, Clone, Copy)]
pub enum Rule {
    /// At least this many characters (Unicode code points, as JSON Schema counts).
    MinLength(usize),
    /// At most this many characters (Unicode code points).
    MaxLength(usize),
    /// Matches an anchored regular expression.
    Pattern(&'static Pattern),
    /// Exactly this string.
    Const(&'static str),
    /// One of these values.
    Enum(&'static [Literal]),
    /// A number at least this.
    Minimum(Bound),
    /// A number at most this.
    Maximum(Bound),
    /// At least this many items.
    MinItems(usize),
    /// At most this many items.
    MaxItems(Limit),
    /// No item repeats an earlier one.
    UniqueItems {
        /// Compare strings case-folded (`Alice` repeats `alice`).
        case_fold: bool,
    },
    /// At least this many members.
    MinProperties(usize),
    /// At most this many members.
    MaxProperties(usize),
    /// A warning when the string has upper-case letters.
    Lowercase,
}

impl Rule {
    /// The rule's code.
    pub const fn code(&self) -> RuleCode {
        match self {
            Rule::MinLength(_) => RuleCode::MinLength,
            Rule::MaxLength(_) => RuleCode::MaxLength,
            Rule::Pattern(_) => RuleCode::Pattern,
            Rule::Const(_) => RuleCode::Const,
            Rule::Enum(_) => RuleCode::Enum,
            Rule::Minimum(_) => RuleCode::Minimum,
            Rule::Maximum(_) => RuleCode::Maximum,
            Rule::MinItems(_) => RuleCode::MinItems,
            Rule::MaxItems(_) => RuleCode::MaxItems,
            Rule::UniqueItems { .. } => RuleCode::UniqueItems,
            Rule::MinProperties(_) => RuleCode::MinProperties,
            Rule::MaxProperties(_) => RuleCode::MaxProperties,
            Rule::Lowercase => RuleCode::Lowercase,
        }
    }
}

/// A JSON string or integer that a rule names (`one_of`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Literal {
    /// A JSON string.
    Str(&'static str),
    /// A JSON integer.
    Int(i64),
}

impl Literal {
    /// Whether `value` is this literal (`16.0` is the integer 16, as in JSON Schema).
    pub fn matches(self, value: &Value) -> bool {
        match (self, value) {
            (Literal::Str(s), Value::String(v)) => s == v,
            (Literal::Int(_), Value::Number(n)) => self.matches_number(n),
            _ => false,
        }
    }

    /// Whether the number `n` is this literal.
    pub(crate) fn matches_number(self, n: &serde_json::Number) -> bool {
        match self {
            Literal::Int(i) => {
                n.as_i64().map_or_else(|| n.as_f64().is_some_and(|f| f == i as f64), |v| v == i)
            }
            Literal::Str(_) => false,
        }
    }

    /// The literal as a JSON value.
    pub fn to_json(self) -> Value {
        match self {
            Literal::Str(s) => Value::from(s),
            Literal::Int(i) => Value::from(i),
        }
    }

    /// The string, for a string literal.
    pub const fn as_str(self) -> Option<&'static str> {
        match self {
            Literal::Str(s) => Some(s),
            Literal::Int(_) => None,
        }
    }

    /// How a message lists `values`: bare names when all are non-empty strings
    /// (`txt, img`), JSON otherwise (`1, 2, "16"`), so `""` and `"1"` stay visible.
    pub fn list(values: &[Literal]) -> String {
        let plain = values.iter().all(|v| matches!(v, Literal::Str(s) if !s.is_empty()));
        let shown: Vec<String> = values
            .iter()
            .map(|v| match (v, plain) {
                (Literal::Str(s), true) => (*s).to_owned(),
                (v, _) => v.to_json().to_string(),
            })
            .collect();
        shown.join(", ")
    }
}

/// The bound of `minimum` or `maximum`: an integer (wide enough for `u64::MAX`,
/// the natural bound of a `u64`), or a fraction for a float member.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bound {
    /// A whole number.
    Int(i128),
    /// A number with a fractional part (never NaN or infinite: the derive refuses those).
    Float(f64),
}

// A bound is never NaN (the derive and the std impls only write finite numbers).
impl Eq for Bound {}

impl Bound {
    /// Whether the JSON number `n` is below this bound (breaks it as a `minimum`).
    ///
    /// ```
    /// use easemob_payload::model::Bound;
    /// let n = |v: serde_json::Value| v.as_number().cloned().unwrap();
    /// assert!(Bound::Int(0).is_above(&n(serde_json::json!(-1))));
    /// assert!(!Bound::Float(0.5).is_above(&n(serde_json::json!(0.5))));
    /// assert!(Bound::Int(u64::MAX as i128).is_below(&n(serde_json::json!(1e20))));
    /// ```
    pub fn is_above(self, n: &serde_json::Number) -> bool {
        Bound::compare(n, self) == Some(std::cmp::Ordering::Less)
    }

    /// Whether the JSON number `n` is above this bound (breaks it as a `maximum`).
    pub fn is_below(self, n: &serde_json::Number) -> bool {
        Bound::compare(n, self) == Some(std::cmp::Ordering::Greater)
    }

    /// How `n` compares with `bound`: exactly for integers, as `f64` otherwise.
    fn compare(n: &serde_json::Number, bound: Bound) -> Option<std::cmp::Ordering> {
        let whole = n.as_i64().map(i128::from).or_else(|| n.as_u64().map(i128::from));
        match (whole, bound) {
            (Some(i), Bound::Int(b)) => Some(i.cmp(&b)),
            (Some(i), Bound::Float(b)) => (i as f64).partial_cmp(&b),
            (None, Bound::Int(b)) => n.as_f64()?.partial_cmp(&(b as f64)),
            (None, Bound::Float(b)) => n.as_f64()?.partial_cmp(&b),
        }
    }

    /// The bound as a JSON number (what the schema states).
    pub fn to_json(self) -> Value {
        match self {
            Bound::Int(i) => match (i64::try_from(i), u64::try_from(i)) {
                (Ok(i), _) => Value::from(i),
                (_, Ok(u)) => Value::from(u),
                _ => Value::from(i as f64),
            },
            Bound::Float(f) => Value::from(f),
        }
    }
}

impl std::fmt::Display for Bound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Bound::Int(i) => write!(f, "{i}"),
            Bound::Float(x) => write!(f, "{x}"),
        }
    }
}

/// A number a rule states, or takes from [`Limits`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// Always this number.
    Fixed(usize),
    /// The value of a setting.
    Setting(Setting),
}

impl Limit {
    /// The number under the given limits.
    pub const fn resolve(self, limits: &Limits) -> usize {
        match self {
            Limit::Fixed(n) => n,
            Limit::Setting(s) => limits.get(s),
        }
    }

    /// The number under [`Limits::DEFAULT`] (what the schema states).
    pub const fn default_value(self) -> usize {
        self.resolve(&Limits::DEFAULT)
    }
}

/// The tag values of a tagged enum's variants, in declaration order (`const`: a wrong
/// `N` fails the build).
pub const fn variant_names<const N: usize>(desc: &'static TypeDesc) -> [&'static str; N] {
    let Shape::Tagged(tagged) = desc.shape else { panic!("not a tagged enum") };
    assert!(tagged.variants.len() == N, "N is not the number of variants");
    let mut names = [""; N];
    let mut i = 0;
    while i < N {
        names[i] = tagged.variants[i].name;
        i += 1;
    }
    names
}

/// Shape checks the derive runs at compile time, so a rule on the wrong kind of field
/// fails to build. Not public API.
#[doc(hidden)]
pub mod kind {
    use super::{Shape, TypeDesc};

    /// A string rule (`min_length`, `pattern`, ...) needs a string.
    pub const fn is_string(d: &TypeDesc) -> bool {
        matches!(d.shape, Shape::String)
    }
    /// `minimum` and `maximum` need a number (an integer or a float).
    pub const fn is_number(d: &TypeDesc) -> bool {
        matches!(d.shape, Shape::Integer | Shape::Number)
    }
    /// Item rules need an array.
    pub const fn is_array(d: &TypeDesc) -> bool {
        matches!(d.shape, Shape::Array(_))
    }
    /// `unique_items(case_fold)` needs an array of strings.
    pub const fn is_string_array(d: &TypeDesc) -> bool {
        match d.shape {
            Shape::Array(items) => is_string(items),
            _ => false,
        }
    }
    /// `one_of` needs a string, an integer, or any value (a string or an integer).
    pub const fn is_enumerable(d: &TypeDesc) -> bool {
        matches!(d.shape, Shape::String | Shape::Integer | Shape::Any)
    }
    /// Member-count rules need an object.
    pub const fn is_object(d: &TypeDesc) -> bool {
        matches!(d.shape, Shape::Map(_) | Shape::AnyObject | Shape::Object(_))
    }

    /// Whether an object's members, its flattened structs' and tags' included, are
    /// each named once, and at most one flattened map collects the others. serde would
    /// write a name twice (and a JSON reader keep one copy), and two maps would each
    /// claim the unknown members: no validator can say which copy or map counts.
    pub const fn names_members_once(d: &TypeDesc) -> bool {
        match d.shape {
            Shape::Object(object) => each_once(object, object) && maps(object) <= 1,
            _ => true,
        }
    }

    use super::ObjectDesc;

    /// Whether each member name of `object` (flattened ones included) occurs once in `root`.
    const fn each_once(root: &ObjectDesc, object: &ObjectDesc) -> bool {
        let mut i = 0;
        while i < object.fields.len() {
            let f = &object.fields[i];
            let once = match (f.flatten, f.ty.shape) {
                (false, _) => occurrences(root, f.name) == 1,
                (true, Shape::Object(inner)) => each_once(root, inner),
                (true, Shape::Tagged(t)) => {
                    occurrences(root, t.tag) == 1 && occurrences(root, t.content) == 1
                }
                (true, _) => true,
            };
            if !once {
                return false;
            }
            i += 1;
        }
        true
    }

    /// How many members of `object` (flattened ones included) are called `name`.
    const fn occurrences(object: &ObjectDesc, name: &str) -> usize {
        let mut count = 0;
        let mut i = 0;
        while i < object.fields.len() {
            let f = &object.fields[i];
            count += match (f.flatten, f.ty.shape) {
                (false, _) => same(f.name, name) as usize,
                (true, Shape::Object(inner)) => occurrences(inner, name),
                (true, Shape::Tagged(t)) => same(t.tag, name) as usize + same(t.content, name) as usize,
                (true, _) => 0,
            };
            i += 1;
        }
        count
    }

    /// Flattened maps collecting unknown members, flattened structs' included.
    const fn maps(object: &ObjectDesc) -> usize {
        let mut count = 0;
        let mut i = 0;
        while i < object.fields.len() {
            let f = &object.fields[i];
            count += match (f.flatten, f.ty.shape) {
                (true, Shape::Map(_) | Shape::AnyObject) => 1,
                (true, Shape::Object(inner)) => maps(inner),
                _ => 0,
            };
            i += 1;
        }
        count
    }

    const fn same(a: &str, b: &str) -> bool {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if a[i] != b[i] {
                return false;
            }
            i += 1;
        }
        true
    }
}
