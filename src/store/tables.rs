//! redb table definitions. Values are postcard-encoded serde records; the
//! schema version in `META` says how to read them.

use redb::{MultimapTableDefinition, TableDefinition};

pub type RecordTable = TableDefinition<'static, u64, &'static [u8]>;
pub type IndexTable = MultimapTableDefinition<'static, u64, u64>;

/// `schema_version`, `sample`, `loss_reasons`, …
pub const META: TableDefinition<&str, &[u8]> = TableDefinition::new("meta");
/// Next id per record kind.
pub const SEQUENCES: TableDefinition<&str, u64> = TableDefinition::new("sequences");

pub const PIPELINES: RecordTable = TableDefinition::new("pipelines");
pub const OWNERS: RecordTable = TableDefinition::new("owners");
pub const ACCOUNTS: RecordTable = TableDefinition::new("accounts");
pub const CONTACTS: RecordTable = TableDefinition::new("contacts");
pub const DEALS: RecordTable = TableDefinition::new("deals");
pub const STAGE_EVENTS: RecordTable = TableDefinition::new("stage_events");
pub const ACTIVITIES: RecordTable = TableDefinition::new("activities");
pub const PRODUCTS: RecordTable = TableDefinition::new("products");
pub const PRICE_LISTS: RecordTable = TableDefinition::new("price_lists");
pub const QUOTES: RecordTable = TableDefinition::new("quotes");
pub const LEADS: RecordTable = TableDefinition::new("leads");
pub const REVIEWS: RecordTable = TableDefinition::new("reviews");
pub const IMPROVEMENT_ACTIONS: RecordTable = TableDefinition::new("improvement_actions");
/// Who signs in to a served workspace: keyed by owner id. Not a workspace
/// record (never exported); created on first use, so older files lack it.
pub const USERS: RecordTable = TableDefinition::new("users");
/// What happened to each lead (follow-ups, assignments, returns). Created on
/// first use, so older files lack it; read with `lead_events`.
pub const LEAD_EVENTS: RecordTable = TableDefinition::new("lead_events");
/// What the reports read (`analytics::Input`), kept encoded between changes:
/// key 1 counts changes to the records reports read; key 0 holds the encoded
/// input, key 2 the count and layout it was built at. Created on first use.
pub const REPORT_CACHE: RecordTable = TableDefinition::new("report_cache");
/// The undo stack: one entry per user change, newest last.
pub const UNDO: RecordTable = TableDefinition::new("undo");
/// Admin changes (deletions, repairs), kept for good. Created on first use.
pub const AUDIT: RecordTable = TableDefinition::new("audit");

pub const ALL_RECORD_TABLES: [RecordTable; 14] = [
    PIPELINES,
    OWNERS,
    ACCOUNTS,
    CONTACTS,
    DEALS,
    STAGE_EVENTS,
    ACTIVITIES,
    PRODUCTS,
    PRICE_LISTS,
    QUOTES,
    LEADS,
    REVIEWS,
    IMPROVEMENT_ACTIONS,
    UNDO,
];

// Secondary indexes: key → record ids. Derived data, rebuilt by migrations.
pub const DEALS_BY_STAGE: IndexTable = MultimapTableDefinition::new("deals_by_stage");
pub const DEALS_BY_OWNER: IndexTable = MultimapTableDefinition::new("deals_by_owner");
pub const DEALS_BY_ACCOUNT: IndexTable = MultimapTableDefinition::new("deals_by_account");
pub const EVENTS_BY_DEAL: IndexTable = MultimapTableDefinition::new("events_by_deal");
pub const ACTIVITIES_BY_DEAL: IndexTable = MultimapTableDefinition::new("activities_by_deal");
pub const CONTACTS_BY_ACCOUNT: IndexTable = MultimapTableDefinition::new("contacts_by_account");
pub const QUOTES_BY_DEAL: IndexTable = MultimapTableDefinition::new("quotes_by_deal");
/// Closed deals by the month they closed (`yyyymm`), for the board's Won/Lost columns.
pub const DEALS_BY_CLOSE_MONTH: IndexTable = MultimapTableDefinition::new("deals_by_close_month");

/// A copy of every open deal's record, kept next to each other so the board's
/// start-up read touches a few contiguous pages instead of most of `deals`.
/// Derived data like the indexes: written with the record, rebuilt by migrations.
pub const OPEN_DEALS: RecordTable = TableDefinition::new("open_deals");

pub const ALL_MIRRORS: [RecordTable; 1] = [OPEN_DEALS];

pub const ALL_INDEXES: [IndexTable; 8] = [
    DEALS_BY_CLOSE_MONTH,
    DEALS_BY_STAGE,
    DEALS_BY_OWNER,
    DEALS_BY_ACCOUNT,
    EVENTS_BY_DEAL,
    ACTIVITIES_BY_DEAL,
    CONTACTS_BY_ACCOUNT,
    QUOTES_BY_DEAL,
];

/// An index's place in `ALL_INDEXES` (tables are told apart by name).
pub fn index_slot(index: &IndexTable) -> Option<usize> {
    use redb::MultimapTableHandle;
    ALL_INDEXES.iter().position(|x| x.name() == index.name())
}

/// A mirror's place in `ALL_MIRRORS`.
pub fn mirror_slot(mirror: &RecordTable) -> Option<usize> {
    use redb::TableHandle;
    ALL_MIRRORS.iter().position(|x| x.name() == mirror.name())
}
