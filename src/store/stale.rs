//! Two people editing one deal: an edit made to an older version than the
//! stored one is refused, never saved over the newer one, and the refusal
//! says who changed the deal since and what differs.

use super::StoreError;
use super::undo::last_change_by;
use crate::domain::Deal;
use redb::WriteTransaction;

/// The refusal of an edit made to an older version of a deal: who changed it
/// since, and which fields now differ from what the editor would save.
pub(super) fn changed_since(
    txn: &WriteTransaction,
    current: &Deal,
    edited: &Deal,
) -> Result<StoreError, StoreError> {
    let by = last_change_by(txn, current.id)?.unwrap_or_else(|| t!("store-stale-someone"));
    let shown = |v: String| {
        if v.is_empty() {
            t!("store-stale-empty")
        } else {
            v
        }
    };
    let differences = super::repair::shown_fields(current)
        .into_iter()
        .zip(super::repair::shown_fields(edited))
        .map(|((field, now), (_, yours))| (field, shown(now), shown(yours)))
        .filter(|(_, now, yours)| now != yours)
        .map(|(field, now, yours)| {
            t!(
                "store-stale-difference",
                field = crate::i18n::message(field, None),
                now = now,
                yours = yours
            )
        })
        .collect();
    Ok(StoreError::Stale {
        deal: current.title.clone(),
        by,
        at: current.updated_at,
        differences,
    })
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, set_session_lang};
    use crate::store::{DealDraft, Stamp, Store, StoreError};
    use chrono::{Duration, TimeZone, Utc};

    fn draft() -> DealDraft {
        crate::store::test_deal_draft()
    }

    #[test]
    fn an_edit_of_an_older_version_is_refused_in_chinese_with_what_differs() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("w.redb")).unwrap();
        let t0 = Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap();
        let stamp = |by, days| Stamp {
            by,
            at: t0 + Duration::days(days),
        };
        let opened = store.create_deal(draft(), stamp("li", 0)).unwrap();
        let mut theirs = opened.clone();
        theirs.title = "MES rollout phase 2".into();
        store.update_deal(&theirs, stamp("wang", 1)).unwrap();
        let mut mine = opened.clone();
        mine.next_step = Some("demo".into());

        set_session_lang(Lang::ZhCn);
        let refused = store.update_deal(&mine, stamp("li", 2)).unwrap_err();
        let said = refused.to_string();
        set_session_lang(Lang::En);
        assert!(matches!(refused, StoreError::Stale { .. }));
        assert!(said.starts_with("未保存：你打开后，wang"), "{said}");
        assert!(
            said.contains("标题现为 MES rollout phase 2（你的：MES rollout）"),
            "{said}"
        );
        assert!(said.contains("下一步现为 （空）（你的：demo）"), "{said}");

        let refused = store.update_deal(&mine, stamp("li", 2)).unwrap_err();
        assert!(
            refused
                .to_string()
                .contains("title is now MES rollout phase 2 (yours: MES rollout); next step is now (empty) (yours: demo)"),
            "{refused}"
        );
    }
}
