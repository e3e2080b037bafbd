//! Writers for tiny weights files, for tests, benchmarks and fuzzing seeds. The data region is
//! made with `set_len`, so a file of any size is sparse and costs no disk.

use std::io::Write;
use std::path::Path;

/// Bytes per element of a safetensors dtype (1 for unknown ones).
fn width(dtype: &str) -> u64 {
    match dtype {
        "F64" | "I64" | "U64" | "C64" => 8,
        "F32" | "I32" | "U32" => 4,
        "F16" | "BF16" | "I16" | "U16" => 2,
        _ => 1,
    }
}

/// A safetensors header for `tensors` (name, dtype, shape) and the data length it describes.
pub fn safetensors_header(tensors: &[(&str, &str, &[u64])]) -> (Vec<u8>, u64) {
    let mut offset = 0u64;
    let mut map = serde_json::Map::new();
    map.insert("__metadata__".into(), serde_json::json!({ "format": "pt" }));
    for (name, dtype, shape) in tensors {
        let n: u64 = shape.iter().product::<u64>() * width(dtype);
        map.insert(
            (*name).to_owned(),
            serde_json::json!({ "dtype": dtype, "shape": shape, "data_offsets": [offset, offset + n] }),
        );
        offset += n;
    }
    let mut json = serde_json::to_vec(&serde_json::Value::Object(map)).unwrap_or_default();
    while !json.len().is_multiple_of(8) {
        json.push(b' ');
    }
    let mut out = (json.len() as u64).to_le_bytes().to_vec();
    out.extend_from_slice(&json);
    (out, offset)
}

/// Writes a safetensors file whose data region is at least `min_len` bytes long (sparse).
pub fn write_safetensors(
    path: &Path,
    tensors: &[(&str, &str, &[u64])],
    min_len: u64,
) -> std::io::Result<()> {
    let (header, data) = safetensors_header(tensors);
    let mut f = std::fs::File::create(path)?;
    f.write_all(&header)?;
    f.set_len((header.len() as u64 + data).max(min_len))
}

fn gguf_string(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&(s.len() as u64).to_le_bytes());
    out.extend_from_slice(s.as_bytes());
}

/// A GGUF v3 header with string metadata, one token array, and `tensors` (name, dims, type).
pub fn gguf_header(
    meta: &[(&str, &str)],
    tokens: usize,
    tensors: &[(&str, &[u64], u32)],
) -> Vec<u8> {
    let mut out = b"GGUF".to_vec();
    out.extend_from_slice(&3u32.to_le_bytes());
    out.extend_from_slice(&(tensors.len() as u64).to_le_bytes());
    out.extend_from_slice(&(meta.len() as u64 + 2).to_le_bytes());
    for (k, v) in meta {
        gguf_string(&mut out, k);
        out.extend_from_slice(&8u32.to_le_bytes());
        gguf_string(&mut out, v);
    }
    gguf_string(&mut out, "general.alignment");
    out.extend_from_slice(&4u32.to_le_bytes());
    out.extend_from_slice(&32u32.to_le_bytes());
    gguf_string(&mut out, "tokenizer.ggml.tokens");
    out.extend_from_slice(&9u32.to_le_bytes());
    out.extend_from_slice(&8u32.to_le_bytes());
    out.extend_from_slice(&(tokens as u64).to_le_bytes());
    for i in 0..tokens {
        gguf_string(&mut out, &format!("tok{i}"));
    }
    let mut offset = 0u64;
    for (name, dims, t) in tensors {
        gguf_string(&mut out, name);
        out.extend_from_slice(&(dims.len() as u32).to_le_bytes());
        for d in *dims {
            out.extend_from_slice(&d.to_le_bytes());
        }
        out.extend_from_slice(&t.to_le_bytes());
        out.extend_from_slice(&offset.to_le_bytes());
        offset += crate::weights::ggml_bytes(*t, dims.iter().product::<u64>());
    }
    while !out.len().is_multiple_of(32) {
        out.push(0);
    }
    out
}

/// Writes a GGUF file at least `min_len` bytes long (sparse).
pub fn write_gguf(
    path: &Path,
    meta: &[(&str, &str)],
    tensors: &[(&str, &[u64], u32)],
    min_len: u64,
) -> std::io::Result<()> {
    let header = gguf_header(meta, 16, tensors);
    let mut f = std::fs::File::create(path)?;
    f.write_all(&header)?;
    let data: u64 = tensors
        .iter()
        .map(|(_, d, t)| crate::weights::ggml_bytes(*t, d.iter().product::<u64>()))
        .sum();
    f.set_len((header.len() as u64 + data).max(min_len))
}
