//! Changing a workspace file behind the store's back, as an older dealdeck
//! (that checked nothing) or a failing disk would.

use redb::ReadableTable;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::path::Path;

/// Hands every stored value of `table` to `change` as raw bytes (checksum and
/// all) and writes back what it leaves.
pub fn rewrite_bytes(db: &Path, table: &str, mut change: impl FnMut(u64, &mut Vec<u8>)) {
    let file = redb::Database::open(db).unwrap();
    let txn = file.begin_write().unwrap();
    {
        let mut t = txn
            .open_table(redb::TableDefinition::<u64, &[u8]>::new(table))
            .unwrap();
        let rows: Vec<(u64, Vec<u8>)> = t
            .iter()
            .unwrap()
            .map(|r| {
                let (k, v) = r.unwrap();
                (k.value(), v.value().to_vec())
            })
            .collect();
        for (key, mut value) in rows {
            change(key, &mut value);
            t.insert(key, value.as_slice()).unwrap();
        }
    }
    // No older dealdeck opens a file with a report cache (schema 5): a raw
    // change here stands for one made by a build that knew to drop it.
    txn.delete_table(redb::TableDefinition::<u64, &[u8]>::new("report_cache"))
        .unwrap();
    txn.commit().unwrap();
}

/// Rewrites every record of `table` through `change`, with a valid checksum:
/// what an older dealdeck could have stored, not damage.
pub fn rewrite<R: Serialize + DeserializeOwned>(
    db: &Path,
    table: &str,
    mut change: impl FnMut(u64, &mut R),
) {
    rewrite_bytes(db, table, |key, bytes| {
        let mut record: R = postcard::from_bytes(&bytes[..bytes.len() - 4]).unwrap();
        change(key, &mut record);
        let mut encoded = postcard::to_stdvec(&record).unwrap();
        encoded.extend_from_slice(&crc32fast::hash(&encoded).to_le_bytes());
        *bytes = encoded;
    });
}
