//! Writes the type's generated validator: `Payload::is_clean` and its helpers for
//! flattened use, specialised to the type.
//!
//! Members are matched by one `match` on the name; each member's rules run as a
//! `Plan` the `const` model compiles at compile time (`easemob_payload::fast`);
//! the field types' own validators are called directly, so the whole check of a
//! message is one tree of monomorphic calls. The verdict only: the interpreter
//! writes the report when there is something to report.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::{Container, Data, Field};

/// The items of the `Payload` impl that make up the generated validator.
pub fn validator(c: &Container) -> TokenStream {
    match &c.data {
        Data::Object(fields) => object(c, fields),
        Data::Newtype(inner) => newtype(inner),
        Data::Tagged { tag, content, variants } => {
            let names = variants.iter().map(|v| &v.wire_name);
            let types = variants.iter().map(|v| v.ty);
            quote! {

                #[inline]
                fn is_clean(value: &::easemob_payload::__private::Value, limits: &::easemob_payload::Limits) -> bool {
                    match value {
                        ::easemob_payload::__private::Value::Object(map) => {
                            <Self as ::easemob_payload::Payload>::clean_flattened(map, limits)
                                && <Self as ::easemob_payload::Payload>::DESC.plan.passes(value, limits)
                        }
                        _ => false,
                    }
                }

                fn clean_member(
                    key: &str,
                    _: &::easemob_payload::__private::Value,
                    _: &::easemob_payload::Limits,
                ) -> ::core::option::Option<bool> {
                    // Tag and content are checked together, by `clean_flattened`.
                    (key == #tag || key == #content).then_some(true)
                }

                #[inline]
                fn clean_flattened(
                    map: &::easemob_payload::__private::Map<::std::string::String, ::easemob_payload::__private::Value>,
                    limits: &::easemob_payload::Limits,
                ) -> bool {
                    let (::core::option::Option::Some(::easemob_payload::__private::Value::String(name)), ::core::option::Option::Some(content)) =
                        (map.get(#tag), map.get(#content))
                    else {
                        return false;
                    };
                    match name.as_str() {
                        #(#names => <#types as ::easemob_payload::Payload>::is_clean(content, limits),)*
                        _ => false,
                    }
                }
            }
        }
    }
}

fn newtype(inner: &syn::Type) -> TokenStream {
    quote! {

        #[inline]
        fn is_clean(value: &::easemob_payload::__private::Value, limits: &::easemob_payload::Limits) -> bool {
            <#inner as ::easemob_payload::Payload>::is_clean(value, limits) && <Self as ::easemob_payload::Payload>::DESC.plan.passes(value, limits)
        }

        fn clean_member(
            key: &str,
            value: &::easemob_payload::__private::Value,
            limits: &::easemob_payload::Limits,
        ) -> ::core::option::Option<bool> {
            <#inner as ::easemob_payload::Payload>::clean_member(key, value, limits)
        }

        fn clean_flattened(
            map: &::easemob_payload::__private::Map<::std::string::String, ::easemob_payload::__private::Value>,
            limits: &::easemob_payload::Limits,
        ) -> bool {
            <#inner as ::easemob_payload::Payload>::clean_flattened(map, limits)
        }

        fn clean_rest(
            value: &::easemob_payload::__private::Value,
            limits: &::easemob_payload::Limits,
        ) -> ::core::option::Option<bool> {
            <#inner as ::easemob_payload::Payload>::clean_rest(value, limits)
        }
    }
}

fn object(c: &Container, fields: &[Field]) -> TokenStream {
    // The members this object names itself, with their index into the model's fields.
    let named: Vec<(usize, &Field)> = fields.iter().enumerate().filter(|(_, f)| !f.flatten).collect();
    let flattened: Vec<&syn::Type> = fields.iter().filter(|f| f.flatten).map(|f| f.ty).collect();
    let arms = named.iter().enumerate().map(|(slot, (i, f))| {
        let (name, ty) = (&f.wire_name, f.ty);
        quote! {
            #name => {
                seen[#slot] = true;
                if !(<#ty as ::easemob_payload::Payload>::is_clean(member, limits) && ::easemob_payload::fast::fields(<Self as ::easemob_payload::Payload>::DESC)[#i].plan.passes(member, limits)) {
                    return false;
                }
            }
        }
    });
    let member_arms = named.iter().map(|(i, f)| {
        let (name, ty) = (&f.wire_name, f.ty);
        quote! {
            #name => ::core::option::Option::Some(
                <#ty as ::easemob_payload::Payload>::is_clean(value, limits) && ::easemob_payload::fast::fields(<Self as ::easemob_payload::Payload>::DESC)[#i].plan.passes(value, limits)
            ),
        }
    });
    let by_flattened = quote! {
        ::core::option::Option::None
            #(.or_else(|| <#flattened as ::easemob_payload::Payload>::clean_member(key, member, limits)))*
    };
    let by_flattened_in_member = quote! {
        ::core::option::Option::None
            #(.or_else(|| <#flattened as ::easemob_payload::Payload>::clean_member(key, value, limits)))*
    };
    let rest = quote! {
        ::core::option::Option::None
            #(.or_else(|| <#flattened as ::easemob_payload::Payload>::clean_rest(member, limits)))*
    };
    let rest_of_value = quote! {
        ::core::option::Option::None
            #(.or_else(|| <#flattened as ::easemob_payload::Payload>::clean_rest(value, limits)))*
    };
    // A member no field declares, as `rules::object` judges it.
    let unknown = match (c.attrs.unknown_fields_allow, &c.attrs.reserved_prefix) {
        (false, _) => quote! {
            if #rest != ::core::option::Option::Some(true) {
                return false;
            }
        },
        (true, None) => quote! {},
        (true, Some(prefix)) => quote! {
            if key.starts_with(#prefix) {
                return false;
            }
        },
    };
    let missing_seen = named.iter().enumerate().map(|(slot, (_, f))| missing(f, quote!(seen[#slot])));
    let missing_in_map = named.iter().map(|(_, f)| {
        let name = &f.wire_name;
        missing(f, quote!(map.contains_key(#name)))
    });
    let slots = named.len();
    let customs = (!c.attrs.checks.is_empty()).then(|| {
        quote! {
            if !::easemob_payload::fast::customs_pass(<Self as ::easemob_payload::Payload>::DESC, map, limits) {
                return false;
            }
        }
    });
    quote! {

        fn is_clean(value: &::easemob_payload::__private::Value, limits: &::easemob_payload::Limits) -> bool {
            let ::easemob_payload::__private::Value::Object(map) = value else {
                return false;
            };
            let mut seen = [false; #slots];
            for (key, member) in map {
                match key.as_str() {
                    #(#arms)*
                    key => match #by_flattened {
                        ::core::option::Option::Some(true) => {}
                        ::core::option::Option::Some(false) => return false,
                        ::core::option::Option::None => { #unknown }
                    },
                }
            }
            #(#missing_seen)*
            #(if !<#flattened as ::easemob_payload::Payload>::clean_flattened(map, limits) { return false; })*
            #customs
            <Self as ::easemob_payload::Payload>::DESC.plan.passes(value, limits)
        }

        fn clean_member(
            key: &str,
            value: &::easemob_payload::__private::Value,
            limits: &::easemob_payload::Limits,
        ) -> ::core::option::Option<bool> {
            match key {
                #(#member_arms)*
                _ => #by_flattened_in_member,
            }
        }

        fn clean_flattened(
            map: &::easemob_payload::__private::Map<::std::string::String, ::easemob_payload::__private::Value>,
            limits: &::easemob_payload::Limits,
        ) -> bool {
            #(#missing_in_map)*
            #(if !<#flattened as ::easemob_payload::Payload>::clean_flattened(map, limits) { return false; })*
            #customs
            true
        }

        fn clean_rest(
            value: &::easemob_payload::__private::Value,
            limits: &::easemob_payload::Limits,
        ) -> ::core::option::Option<bool> {
            #rest_of_value
        }
    }
}

/// `return false` when the member is missing and that is a violation: required, a
/// `required_with` whose other member is present, or recommended. `present` says
/// whether it is there.
fn missing(f: &Field, present: TokenStream) -> TokenStream {
    let ty = f.ty;
    let required = crate::expand::required(f, ty);
    let recommended = f.recommended.is_some();
    let required_with = match &f.required_with {
        Some(other) => quote!(map.contains_key(#other)),
        None => quote!(false),
    };
    // The `const` part first: an optional member never looks itself up.
    quote! {
        if (#required || #recommended || #required_with) && !(#present) {
            return false;
        }
    }
}
