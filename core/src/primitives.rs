//! [`Payload`] for the JSON primitives the message definitions use.

use std::collections::{BTreeMap, HashMap};

use serde_json::{Map, Value};

use crate::model::{Payload, Shape, TypeDesc};

const fn plain(shape: Shape) -> TypeDesc {
    TypeDesc { name: None, description: "", shape, checks: &[] }
}

impl Payload for String {
    const DESC: &'static TypeDesc = &plain(Shape::String);
}

impl Payload for bool {
    const DESC: &'static TypeDesc = &plain(Shape::Boolean);
}

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl Payload for $t {
            const DESC: &'static TypeDesc = &plain(Shape::Integer);
        }
    )*};
}
integers!(i32, i64, u32, u64);

impl<T: Payload> Payload for Option<T> {
    const DESC: &'static TypeDesc = T::DESC;
    const OPTIONAL: bool = true;
}

impl<T: Payload> Payload for Vec<T> {
    const DESC: &'static TypeDesc = &plain(Shape::Array(T::DESC));
}

impl<T: Payload> Payload for BTreeMap<String, T> {
    const DESC: &'static TypeDesc = &plain(Shape::Map(T::DESC));
}

impl<T: Payload, S> Payload for HashMap<String, T, S> {
    const DESC: &'static TypeDesc = &plain(Shape::Map(T::DESC));
}

impl Payload for Map<String, Value> {
    const DESC: &'static TypeDesc = &plain(Shape::AnyObject);
}

impl Payload for Value {
    const DESC: &'static TypeDesc = &plain(Shape::Any);
}
