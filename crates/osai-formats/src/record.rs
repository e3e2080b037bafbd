//! A reader for one JSON Lines record written for the manifest's own shape, used by the batch
//! path before serde. It walks the bytes once, borrows every string it only needs to look at,
//! and takes no detour through serde's generic field matching.
//!
//! It accepts only what it fully understands. Anything else — a key it does not know, a key
//! given twice, a `null` where serde wants a value, `evidence` or `profiles`, a missing required
//! field — gives `None`, and the caller reads the record with serde as before. So accepting a
//! record never changes what it means: where this reader gives a manifest, serde gives the same
//! one (tested on every example, fixture and corpus file, and on mutated records; see the
//! `record` fuzz target). Scalars whose grammar is subtle (numbers, escaped strings, enum names,
//! dates) are handed to serde itself.

use std::borrow::Cow;
use std::collections::BTreeMap;

use osai_engine::component::ComponentId;
use osai_engine::manifest::{
    Component, ComponentMap, DataInformation, DataSource, Disclosure, Facts, LicenseDefaults,
    Manifest, Release,
};
use serde::Deserialize;
use serde::de::value::{Error as NameError, F64Deserializer, StrDeserializer, U64Deserializer};

/// The manifest in `text` (one JSON object), or `None` when serde should read it.
pub fn manifest(text: &str) -> Option<Manifest> {
    read(text, true)
}

/// [`manifest`] without the components' descriptions, free text that an assessment reads only
/// when [`osai_engine::Engine::reads_descriptions`] says so; a record is accepted or refused
/// exactly as by [`manifest`].
pub fn manifest_without_descriptions(text: &str) -> Option<Manifest> {
    read(text, false)
}

fn read(text: &str, descriptions: bool) -> Option<Manifest> {
    let mut c = Cursor {
        text,
        bytes: text.as_bytes(),
        at: 0,
        descriptions,
    };
    let m = c.manifest()?;
    c.skip_space();
    (c.at == c.bytes.len()).then_some(m)
}

/// The index of the first byte that ends a plain run of string: `"`, `\\` or a control
/// character. Eight bytes at a time: a byte of a word is flagged when it equals one of the
/// two or is below 0x20; a borrow can only flag bytes above a real hit, so the lowest flag is
/// the first hit.
#[inline(always)]
fn special(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = ONES << 7;
    let zero_byte = |w: u64| w.wrapping_sub(ONES) & !w;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        // XOR with 0x02 takes `"` to 0x20 and keeps the control characters below it: one
        // less-than test finds both.
        let t = w ^ (ONES * 0x02);
        let hits =
            (zero_byte(w ^ (ONES * u64::from(b'\\'))) | (t.wrapping_sub(ONES * 0x21) & !t)) & HIGH;
        if hits != 0 {
            return Some(at + hits.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    let tail = chunks.remainder();
    let i = tail
        .iter()
        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
    Some(at + i)
}

/// A JSON number without sign or exponent whose digits (sixteen at most) make an integer of at
/// most 2^53 (`7`, `165000000.0`, `772000000000.0001`). Its value is that integer divided by
/// a power of ten, both exact in an `f64`: one rounding, the correct one, which is what
/// serde_json computes for such a number too (tested to the bit). Others go to serde.
enum Plain {
    /// No point: serde sees an integer.
    Integer(u64),
    /// A point: serde sees a float, which no integer field accepts.
    Float(f64),
}

fn plain_number(text: &str) -> Option<Plain> {
    let bytes = text.as_bytes();
    // Sixteen digits and a point at most, so the digits cannot overflow a u64.
    if bytes.is_empty() || bytes.len() > 17 || (bytes[0] == b'0' && bytes.get(1) != Some(&b'.')) {
        return None;
    }
    let mut n = 0u64;
    let mut point = None;
    for (i, b) in bytes.iter().enumerate() {
        match b {
            b'0'..=b'9' => n = n * 10 + u64::from(b - b'0'),
            b'.' if i > 0 && i + 1 < bytes.len() && point.is_none() => point = Some(i),
            _ => return None,
        }
    }
    if n > 1 << 53 {
        return None;
    }
    Some(match point {
        None => Plain::Integer(n),
        Some(i) => Plain::Float(n as f64 / POWERS_OF_TEN[bytes.len() - i - 1]),
    })
}

/// 10^0 to 10^22, the powers of ten an `f64` holds exactly.
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// A number below 64 from a key's length and first, middle and last bytes. The factors are
/// chosen so that no two field names of one manifest object share a number (tested), so the
/// fallback is only taken for keys the manifest does not have.
fn fingerprint(key: &[u8]) -> u32 {
    let (Some(first), Some(last)) = (key.first(), key.last()) else {
        return 0;
    };
    let n = key.len();
    let mixed =
        n * 13 + usize::from(*first) * 7 + usize::from(*last) * 13 + usize::from(key[n / 2]) * 3;
    (mixed % 64) as u32
}

struct Cursor<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    /// Keep the components' descriptions (else only checked, not copied).
    descriptions: bool,
}

impl<'a> Cursor<'a> {
    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    /// Compact records have no white space: look once before skipping any.
    fn eat(&mut self, byte: u8) -> bool {
        if self.bytes.get(self.at) != Some(&byte) {
            self.skip_space();
            if self.bytes.get(self.at) != Some(&byte) {
                return false;
            }
        }
        self.at += 1;
        true
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        self.eat(byte).then_some(())
    }

    #[inline(always)]
    fn literal(&mut self, word: &str) -> bool {
        self.skip_space();
        let here = self.bytes[self.at..].starts_with(word.as_bytes());
        if here {
            self.at += word.len();
        }
        here
    }

    #[inline(always)]
    fn string(&mut self) -> Option<Cow<'a, str>> {
        self.expect(b'"')?;
        let start = self.at;
        let end = start + special(&self.bytes[start..])?;
        if self.bytes[end] == b'"' {
            self.at = end + 1;
            return self.text.get(start..end).map(Cow::Borrowed);
        }
        self.escaped(start, end)
    }

    /// The rest of a string that stopped at `end` on something other than its closing quote:
    /// an escape (the whole string is then decoded by serde) or a raw control character,
    /// which JSON strings may not hold.
    #[inline(never)]
    fn escaped(&mut self, start: usize, end: usize) -> Option<Cow<'a, str>> {
        let mut i = end;
        while self.bytes[i] == b'\\' {
            i += 2;
            i += special(self.bytes.get(i..)?)?;
        }
        if self.bytes[i] != b'"' {
            return None;
        }
        self.at = i + 1;
        serde_json::from_str(self.text.get(start - 1..=i)?)
            .ok()
            .map(Cow::Owned)
    }

    /// A key: never escaped in the manifest's own keys (an escaped one is left to serde).
    #[inline(always)]
    fn key(&mut self) -> Option<&'a str> {
        self.expect(b'"')?;
        let start = self.at;
        let end = start + special(&self.bytes[start..])?;
        if self.bytes[end] != b'"' {
            return None;
        }
        self.at = end + 1;
        self.text.get(start..end)
    }

    fn owned(&mut self) -> Option<String> {
        self.string().map(Cow::into_owned)
    }

    /// `null` (consumed) gives `Some(None)`; otherwise `read` decides.
    fn nullable<T>(&mut self, read: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        if self.literal("null") {
            Some(None)
        } else {
            read(self).map(Some)
        }
    }

    #[inline(always)]
    fn boolean(&mut self) -> Option<bool> {
        if self.literal("true") {
            Some(true)
        } else if self.literal("false") {
            Some(false)
        } else {
            None
        }
    }

    fn number<T: serde::de::DeserializeOwned>(&mut self) -> Option<T> {
        self.skip_space();
        let start = self.at;
        while let Some(b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E') = self.bytes.get(self.at) {
            self.at += 1;
        }
        let text = &self.text[start..self.at];
        match plain_number(text) {
            Some(Plain::Integer(n)) => T::deserialize(U64Deserializer::<NameError>::new(n)).ok(),
            Some(Plain::Float(x)) => T::deserialize(F64Deserializer::<NameError>::new(x)).ok(),
            None => serde_json::from_str(text).ok(),
        }
    }

    /// A string read as a serde enum, date or other name-like value.
    fn named<T: for<'de> Deserialize<'de>>(&mut self) -> Option<T> {
        let s = self.string()?;
        T::deserialize(StrDeserializer::<NameError>::new(&s)).ok()
    }

    #[inline(always)]
    fn disclosure(&mut self) -> Option<Disclosure> {
        self.skip_space();
        match self.bytes.get(self.at)? {
            b'"' => match self.string()?.as_ref() {
                "partial" => Some(Disclosure::Partial),
                "unknown" => Some(Disclosure::Unknown),
                _ => None,
            },
            _ => self
                .boolean()
                .map(|b| if b { Disclosure::Yes } else { Disclosure::No }),
        }
    }

    fn array<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        self.expect(b'[')?;
        let mut items = Vec::new();
        if self.eat(b']') {
            return Some(items);
        }
        loop {
            items.push(item(self)?);
            if !self.eat(b',') {
                self.expect(b']')?;
                return Some(items);
            }
        }
    }

    /// Calls `field` with each key, the cursor on its value. A key given twice refuses the
    /// object, as serde does for struct fields. (Keys are told apart by a fingerprint: two
    /// different keys that share one refuse too, which costs only the fallback.)
    fn object(&mut self, mut field: impl FnMut(&mut Self, &str) -> Option<()>) -> Option<()> {
        self.expect(b'{')?;
        if self.eat(b'}') {
            return Some(());
        }
        let mut seen = 0u64;
        loop {
            let key = self.key()?;
            let bit = 1u64 << fingerprint(key.as_bytes());
            if seen & bit != 0 {
                return None;
            }
            seen |= bit;
            self.expect(b':')?;
            field(self, key)?;
            if !self.eat(b',') {
                return self.expect(b'}');
            }
        }
    }

    fn manifest(&mut self) -> Option<Manifest> {
        let (mut osai, mut release) = (None, None);
        let mut licenses = LicenseDefaults::default();
        let mut components = None;
        let mut data_information = DataInformation::default();
        let mut facts = Facts::default();
        self.object(|c, key| {
            match key {
                "osai" => osai = Some(c.number()?),
                "release" => release = Some(c.release()?),
                "licenses" => licenses = c.licenses()?,
                "components" => components = Some(c.components()?),
                "data_information" => data_information = c.data_information()?,
                "facts" => facts = c.facts()?,
                _ => return None,
            };
            Some(())
        })?;
        Some(Manifest {
            osai: osai?,
            release: release?,
            licenses,
            components: components.unwrap_or_default(),
            components_complete: true,
            data_information,
            facts,
            profiles: BTreeMap::new(),
            evidence: Vec::new(),
        })
    }

    fn release(&mut self) -> Option<Release> {
        let (mut name, mut kind) = (None, None);
        let (mut version, mut producer, mut date, mut release_type) = (None, None, None, None);
        let (mut repository, mut huggingface) = (None, None);
        self.object(|c, key| {
            match key {
                "name" => name = Some(c.owned()?),
                "kind" => kind = Some(c.named()?),
                "version" => version = c.nullable(Self::owned)?,
                "producer" => producer = c.nullable(Self::owned)?,
                "date" => date = c.nullable(Self::named)?,
                "type" => release_type = c.nullable(Self::named)?,
                "repository" => repository = c.nullable(Self::owned)?,
                "huggingface" => huggingface = c.nullable(Self::owned)?,
                _ => return None,
            };
            Some(())
        })?;
        let mut release = Release::new(name?, kind?);
        release.version = version;
        release.producer = producer;
        release.date = date;
        release.release_type = release_type;
        release.repository = repository;
        release.huggingface = huggingface;
        Some(release)
    }

    fn licenses(&mut self) -> Option<LicenseDefaults> {
        let mut l = LicenseDefaults::default();
        self.object(|c, key| {
            *l.slot_mut(key)? = c.nullable(Self::owned)?;
            Some(())
        })?;
        Some(l)
    }

    fn components(&mut self) -> Option<ComponentMap> {
        let mut components = ComponentMap::new();
        self.object(|c, key| {
            let id = ComponentId::from_key(key)?;
            components.insert(id, c.component()?);
            Some(())
        })?;
        Some(components)
    }

    fn component(&mut self) -> Option<Component> {
        let mut comp = Component::default();
        self.object(|c, key| {
            match key {
                "published" => comp.published = c.disclosure()?,
                "location" => comp.location = c.nullable(Self::owned)?,
                "license" => comp.license = c.nullable(Self::owned)?,
                "license_file" => comp.license_file = c.nullable(Self::owned)?,
                "description" if c.descriptions => comp.description = c.nullable(Self::owned)?,
                "description" => drop(c.nullable(Self::string)?),
                "sources" => comp.sources = c.array(Self::source)?,
                _ => return None,
            };
            Some(())
        })?;
        Some(comp)
    }

    fn source(&mut self) -> Option<DataSource> {
        let mut name = None;
        let (mut class, mut license, mut location, mut tokens) = (None, None, None, None);
        self.object(|c, key| {
            match key {
                "name" => name = Some(c.owned()?),
                "class" => class = c.nullable(Self::named)?,
                "license" => license = c.nullable(Self::owned)?,
                "location" => location = c.nullable(Self::owned)?,
                "tokens" => tokens = c.nullable(Self::number)?,
                _ => return None,
            };
            Some(())
        })?;
        Some(DataSource {
            name: name?,
            class,
            license,
            location,
            tokens,
        })
    }

    fn data_information(&mut self) -> Option<DataInformation> {
        let mut d = DataInformation::default();
        self.object(|c, key| {
            match d.item_mut(key) {
                Some(item) => *item = c.nullable(Self::disclosure)?,
                None if key == "license" => d.license = c.nullable(Self::owned)?,
                None => return None,
            }
            Some(())
        })?;
        Some(d)
    }

    fn facts(&mut self) -> Option<Facts> {
        let mut f = Facts::default();
        self.object(|c, key| {
            match key {
                "general_purpose" => f.general_purpose = c.nullable(Self::boolean)?,
                "output_modalities" => {
                    f.output_modalities = c.nullable(|c| c.array(Self::named))?
                }
                "parameters" => f.parameters = c.nullable(Self::number)?,
                "active_parameters" => f.active_parameters = c.nullable(Self::number)?,
                "mixture_of_experts" => f.mixture_of_experts = c.nullable(Self::boolean)?,
                "training_tokens" => f.training_tokens = c.nullable(Self::number)?,
                "training_compute_flop" => f.training_compute_flop = c.nullable(Self::number)?,
                "systemic_risk_designated" => {
                    f.systemic_risk_designated = c.nullable(Self::boolean)?
                }
                "monetised" => f.monetised = c.nullable(Self::boolean)?,
                "eu_market" => f.eu_market = c.nullable(Self::boolean)?,
                "placed_on_market" => f.placed_on_market = c.nullable(Self::named)?,
                "modified_from" => f.modified_from = c.nullable(Self::owned)?,
                "modification_compute_flop" => {
                    f.modification_compute_flop = c.nullable(Self::number)?
                }
                "intended_purposes" => {
                    f.intended_purposes = c.nullable(|c| c.array(Self::owned))?
                }
                "prohibited_practices" => {
                    f.prohibited_practices = c.nullable(|c| c.array(Self::owned))?
                }
                "transparency" => f.transparency = c.nullable(|c| c.array(Self::owned))?,
                "models" => f.models = c.nullable(|c| c.array(Self::owned))?,
                "article_6_3_derogation" => f.article_6_3_derogation = c.nullable(Self::boolean)?,
                "original_training_compute_flop" => {
                    f.original_training_compute_flop = c.nullable(Self::number)?
                }
                "original_systemic_risk" => f.original_systemic_risk = c.nullable(Self::boolean)?,
                "provider_established_in_eu" => {
                    f.provider_established_in_eu = c.nullable(Self::boolean)?
                }
                _ => return None,
            };
            Some(())
        })?;
        Some(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn special_finds_the_first_quote_backslash_or_control(
            bytes in proptest::collection::vec(
                prop_oneof![8 => 0x20u8..0x7f, 1 => Just(b'"'), 1 => Just(b'\\'), 1 => 0u8..0x20, 2 => 0x80u8..=0xff],
                0..80,
            )
        ) {
            let naive = bytes.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20);
            prop_assert_eq!(special(&bytes), naive);
        }
    }

    /// Every object of the manifest schema, and the component ids: no two keys of one object
    /// share a fingerprint, so a record the manifest allows never falls back for that reason.
    #[test]
    fn field_names_of_one_object_never_share_a_fingerprint() {
        fn objects(v: &serde_json::Value, out: &mut Vec<Vec<String>>) {
            match v {
                serde_json::Value::Object(map) => {
                    if let Some(serde_json::Value::Object(props)) = map.get("properties") {
                        out.push(props.keys().cloned().collect());
                    }
                    map.values().for_each(|v| objects(v, out));
                }
                serde_json::Value::Array(items) => items.iter().for_each(|v| objects(v, out)),
                _ => {}
            }
        }
        let schema = serde_json::to_value(schemars::schema_for!(Manifest)).expect("schema");
        let mut lists = Vec::new();
        objects(&schema, &mut lists);
        lists.push(
            ComponentId::ALL
                .iter()
                .map(|c| c.info().key.to_owned())
                .collect(),
        );
        assert!(
            lists.len() >= 6,
            "only {} objects in the schema",
            lists.len()
        );
        for names in &lists {
            let mut prints: Vec<u32> = names.iter().map(|n| fingerprint(n.as_bytes())).collect();
            prints.sort_unstable();
            prints.dedup();
            assert_eq!(
                prints.len(),
                names.len(),
                "a shared fingerprint in {names:?}"
            );
        }
    }
}
