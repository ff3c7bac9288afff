//! The checked model: what `check` has accepted, each rule compiled into the model
//! expression the derive emits (patterns compiled, severities and limits resolved,
//! server texts attached). `expand`, `fast` and `typed` emit from this and the parsed
//! names; none of them reads a rule attribute again.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::Ident;

use crate::ast::{Container, Data, EnumValue, Limit, NumberLit, RuleAttr, RuleKind};
use crate::ctxt::Ctxt;
use crate::pattern;

/// The compiled rules of a container and of each of its fields (in field order).
pub struct Checked {
    /// The container's own rules.
    pub own: Vec<TokenStream>,
    /// Each field's rules; empty for a newtype or an enum.
    pub fields: Vec<Vec<TokenStream>>,
}

/// Compiles every rule of `c` (after `check::container` has accepted the set).
pub fn compile(cx: &Ctxt, c: &Container) -> Checked {
    let compile_all = |rules: &[RuleAttr]| rules.iter().filter_map(|r| rule(cx, r)).collect::<Vec<_>>();
    let fields = match &c.data {
        Data::Object(fields) => fields.iter().map(|f| compile_all(&f.rules)).collect(),
        _ => Vec::new(),
    };
    Checked { own: compile_all(&c.attrs.rules), fields }
}

/// One rule as its model expression (`model::Check { rule, severity, server, why }`),
/// its pattern compiled; `None` (with the error recorded) when the pattern is refused.
fn rule(cx: &Ctxt, r: &RuleAttr) -> Option<TokenStream> {
    let rule = match &r.kind {
        RuleKind::MinLength(n) => usize_rule("MinLength", *n),
        RuleKind::MaxLength(n) => usize_rule("MaxLength", *n),
        RuleKind::Pattern(lit) => {
            let pattern = pattern::compile(cx, lit)?;
            quote!(Pattern(#pattern))
        }
        RuleKind::Constant(value) => quote!(Const(#value)),
        RuleKind::OneOf(values) => {
            let values = values.iter().map(|v| match v {
                EnumValue::Str(s) => quote!(::easemob_payload::model::Literal::Str(#s)),
                EnumValue::Int(i, _) => quote!(::easemob_payload::model::Literal::Int(#i)),
            });
            quote!(Enum(&[#(#values),*]))
        }
        RuleKind::Lowercase => quote!(Lowercase),
        RuleKind::Minimum(n) => {
            let n = bound(*n);
            quote!(Minimum(#n))
        }
        RuleKind::Maximum(n) => {
            let n = bound(*n);
            quote!(Maximum(#n))
        }
        RuleKind::MinItems(n) => usize_rule("MinItems", *n),
        RuleKind::MaxItems(Limit::Fixed(n)) => {
            let n = *n as usize;
            quote!(MaxItems(::easemob_payload::model::Limit::Fixed(#n)))
        }
        RuleKind::MaxItems(Limit::Setting(variant)) => {
            let variant = Ident::new(variant, r.span);
            quote!(MaxItems(::easemob_payload::model::Limit::Setting(::easemob_payload::limits::Setting::#variant)))
        }
        RuleKind::UniqueItems { case_fold } => quote!(UniqueItems { case_fold: #case_fold }),
        RuleKind::MinProperties(n) => usize_rule("MinProperties", *n),
        RuleKind::MaxProperties(n) => usize_rule("MaxProperties", *n),
    };
    let severity = if r.warning { quote!(Warning) } else { quote!(Error) };
    let server = option(r.server.as_ref());
    let why = option(r.why.as_ref());
    Some(quote!(::easemob_payload::model::Check {
        rule: ::easemob_payload::model::Rule::#rule,
        severity: ::easemob_payload::Severity::#severity,
        server: #server,
        why: #why,
    }))
}

fn usize_rule(variant: &str, n: u64) -> TokenStream {
    let variant = Ident::new(variant, Span::call_site());
    let n = n as usize;
    quote!(#variant(#n))
}

/// `Some(value)` or `None` as tokens.
pub fn option<T: ToTokens>(value: Option<T>) -> TokenStream {
    match value {
        Some(v) => quote!(::core::option::Option::Some(#v)),
        None => quote!(::core::option::Option::None),
    }
}

/// A `minimum` or `maximum` bound as the model's `Bound`.
fn bound(n: NumberLit) -> TokenStream {
    match n {
        NumberLit::Int(i) => quote!(::easemob_payload::model::Bound::Int(#i)),
        NumberLit::Float(x) => quote!(::easemob_payload::model::Bound::Float(#x)),
    }
}
