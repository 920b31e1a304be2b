//! Pipeline admin: one change at a time to a pipeline's stages (admins only),
//! undoable. Stage ids never change, so every deal's history reads as before.

use super::Touched;
use super::record::{Record, each_in, put, require};
use super::tables::DEALS_BY_STAGE;
use super::undo::{Before, push_undo};
use super::users::authorize_admin;
use super::{Stamp, Store, StoreError};
use crate::domain::pipeline_edit::{PipelineChange, apply};
use crate::domain::*;
use redb::ReadableMultimapTable;

impl Store {
    pub fn change_pipeline(
        &self,
        id: PipelineId,
        change: &PipelineChange,
        stamp: Stamp,
    ) -> Result<Pipeline, StoreError> {
        let txn = self.begin_write()?;
        authorize_admin(&txn, stamp)?;
        let before: Pipeline = require(&txn, id.0)?;
        let mut all: Vec<Pipeline> = Vec::new();
        each_in(&txn.open_table(Pipeline::TABLE)?, |p: Pipeline| all.push(p))?;
        let next = StageId(
            all.iter()
                .flat_map(|p| p.stages.iter().map(|s| s.id.0))
                .max()
                .unwrap_or(0)
                + 1,
        );
        // Only a removal asks whether a stage is used: by a deal now, or in
        // any deal's history (its events, a loss recorded there).
        let used = match change {
            PipelineChange::RemoveStage(stage) => stage_in_use(&txn, *stage)?,
            _ => false,
        };
        let mut after = apply(&before, change, next, |_| used).map_err(StoreError::Conflict)?;
        if let Some(other) = all
            .iter()
            .find(|p| p.id != id && p.name.trim().eq_ignore_ascii_case(after.name.trim()))
        {
            return Err(StoreError::Conflict(t!(
                "store-pipeline-name-taken",
                name = other.name.as_str()
            )));
        }
        after.updated_at = stamp.at.max(before.updated_at);
        put(&txn, &after)?;
        push_undo(
            &txn,
            t!(
                "store-undo-change-pipeline",
                pipeline = before.name.as_str()
            ),
            stamp,
            vec![Before::Pipeline(id.0, Some(Box::new(before)))],
            vec![],
        )?;
        self.commit(txn, stamp.by, Touched::Everything)?;
        Ok(after)
    }
}

fn stage_in_use(txn: &redb::WriteTransaction, stage: StageId) -> Result<bool, StoreError> {
    if txn
        .open_multimap_table(DEALS_BY_STAGE)?
        .get(stage.0)?
        .next()
        .is_some()
    {
        return Ok(true);
    }
    let mut used = false;
    each_in(&txn.open_table(StageEvent::TABLE)?, |e: StageEvent| {
        used |= e.to == stage || e.from == Some(stage);
    })?;
    if !used {
        each_in(&txn.open_table(Deal::TABLE)?, |d: Deal| {
            used |= d
                .loss
                .as_ref()
                .is_some_and(|l| l.stage_lost_at == Some(stage));
        })?;
    }
    Ok(used)
}
