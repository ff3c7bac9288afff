//! Writes the type's typed validator: `Payload::typed_clean` and its helpers, the
//! verdict on the Rust value as serde's derive would serialize it, read from the
//! fields directly (no JSON, no `Serializer`).
//!
//! Each named member is present unless its `skip_serializing_if` holds; a present
//! one is judged by its type (`typed_clean`) and then by the member's compiled plan
//! on what the type shows of itself (`typed_view`); a missing one by whether the
//! model needs it. Flattened fields judge their own members. Whatever cannot be
//! told from the fields (custom checks, a flattened map's member named like one the
//! object knows, a flattened field serde leaves out, a field the model does not
//! describe) answers `None`, and the caller judges the value's serialization instead
//! (`easemob_payload::fast::typed`).

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::{Container, Data, Field};

/// The typed items of the `Payload` impl.
pub fn validator(c: &Container) -> TokenStream {
    match &c.data {
        Data::Object(fields) => object(c, fields),
        Data::Newtype(inner) => quote! {
            #[inline]
            fn typed_clean(&self, limits: &::easemob_payload::Limits) -> ::core::option::Option<bool> {
                if !<#inner as ::easemob_payload::Payload>::typed_clean(&self.0, limits)? {
                    return ::core::option::Option::Some(false);
                }
                <Self as ::easemob_payload::Payload>::DESC
                    .plan
                    .passes_view(<#inner as ::easemob_payload::Payload>::typed_view(&self.0), limits)
            }

            #[inline]
            fn typed_view(&self) -> ::easemob_payload::fast::View<'_> {
                <#inner as ::easemob_payload::Payload>::typed_view(&self.0)
            }

            fn typed_clean_flattened(
                &self,
                within: &'static ::easemob_payload::model::ObjectDesc,
                limits: &::easemob_payload::Limits,
            ) -> ::core::option::Option<bool> {
                <#inner as ::easemob_payload::Payload>::typed_clean_flattened(&self.0, within, limits)
            }

            #[inline]
            fn typed_len(&self) -> ::core::option::Option<usize> {
                <#inner as ::easemob_payload::Payload>::typed_len(&self.0)
            }

            fn typed_members_len(
                &self,
                within: &'static ::easemob_payload::model::ObjectDesc,
            ) -> ::core::option::Option<(usize, usize)> {
                <#inner as ::easemob_payload::Payload>::typed_members_len(&self.0, within)
            }
        },
        Data::Tagged { tag, content: content_name, variants } => {
            let arms = variants.iter().map(|v| {
                let (ident, ty) = (v.ident, v.ty);
                quote!(Self::#ident(content) => <#ty as ::easemob_payload::Payload>::typed_clean(content, limits),)
            });
            let len_arms = variants.iter().map(|v| {
                let (ident, ty) = (v.ident, v.ty);
                quote!(Self::#ident(content) => <#ty as ::easemob_payload::Payload>::typed_len(content),)
            });
            let name_arms = variants.iter().map(|v| {
                let (ident, name) = (v.ident, &v.wire_name);
                quote!(Self::#ident(_) => #name,)
            });
            quote! {
                fn typed_clean(&self, limits: &::easemob_payload::Limits) -> ::core::option::Option<bool> {
                    // Rules on the enum itself would need the object's member count.
                    if !<Self as ::easemob_payload::Payload>::DESC.plan.is_empty() {
                        return ::core::option::Option::None;
                    }
                    <Self as ::easemob_payload::Payload>::typed_content_clean(self, limits)
                }

                fn typed_clean_flattened(
                    &self,
                    _: &'static ::easemob_payload::model::ObjectDesc,
                    limits: &::easemob_payload::Limits,
                ) -> ::core::option::Option<bool> {
                    <Self as ::easemob_payload::Payload>::typed_content_clean(self, limits)
                }

                // serde writes the variant's name as the tag, then its content.
                fn typed_content_clean(&self, limits: &::easemob_payload::Limits) -> ::core::option::Option<bool> {
                    #[allow(unreachable_patterns)] // a `skip`ped variant fails to serialize
                    match self {
                        #(#arms)*
                        _ => ::core::option::Option::None,
                    }
                }

                fn typed_content_len(&self) -> ::core::option::Option<usize> {
                    #[allow(unreachable_patterns)]
                    match self {
                        #(#len_arms)*
                        _ => ::core::option::Option::None,
                    }
                }

                fn typed_len(&self) -> ::core::option::Option<usize> {
                    let (_, bytes) = <Self as ::easemob_payload::Payload>::typed_members_len(self, ::easemob_payload::fast::NO_MEMBERS)?;
                    ::core::option::Option::Some(2 + bytes + 1)
                }

                // `"tag":"name"` and `"content":...`.
                fn typed_members_len(
                    &self,
                    _: &'static ::easemob_payload::model::ObjectDesc,
                ) -> ::core::option::Option<(usize, usize)> {
                    #[allow(unreachable_patterns)]
                    let name: &str = match self {
                        #(#name_arms)*
                        _ => return ::core::option::Option::None,
                    };
                    let content = <Self as ::easemob_payload::Payload>::typed_content_len(self)?;
                    let string_len = ::easemob_payload::size::string_len;
                    ::core::option::Option::Some((2, string_len(#tag) + 1 + string_len(name) + string_len(#content_name) + 1 + content))
                }
            }
        }
    }
}

fn object(c: &Container, fields: &[Field]) -> TokenStream {
    let named: Vec<(usize, &Field)> = fields.iter().enumerate().filter(|(_, f)| !f.flatten).collect();
    let present = presence(&named);
    let members = named.iter().map(|(i, f)| member(f, *i, &named));
    let flattened = fields.iter().filter(|f| f.flatten).map(|f| {
        let (ident, ty) = (&f.ident, f.ty);
        // A flattened field serde leaves out writes none of its members, which may leave
        // out what it requires: the serialization judges that.
        let skipped = match &f.skip_serializing_if {
            Some(path) => quote!(if #path(&self.#ident) { return ::core::option::Option::None; }),
            None => quote!(),
        };
        quote! {
            #skipped
            if !<#ty as ::easemob_payload::Payload>::typed_clean_flattened(&self.#ident, within, limits)? {
                return ::core::option::Option::Some(false);
            }
        }
    });
    let member_lens = named.iter().map(|(i, f)| {
        let (ident, name, present) = (&f.ident, &f.wire_name, present_ident(*i));
        quote! {
            if #present {
                count += 1;
                bytes += string_len(#name) + 1 + ::easemob_payload::Payload::typed_len(&self.#ident)?;
            }
        }
    });
    let flattened_lens = fields.iter().filter(|f| f.flatten).map(|f| {
        let (ident, ty) = (&f.ident, f.ty);
        let written = match &f.skip_serializing_if {
            Some(path) => quote!(!#path(&self.#ident)),
            None => quote!(true),
        };
        quote! {
            if #written {
                let (more, more_bytes) = <#ty as ::easemob_payload::Payload>::typed_members_len(&self.#ident, within)?;
                count += more;
                bytes += more_bytes;
            }
        }
    });
    let presence_again = presence(&named);
    let members_len = if c.writes_unmodelled {
        quote!(::core::option::Option::None)
    } else {
        quote! {{
            if !<Self as ::easemob_payload::Payload>::NAMES_ONCE {
                return ::core::option::Option::None;
            }
            let string_len = ::easemob_payload::size::string_len;
            let (mut count, mut bytes) = (0usize, 0usize);
            #(#presence_again)*
            #(#member_lens)*
            #(#flattened_lens)*
            ::core::option::Option::Some((count, bytes))
        }}
    };
    let undecidable = c.writes_unmodelled || !c.attrs.checks.is_empty();
    let fields_clean = if c.writes_unmodelled {
        quote!(::core::option::Option::None)
    } else {
        quote! {{
            if !<Self as ::easemob_payload::Payload>::NAMES_ONCE {
                return ::core::option::Option::None;
            }
            let fields = ::easemob_payload::fast::fields(<Self as ::easemob_payload::Payload>::DESC);
            #(#present)*
            #(#members)*
            #(#flattened)*
            ::core::option::Option::Some(true)
        }}
    };
    quote! {
        const NAMES_ONCE: bool =
            ::easemob_payload::model::kind::names_members_once(<Self as ::easemob_payload::Payload>::DESC);

        fn typed_fields_clean(&self, limits: &::easemob_payload::Limits) -> ::core::option::Option<bool> {
            let within = ::easemob_payload::fast::object_of(<Self as ::easemob_payload::Payload>::DESC)?;
            <Self as ::easemob_payload::Payload>::typed_fields_clean_within(self, within, limits)
        }

        fn typed_fields_clean_within(
            &self,
            within: &'static ::easemob_payload::model::ObjectDesc,
            limits: &::easemob_payload::Limits,
        ) -> ::core::option::Option<bool> {
            #fields_clean
        }

        fn typed_clean(&self, limits: &::easemob_payload::Limits) -> ::core::option::Option<bool> {
            // Custom checks read the JSON object.
            if #undecidable {
                return ::core::option::Option::None;
            }
            if !<Self as ::easemob_payload::Payload>::typed_fields_clean(self, limits)? {
                return ::core::option::Option::Some(false);
            }
            // Rules on the object itself count its members.
            let plan = &<Self as ::easemob_payload::Payload>::DESC.plan;
            if plan.is_empty() {
                return ::core::option::Option::Some(true);
            }
            let within = ::easemob_payload::fast::object_of(<Self as ::easemob_payload::Payload>::DESC)?;
            let (count, _) = <Self as ::easemob_payload::Payload>::typed_members_len(self, within)?;
            ::core::option::Option::Some(plan.passes_members(count))
        }

        fn typed_clean_flattened(
            &self,
            within: &'static ::easemob_payload::model::ObjectDesc,
            limits: &::easemob_payload::Limits,
        ) -> ::core::option::Option<bool> {
            if #undecidable {
                return ::core::option::Option::None;
            }
            <Self as ::easemob_payload::Payload>::typed_fields_clean_within(self, within, limits)
        }

        fn typed_len(&self) -> ::core::option::Option<usize> {
            let within = ::easemob_payload::fast::object_of(<Self as ::easemob_payload::Payload>::DESC)?;
            let (count, bytes) = <Self as ::easemob_payload::Payload>::typed_members_len(self, within)?;
            ::core::option::Option::Some(2 + bytes + count.saturating_sub(1))
        }

        fn typed_members_len(
            &self,
            within: &'static ::easemob_payload::model::ObjectDesc,
        ) -> ::core::option::Option<(usize, usize)> {
            #members_len
        }
    }
}

/// `let present_i = ...;` for each named field: written unless its `skip_serializing_if` holds.
fn presence(named: &[(usize, &Field)]) -> Vec<TokenStream> {
    named
        .iter()
        .map(|(i, f)| {
            let (ident, present) = (&f.ident, present_ident(*i));
            match &f.skip_serializing_if {
                Some(path) => quote!(let #present: bool = !#path(&self.#ident);),
                None => quote!(let #present: bool = true;),
            }
        })
        .collect()
}

fn present_ident(i: usize) -> syn::Ident {
    quote::format_ident!("present_{}", i)
}

/// A named member: judged when present, missed when the model needs it.
fn member(f: &Field, i: usize, named: &[(usize, &Field)]) -> TokenStream {
    let (ident, ty, present) = (&f.ident, f.ty, present_ident(i));
    let required = crate::expand::required(f, ty);
    let recommended = f.recommended.is_some();
    // `required_with` another member: its presence, when it is one of these fields.
    let when_missing = match &f.required_with {
        None => quote!(if #required || #recommended { return ::core::option::Option::Some(false); }),
        Some(other) => match named.iter().find(|(_, g)| g.wire_name == other.value()) {
            Some((j, _)) => {
                let other_present = present_ident(*j);
                quote!(if #required || #recommended || #other_present { return ::core::option::Option::Some(false); })
            }
            // `check` accepts only a sibling named field; kept total all the same.
            None => quote!(return ::core::option::Option::None;),
        },
    };
    quote! {
        if #present {
            if !::easemob_payload::fast::member_clean(&self.#ident, &fields[#i].plan, limits)? {
                return ::core::option::Option::Some(false);
            }
        } else {
            #when_missing
        }
    }
}
