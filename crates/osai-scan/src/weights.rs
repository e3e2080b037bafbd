//! Weights file headers: safetensors and GGUF. Only the header is read, through a reader that
//! refuses to go past a byte budget; sizes written in the file are checked against the file's
//! length and against fixed limits before anything is allocated.

use std::collections::BTreeMap;
use std::io::Read;

/// A header that could not be read: where (byte offset) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderError {
    pub offset: u64,
    pub message: String,
}

impl std::fmt::Display for HeaderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "at byte {}: {}", self.offset, self.message)
    }
}

fn err<T>(offset: u64, message: impl Into<String>) -> Result<T, HeaderError> {
    Err(HeaderError {
        offset,
        message: message.into(),
    })
}

/// What a weights header says.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WeightsHeader {
    /// Σ over tensors of the product of the shape (a scalar counts 1).
    pub parameters: u64,
    pub tensors: u64,
    /// Parameters in routed-expert tensors (names with `.experts.` or GGUF's `_exps.`): a
    /// mixture of experts runs only some of them per token. Shared experts are not counted.
    pub expert_parameters: u64,
    /// Parameters per dtype (`BF16`, `F32`, `Q4_K` …).
    pub by_dtype: BTreeMap<String, u64>,
    /// String metadata: safetensors `__metadata__`, GGUF string and number keys.
    pub metadata: BTreeMap<String, String>,
    /// Bytes of header read.
    pub header_bytes: u64,
}

/// The safetensors header limit (the format's reference implementation refuses larger ones).
pub const SAFETENSORS_MAX_HEADER: u64 = 100_000_000;

/// Reads a safetensors header: u64 little-endian length N, then N bytes of JSON.
pub fn read_safetensors(r: &mut impl Read, file_len: u64) -> Result<WeightsHeader, HeaderError> {
    let mut len = [0u8; 8];
    read_exact(r, &mut len, 0)?;
    let n = u64::from_le_bytes(len);
    if n > SAFETENSORS_MAX_HEADER {
        return err(
            0,
            format!("header length {n} is over the {SAFETENSORS_MAX_HEADER}-byte limit"),
        );
    }
    if n > file_len.saturating_sub(8) {
        return err(
            0,
            format!("header length {n} is past the end of the file ({file_len} bytes): truncated?"),
        );
    }
    let json = read_up_to(r, n, 8)?;
    let value: serde_json::Value = serde_json::from_slice(&json).map_err(|e| HeaderError {
        offset: 8,
        message: format!("header is not JSON: {e}"),
    })?;
    let serde_json::Value::Object(map) = value else {
        return err(8, "header is not a JSON object");
    };
    let data_len = file_len - 8 - n;
    let mut h = WeightsHeader {
        header_bytes: 8 + n,
        ..Default::default()
    };
    for (name, info) in &map {
        if name == "__metadata__" {
            if let serde_json::Value::Object(meta) = info {
                for (k, v) in meta {
                    if let Some(s) = v.as_str() {
                        h.metadata.insert(k.clone(), s.to_owned());
                    }
                }
            }
            continue;
        }
        let bad = |what: &str| err(8, format!("tensor `{name}`: {what}"));
        let Some(dtype) = info.get("dtype").and_then(|d| d.as_str()) else {
            return bad("no dtype");
        };
        let Some(shape) = info.get("shape").and_then(|s| s.as_array()) else {
            return bad("no shape");
        };
        let mut count: u64 = 1;
        for d in shape {
            let Some(d) = d.as_u64() else {
                return bad("a dimension is not a non-negative integer");
            };
            count = match count.checked_mul(d) {
                Some(c) => c,
                None => return bad("element count overflows"),
            };
        }
        let Some([begin, end]) = info
            .get("data_offsets")
            .and_then(|o| o.as_array())
            .map(|a| {
                [
                    a.first().and_then(|v| v.as_u64()),
                    a.get(1).and_then(|v| v.as_u64()),
                ]
            })
        else {
            return bad("no data_offsets");
        };
        let (begin, end) = match (begin, end) {
            (Some(b), Some(e)) if b <= e && e <= data_len => (b, e),
            _ => return bad("data offsets outside the file"),
        };
        if let Some(bits) = safetensors_bits(dtype)
            && count.checked_mul(bits) != (end - begin).checked_mul(8)
        {
            return bad(&format!(
                "shape declares {count} {dtype} values but the data holds {} bytes",
                end - begin
            ));
        }
        h.tensors += 1;
        h.parameters = h.parameters.saturating_add(count);
        if is_routed_expert(name) {
            h.expert_parameters = h.expert_parameters.saturating_add(count);
        }
        let n = h.by_dtype.entry(dtype.to_owned()).or_default();
        *n = n.saturating_add(count);
    }
    Ok(h)
}

/// A routed expert's tensor: `….experts.3.w1.weight` (Mixtral, DeepSeek, Qwen MoE) or GGUF's
/// stacked `blk.0.ffn_up_exps.weight`; `shared_experts` run for every token and are not.
fn is_routed_expert(name: &str) -> bool {
    name.contains(".experts.") || name.contains("_exps.")
}

/// Bits per value of a safetensors dtype; `None` for one osai does not know (not checked).
fn safetensors_bits(dtype: &str) -> Option<u64> {
    Some(match dtype {
        "BOOL" | "U8" | "I8" | "F8_E5M2" | "F8_E4M3" | "F8_E8M0" => 8,
        "U16" | "I16" | "F16" | "BF16" => 16,
        "U32" | "I32" | "F32" => 32,
        "U64" | "I64" | "F64" | "C64" => 64,
        "F6_E2M3" | "F6_E3M2" => 6,
        "F4" => 4,
        _ => return None,
    })
}

/// Reads exactly `n` bytes, growing the buffer as they arrive: a truncated file with a large
/// declared length fails without allocating that length.
fn read_up_to(r: &mut impl Read, n: u64, offset: u64) -> Result<Vec<u8>, HeaderError> {
    let mut buf = Vec::with_capacity(n.min(1 << 16) as usize);
    r.take(n).read_to_end(&mut buf).map_err(|e| HeaderError {
        offset,
        message: e.to_string(),
    })?;
    if (buf.len() as u64) < n {
        return err(
            offset + buf.len() as u64,
            format!("file ends inside the header (needed {n} bytes here)"),
        );
    }
    Ok(buf)
}

fn read_exact(r: &mut impl Read, buf: &mut [u8], offset: u64) -> Result<(), HeaderError> {
    r.read_exact(buf).map_err(|e| HeaderError {
        offset,
        message: if e.kind() == std::io::ErrorKind::UnexpectedEof {
            format!(
                "file ends inside the header (needed {} bytes here)",
                buf.len()
            )
        } else {
            e.to_string()
        },
    })
}

/// GGUF limits: no real file comes near them; a file that does is malformed or hostile.
pub const GGUF_MAX_HEADER: u64 = 1 << 30;
const GGUF_MAX_STRING: u64 = 1 << 24;
const GGUF_MAX_COUNT: u64 = 1 << 24;
const GGUF_MAX_DIMS: u32 = 8;
const GGUF_MAX_DEPTH: u32 = 4;

/// A reader over the header that counts bytes and stops at a budget.
struct Budget<'r, R: Read> {
    r: &'r mut R,
    pos: u64,
    limit: u64,
    version: u32,
}

impl<R: Read> Budget<'_, R> {
    fn bytes<const N: usize>(&mut self) -> Result<[u8; N], HeaderError> {
        if self.pos + N as u64 > self.limit {
            return err(
                self.pos,
                "header runs past the end of the file or its size limit",
            );
        }
        let mut b = [0u8; N];
        read_exact(self.r, &mut b, self.pos)?;
        self.pos += N as u64;
        Ok(b)
    }

    fn u32(&mut self) -> Result<u32, HeaderError> {
        self.bytes::<4>().map(u32::from_le_bytes)
    }

    fn u64(&mut self) -> Result<u64, HeaderError> {
        self.bytes::<8>().map(u64::from_le_bytes)
    }

    /// A count or length: u32 in version 1, u64 after.
    fn len(&mut self) -> Result<u64, HeaderError> {
        if self.version == 1 {
            self.u32().map(u64::from)
        } else {
            self.u64()
        }
    }

    fn skip(&mut self, n: u64) -> Result<(), HeaderError> {
        if self.pos.saturating_add(n) > self.limit {
            return err(
                self.pos,
                "header runs past the end of the file or its size limit",
            );
        }
        let copied =
            std::io::copy(&mut self.r.take(n), &mut std::io::sink()).map_err(|e| HeaderError {
                offset: self.pos,
                message: e.to_string(),
            })?;
        if copied < n {
            return err(self.pos + copied, "file ends inside the header");
        }
        self.pos += n;
        Ok(())
    }

    fn string(&mut self, keep: bool) -> Result<Option<String>, HeaderError> {
        let at = self.pos;
        let n = self.len()?;
        if n > GGUF_MAX_STRING {
            return err(at, format!("string length {n} is over the limit"));
        }
        if !keep {
            self.skip(n)?;
            return Ok(None);
        }
        if self.pos + n > self.limit {
            return err(
                self.pos,
                "header runs past the end of the file or its size limit",
            );
        }
        let buf = read_up_to(self.r, n, self.pos)?;
        self.pos += n;
        Ok(Some(String::from_utf8_lossy(&buf).into_owned()))
    }
}

/// The size in bytes of a fixed-size GGUF value type, `None` for string and array.
fn gguf_scalar_size(t: u32) -> Option<u64> {
    Some(match t {
        0 | 1 | 7 => 1,
        2 | 3 => 2,
        4..=6 => 4,
        10..=12 => 8,
        _ => return None,
    })
}

fn gguf_value<R: Read>(
    b: &mut Budget<'_, R>,
    t: u32,
    depth: u32,
) -> Result<Option<String>, HeaderError> {
    let at = b.pos;
    Ok(match t {
        0 => Some(b.bytes::<1>()?[0].to_string()),
        1 => Some((b.bytes::<1>()?[0] as i8).to_string()),
        2 => Some(u16::from_le_bytes(b.bytes::<2>()?).to_string()),
        3 => Some(i16::from_le_bytes(b.bytes::<2>()?).to_string()),
        4 => Some(b.u32()?.to_string()),
        5 => Some(i32::from_le_bytes(b.bytes::<4>()?).to_string()),
        6 => Some(f32::from_le_bytes(b.bytes::<4>()?).to_string()),
        7 => Some((b.bytes::<1>()?[0] != 0).to_string()),
        8 => b.string(true)?,
        9 => {
            if depth >= GGUF_MAX_DEPTH {
                return err(at, "arrays nested too deep");
            }
            let elem = b.u32()?;
            let count = b.len()?;
            if count > GGUF_MAX_COUNT {
                return err(at, format!("array of {count} elements is over the limit"));
            }
            // Arrays (vocabularies, scores, merges) are skipped, not stored.
            match gguf_scalar_size(elem) {
                Some(size) => b.skip(count.saturating_mul(size))?,
                None => {
                    for _ in 0..count {
                        match elem {
                            8 => {
                                b.string(false)?;
                            }
                            9 => {
                                gguf_value(b, 9, depth + 1)?;
                            }
                            other => return err(b.pos, format!("unknown value type {other}")),
                        }
                    }
                }
            }
            Some(format!("[{count} values]"))
        }
        10 => Some(b.u64()?.to_string()),
        11 => Some(i64::from_le_bytes(b.bytes::<8>()?).to_string()),
        12 => Some(f64::from_le_bytes(b.bytes::<8>()?).to_string()),
        other => return err(at, format!("unknown value type {other}")),
    })
}

/// The ggml tensor types: (id, name, values a block, bytes a block).
const GGML_TYPES: &[(u32, &str, u64, u64)] = &[
    (0, "F32", 1, 4),
    (1, "F16", 1, 2),
    (2, "Q4_0", 32, 18),
    (3, "Q4_1", 32, 20),
    (6, "Q5_0", 32, 22),
    (7, "Q5_1", 32, 24),
    (8, "Q8_0", 32, 34),
    (9, "Q8_1", 32, 36),
    (10, "Q2_K", 256, 84),
    (11, "Q3_K", 256, 110),
    (12, "Q4_K", 256, 144),
    (13, "Q5_K", 256, 176),
    (14, "Q6_K", 256, 210),
    (15, "Q8_K", 256, 292),
    (16, "IQ2_XXS", 256, 66),
    (17, "IQ2_XS", 256, 74),
    (18, "IQ3_XXS", 256, 98),
    (19, "IQ1_S", 256, 50),
    (20, "IQ4_NL", 32, 18),
    (21, "IQ3_S", 256, 110),
    (22, "IQ2_S", 256, 82),
    (23, "IQ4_XS", 256, 136),
    (24, "I8", 1, 1),
    (25, "I16", 1, 2),
    (26, "I32", 1, 4),
    (27, "I64", 1, 8),
    (28, "F64", 1, 8),
    (29, "IQ1_M", 256, 56),
    (30, "BF16", 1, 2),
    (34, "TQ1_0", 256, 54),
    (35, "TQ2_0", 256, 66),
    (39, "MXFP4", 32, 17),
];

fn ggml(t: u32) -> Option<&'static (u32, &'static str, u64, u64)> {
    GGML_TYPES.iter().find(|x| x.0 == t)
}

/// The bytes `count` values of ggml type `t` take, in whole blocks. A type osai does not know
/// is taken at one bit a value, below every real type, so the check against the file's
/// length only refuses what cannot be.
pub fn ggml_bytes(t: u32, count: u64) -> u64 {
    let (values, bytes) = ggml(t).map_or((8, 1), |x| (x.2, x.3));
    count.div_ceil(values).saturating_mul(bytes)
}

/// The name of a ggml tensor type.
fn ggml_type(t: u32) -> String {
    ggml(t).map_or_else(|| format!("type-{t}"), |x| x.1.to_owned())
}

/// Reads a GGUF header (versions 1 to 3, little-endian): key/value metadata and tensor infos.
pub fn read_gguf(r: &mut impl Read, file_len: u64) -> Result<WeightsHeader, HeaderError> {
    let mut b = Budget {
        r,
        pos: 0,
        limit: file_len.min(GGUF_MAX_HEADER),
        version: 3,
    };
    if &b.bytes::<4>()? != b"GGUF" {
        return err(0, "not a GGUF file (no `GGUF` magic)");
    }
    let version = b.u32()?;
    if !(1..=3).contains(&version) {
        return err(
            4,
            format!("GGUF version {version} is not one osai reads (1 to 3)"),
        );
    }
    b.version = version;
    let tensor_count = b.len()?;
    let kv_count = b.len()?;
    if tensor_count > GGUF_MAX_COUNT || kv_count > GGUF_MAX_COUNT {
        return err(
            8,
            format!("{tensor_count} tensors and {kv_count} keys: over the limit"),
        );
    }
    let mut h = WeightsHeader::default();
    let mut data_bytes: u64 = 0;
    for _ in 0..kv_count {
        let key = b.string(true)?.unwrap_or_default();
        let t = b.u32()?;
        if let Some(v) = gguf_value(&mut b, t, 0)?
            && t != 9
        {
            h.metadata.insert(key, v);
        }
    }
    for _ in 0..tensor_count {
        let name_at = b.pos;
        let name = b.string(true)?.unwrap_or_default();
        let dims = b.u32()?;
        if dims > GGUF_MAX_DIMS {
            return err(name_at, format!("tensor with {dims} dimensions"));
        }
        let mut count: u64 = 1;
        for _ in 0..dims {
            let d = b.u64()?;
            count = match count.checked_mul(d) {
                Some(c) => c,
                None => return err(name_at, "tensor element count overflows"),
            };
        }
        let t = b.u32()?;
        let offset = b.u64()?;
        let bytes = ggml_bytes(t, count);
        let end = offset.checked_add(bytes);
        data_bytes = data_bytes.saturating_add(bytes);
        if end.is_none_or(|e| e > file_len) || data_bytes > file_len {
            return err(
                name_at,
                format!(
                    "tensors declare at least {data_bytes} bytes of data but the file has {file_len}: truncated, or not a real model"
                ),
            );
        }
        h.tensors += 1;
        h.parameters = h.parameters.saturating_add(count);
        if is_routed_expert(&name) {
            h.expert_parameters = h.expert_parameters.saturating_add(count);
        }
        let n = h.by_dtype.entry(ggml_type(t)).or_default();
        *n = n.saturating_add(count);
    }
    h.header_bytes = b.pos;
    if h.header_bytes.saturating_add(data_bytes) > file_len {
        return err(
            h.header_bytes,
            format!(
                "tensors declare {data_bytes} bytes of data after a {}-byte header, but the file has {file_len}: truncated, or not a real model",
                h.header_bytes
            ),
        );
    }
    h.metadata
        .insert("gguf.version".into(), version.to_string());
    Ok(h)
}

/// A Git LFS pointer (a clone without LFS): the real file's size, from its `size` line.
pub fn lfs_pointer(head: &[u8]) -> Option<u64> {
    let text = std::str::from_utf8(head).ok()?;
    if !text.starts_with("version https://git-lfs") {
        return None;
    }
    text.lines()
        .find_map(|l| l.strip_prefix("size "))
        .and_then(|s| s.trim().parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lfs_pointers_give_the_size() {
        let p = b"version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 4938985248\n";
        assert_eq!(lfs_pointer(p), Some(4_938_985_248));
        assert_eq!(lfs_pointer(b"\x08\0\0\0"), None);
    }

    /// A GGUF v3 file with one F32 tensor of `dims` and `data` bytes after the header.
    fn gguf_with(dims: &[u64], data: usize) -> Vec<u8> {
        let mut g = b"GGUF".to_vec();
        g.extend_from_slice(&3u32.to_le_bytes());
        g.extend_from_slice(&1u64.to_le_bytes()); // tensors
        g.extend_from_slice(&0u64.to_le_bytes()); // keys
        g.extend_from_slice(&1u64.to_le_bytes());
        g.push(b'w');
        g.extend_from_slice(&(dims.len() as u32).to_le_bytes());
        for d in dims {
            g.extend_from_slice(&d.to_le_bytes());
        }
        g.extend_from_slice(&0u32.to_le_bytes()); // F32
        g.extend_from_slice(&0u64.to_le_bytes()); // offset
        g.resize(g.len() + data, 0);
        g
    }

    #[test]
    fn gguf_sizes_are_checked_against_the_file() {
        let ok = gguf_with(&[4, 4], 64);
        let h = read_gguf(&mut ok.as_slice(), ok.len() as u64).unwrap();
        assert_eq!(h.parameters, 16);
        // 95 bytes declaring 2^62 values: refused, not 4.6e18 parameters.
        let huge = gguf_with(&[1 << 31, 1 << 31], 0);
        let e = read_gguf(&mut huge.as_slice(), huge.len() as u64).unwrap_err();
        assert!(e.message.contains("but the file has"), "{e}");
        let short = gguf_with(&[4, 4], 63);
        assert!(read_gguf(&mut short.as_slice(), short.len() as u64).is_err());
    }

    #[test]
    fn gguf_dtype_sums_saturate_instead_of_overflowing() {
        // Two tensors of 2^63 values each in one dtype, in a file that claims to be large
        // enough: the per-dtype sum saturates (it overflowed before, a panic in debug builds).
        let mut g = b"GGUF".to_vec();
        g.extend_from_slice(&3u32.to_le_bytes());
        g.extend_from_slice(&2u64.to_le_bytes());
        g.extend_from_slice(&0u64.to_le_bytes());
        for _ in 0..2 {
            g.extend_from_slice(&1u64.to_le_bytes());
            g.push(b'w');
            g.extend_from_slice(&1u32.to_le_bytes());
            g.extend_from_slice(&(1u64 << 63).to_le_bytes());
            g.extend_from_slice(&99u32.to_le_bytes()); // unknown type: one bit a value
            g.extend_from_slice(&0u64.to_le_bytes());
        }
        let h = read_gguf(&mut g.as_slice(), u64::MAX).unwrap();
        assert_eq!(h.by_dtype["type-99"], u64::MAX);
    }

    #[test]
    fn safetensors_shapes_must_match_their_bytes() {
        let st = |json: &str, data: usize| {
            let mut b = (json.len() as u64).to_le_bytes().to_vec();
            b.extend_from_slice(json.as_bytes());
            b.resize(b.len() + data, 0);
            b
        };
        let ok = st(
            r#"{"w":{"dtype":"BF16","shape":[2,3],"data_offsets":[0,12]}}"#,
            12,
        );
        assert_eq!(
            read_safetensors(&mut ok.as_slice(), ok.len() as u64)
                .unwrap()
                .parameters,
            6
        );
        let lie = st(
            r#"{"w":{"dtype":"BF16","shape":[100000,100000],"data_offsets":[0,12]}}"#,
            12,
        );
        let e = read_safetensors(&mut lie.as_slice(), lie.len() as u64).unwrap_err();
        assert!(e.message.contains("the data holds 12 bytes"), "{e}");
    }

    #[test]
    fn a_huge_declared_length_is_an_error_not_an_allocation() {
        let mut bytes = (1u64 << 63).to_le_bytes().to_vec();
        bytes.extend_from_slice(b"{}");
        let e = read_safetensors(&mut bytes.as_slice(), bytes.len() as u64).unwrap_err();
        assert!(e.message.contains("over the"), "{e}");
        let mut g = b"GGUF".to_vec();
        g.extend_from_slice(&3u32.to_le_bytes());
        g.extend_from_slice(&0u64.to_le_bytes());
        g.extend_from_slice(&1u64.to_le_bytes());
        g.extend_from_slice(&(1u64 << 62).to_le_bytes()); // key length
        let e = read_gguf(&mut g.as_slice(), 1 << 40).unwrap_err();
        assert!(e.message.contains("over the limit"), "{e}");
    }
}
