//! `to_dict()`: a node as plain Python values (dicts, lists, str, int, bool, None), built
//! straight from the model's `Serialize` implementations.
//!
//! It gives what `json.loads(node.to_json())` gives, and used to be computed that way; but
//! parsing the JSON text back cost seven times the parse itself (350 ms for the 2,000
//! documents of bench.py, whose JSON is 14.8 MB). Here no text is written or read: each
//! struct becomes a dict whose keys are made once per call and shared by every dict (like
//! json.loads' key memo), each sequence a list. Where serde_json would write something
//! json.loads reads differently, this follows json.loads: non-finite floats become None,
//! bytes a list of ints, a newtype variant `{"Variant": value}`.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyList, PyString};
use pyo3::BoundObject;
use serde::ser::{self, Serialize};
use std::collections::HashMap;
use std::fmt;

/// `value` as Python values, the same as `json.loads` of its serde_json text.
pub fn to_python<'py, T: Serialize + ?Sized>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    let mut keys = Keys {
        py,
        made: HashMap::new(),
    };
    value
        .serialize(ToPython { keys: &mut keys })
        .map_err(|Error(e)| e)
}

/// The Python strings of the struct field names met so far in one call, by the address of
/// the `&'static str` serde passes (the same field always passes the same string).
struct Keys<'py> {
    py: Python<'py>,
    made: HashMap<(usize, usize), Bound<'py, PyString>>,
}

impl<'py> Keys<'py> {
    fn of(&mut self, name: &'static str) -> Bound<'py, PyString> {
        let py = self.py;
        self.made
            .entry((name.as_ptr() as usize, name.len()))
            .or_insert_with(|| PyString::new(py, name))
            .clone()
    }
}

/// A Python exception carried through serde's error type.
pub struct Error(PyErr);

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(PyValueError::new_err(msg.to_string()))
    }
}

impl From<PyErr> for Error {
    fn from(e: PyErr) -> Self {
        Error(e)
    }
}

type Result<T, E = Error> = std::result::Result<T, E>;

/// The serializer: one per value; the key cache is shared down the tree.
struct ToPython<'a, 'py> {
    keys: &'a mut Keys<'py>,
}

impl<'a, 'py> ToPython<'a, 'py> {
    fn py(&self) -> Python<'py> {
        self.keys.py
    }

    fn int<I>(self, v: I) -> Result<Bound<'py, PyAny>>
    where
        I: IntoPyObject<'py>,
        PyErr: From<I::Error>,
    {
        Ok(v.into_pyobject(self.py())
            .map_err(PyErr::from)?
            .into_any()
            .into_bound())
    }

    /// `{variant: value}`, serde_json's form of a variant that carries data.
    fn tagged(
        keys: &mut Keys<'py>,
        variant: &'static str,
        value: Bound<'py, PyAny>,
    ) -> Result<Bound<'py, PyAny>> {
        let dict = PyDict::new(keys.py);
        dict.set_item(keys.of(variant), value)?;
        Ok(dict.into_any())
    }
}

/// A sequence being collected; `variant` wraps it as `{variant: [...]}` at the end.
struct Seq<'a, 'py> {
    keys: &'a mut Keys<'py>,
    items: Vec<Bound<'py, PyAny>>,
    variant: Option<&'static str>,
}

impl<'py> Seq<'_, 'py> {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        let item = value.serialize(ToPython { keys: self.keys })?;
        self.items.push(item);
        Ok(())
    }

    fn finish(self) -> Result<Bound<'py, PyAny>> {
        let list = PyList::new(self.keys.py, self.items)?.into_any();
        match self.variant {
            Some(variant) => ToPython::tagged(self.keys, variant, list),
            None => Ok(list),
        }
    }
}

/// A struct or map being filled; `variant` as in [`Seq`]. `key` holds a map's key until its
/// value comes.
struct Dict<'a, 'py> {
    keys: &'a mut Keys<'py>,
    dict: Bound<'py, PyDict>,
    key: Option<Bound<'py, PyAny>>,
    variant: Option<&'static str>,
}

impl<'py> Dict<'_, 'py> {
    fn field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) -> Result<()> {
        let value = value.serialize(ToPython { keys: self.keys })?;
        self.dict.set_item(self.keys.of(name), value)?;
        Ok(())
    }

    fn finish(self) -> Result<Bound<'py, PyAny>> {
        let dict = self.dict.into_any();
        match self.variant {
            Some(variant) => ToPython::tagged(self.keys, variant, dict),
            None => Ok(dict),
        }
    }
}

impl<'a, 'py> ser::Serializer for ToPython<'a, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    type SerializeSeq = Seq<'a, 'py>;
    type SerializeTuple = Seq<'a, 'py>;
    type SerializeTupleStruct = Seq<'a, 'py>;
    type SerializeTupleVariant = Seq<'a, 'py>;
    type SerializeMap = Dict<'a, 'py>;
    type SerializeStruct = Dict<'a, 'py>;
    type SerializeStructVariant = Dict<'a, 'py>;

    fn serialize_bool(self, v: bool) -> Result<Self::Ok> {
        Ok(PyBool::new(self.py(), v).to_owned().into_any())
    }
    fn serialize_i8(self, v: i8) -> Result<Self::Ok> {
        self.int(v)
    }
    fn serialize_i16(self, v: i16) -> Result<Self::Ok> {
        self.int(v)
    }
    fn serialize_i32(self, v: i32) -> Result<Self::Ok> {
        self.int(v)
    }
    fn serialize_i64(self, v: i64) -> Result<Self::Ok> {
        self.int(v)
    }
    fn serialize_i128(self, v: i128) -> Result<Self::Ok> {
        self.int(v)
    }
    fn serialize_u8(self, v: u8) -> Result<Self::Ok> {
        self.int(v)
    }
    fn serialize_u16(self, v: u16) -> Result<Self::Ok> {
        self.int(v)
    }
    fn serialize_u32(self, v: u32) -> Result<Self::Ok> {
        self.int(v)
    }
    fn serialize_u64(self, v: u64) -> Result<Self::Ok> {
        self.int(v)
    }
    fn serialize_u128(self, v: u128) -> Result<Self::Ok> {
        self.int(v)
    }
    fn serialize_f32(self, v: f32) -> Result<Self::Ok> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<Self::Ok> {
        // serde_json writes NaN and the infinities as null.
        if v.is_finite() {
            Ok(PyFloat::new(self.py(), v).into_any())
        } else {
            self.serialize_none()
        }
    }
    fn serialize_char(self, v: char) -> Result<Self::Ok> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<Self::Ok> {
        Ok(PyString::new(self.py(), v).into_any())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Self::Ok> {
        Ok(PyList::new(self.py(), v)?.into_any())
    }
    fn serialize_none(self) -> Result<Self::Ok> {
        Ok(self.py().None().into_bound(self.py()))
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Self::Ok> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Self::Ok> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<Self::Ok> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<Self::Ok> {
        Ok(self.keys.of(variant).into_any())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<Self::Ok> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Self::Ok> {
        let value = value.serialize(ToPython { keys: self.keys })?;
        ToPython::tagged(self.keys, variant, value)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq> {
        Ok(Seq {
            keys: self.keys,
            items: Vec::with_capacity(len.unwrap_or(0)),
            variant: None,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        let mut seq = self.serialize_seq(Some(len))?;
        seq.variant = Some(variant);
        Ok(seq)
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap> {
        let dict = PyDict::new(self.py());
        Ok(Dict {
            keys: self.keys,
            dict,
            key: None,
            variant: None,
        })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Self::SerializeStruct> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant> {
        let mut dict = self.serialize_map(Some(len))?;
        dict.variant = Some(variant);
        Ok(dict)
    }
}

/// serde's four sequence traits, all a [`Seq`]: each element pushed, the list made at the end.
macro_rules! seq_like {
    ($($tr:ident :: $element:ident),*) => {$(
        impl<'py> ser::$tr for Seq<'_, 'py> {
            type Ok = Bound<'py, PyAny>;
            type Error = Error;
            fn $element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
                self.push(value)
            }
            fn end(self) -> Result<Self::Ok> {
                self.finish()
            }
        }
    )*};
}
seq_like!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl<'py> ser::SerializeMap for Dict<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<()> {
        // JSON object keys are strings: a key of another kind is an error here, where
        // serde_json would quote numbers and fail on the rest (the model has no maps).
        let key = key.serialize(ToPython { keys: self.keys })?;
        if !key.is_instance_of::<PyString>() {
            return Err(ser::Error::custom("to_dict: map keys must be strings"));
        }
        self.key = Some(key);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        let key = self
            .key
            .take()
            .ok_or_else(|| <Error as ser::Error>::custom("to_dict: a map value without a key"))?;
        let value = value.serialize(ToPython { keys: self.keys })?;
        self.dict.set_item(key, value)?;
        Ok(())
    }
    fn end(self) -> Result<Self::Ok> {
        self.finish()
    }
}

/// serde's two struct traits, both a [`Dict`] filled field by field.
macro_rules! struct_like {
    ($($tr:ident),*) => {$(
        impl<'py> ser::$tr for Dict<'_, 'py> {
            type Ok = Bound<'py, PyAny>;
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<()> {
                self.field(key, value)
            }
            fn end(self) -> Result<Self::Ok> {
                self.finish()
            }
        }
    )*};
}
struct_like!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use std::collections::BTreeMap;

    /// Every serde shape, including those the model does not use, against what
    /// `json.loads(serde_json::to_string(value))` reads.
    #[derive(Serialize)]
    enum Shape {
        Unit,
        Newtype(u8),
        Tuple(u8, bool),
        Struct { a: Option<i64>, label: &'static str },
    }

    #[derive(Serialize)]
    struct Everything {
        small: i8,
        big: u64,
        negative: i64,
        float: f64,
        not_finite: f32,
        letter: char,
        bytes: serde_bytes_like::Bytes,
        none: Option<u8>,
        unit: (),
        shapes: Vec<Shape>,
        pair: (u8, &'static str),
        map: BTreeMap<&'static str, u32>,
    }

    mod serde_bytes_like {
        /// A byte string serialised with `serialize_bytes` (serde's default for `[u8]` is a
        /// sequence).
        pub struct Bytes(pub &'static [u8]);
        impl serde::Serialize for Bytes {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_bytes(self.0)
            }
        }
    }

    #[test]
    fn every_serde_shape_reads_as_json_loads_reads_serde_json() {
        let value = Everything {
            small: -3,
            big: u64::MAX,
            negative: -1 << 40,
            float: 2.5,
            not_finite: f32::NAN,
            letter: 'é',
            bytes: serde_bytes_like::Bytes(b"ab"),
            none: None,
            unit: (),
            shapes: vec![
                Shape::Unit,
                Shape::Newtype(7),
                Shape::Tuple(1, true),
                Shape::Struct {
                    a: Some(-2),
                    label: "x",
                },
            ],
            pair: (4, "four"),
            map: BTreeMap::from([("k", 1), ("j", 2)]),
        };
        let json = serde_json::to_string(&value).unwrap();
        Python::initialize();
        Python::attach(|py| {
            let ours = to_python(py, &value).unwrap();
            let loads = py.import("json").unwrap().getattr("loads").unwrap();
            let theirs = loads.call1((json.as_str(),)).unwrap();
            assert!(ours.eq(&theirs).unwrap(), "{ours} != {theirs}");
            // Keys are made once a call: two dicts' "label" are one object (a longer name
            // than one letter, which CPython keeps as a singleton anyway).
            let two = [
                Shape::Struct {
                    a: None,
                    label: "1",
                },
                Shape::Struct {
                    a: None,
                    label: "2",
                },
            ];
            let two = to_python(py, &two).unwrap();
            let label_key = |i: usize| -> Bound<'_, PyAny> {
                let dict = two.get_item(i).unwrap().get_item("Struct").unwrap();
                let keys = dict.call_method0("keys").unwrap();
                keys.try_iter().unwrap().nth(1).unwrap().unwrap()
            };
            assert!(label_key(0).is(label_key(1)));
            // A map with a key that is not a string is an error, not a silent int key.
            let err = to_python(py, &BTreeMap::from([(1, 2)])).unwrap_err();
            assert!(
                err.to_string().contains("map keys must be strings"),
                "{err}"
            );
        });
    }
}
