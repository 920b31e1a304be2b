//! Editing the loss-reason taxonomy: categories (a stable key, a name, whether such
//! losses are usually controllable) and their sub-reasons. Loss records keep the key,
//! so a category can be renamed but not removed while losses use it.

use super::review::LossCategory;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TaxonomyEdit {
    AddCategory {
        key: String,
        name: String,
        controllable: bool,
    },
    Rename {
        key: String,
        name: String,
    },
    SetControllable {
        key: String,
        controllable: bool,
    },
    AddSubReason {
        key: String,
        sub_reason: String,
    },
    RemoveSubReason {
        key: String,
        sub_reason: String,
    },
}

/// The taxonomy after `edit`, or why it cannot be done.
pub fn apply(taxonomy: &[LossCategory], edit: &TaxonomyEdit) -> Result<Vec<LossCategory>, String> {
    let mut out = taxonomy.to_vec();
    let known = || super::list(&out_keys(taxonomy));
    let find = |out: &mut Vec<LossCategory>, key: &str| -> Result<usize, String> {
        out.iter()
            .position(|c| c.key == key)
            .ok_or_else(|| t!("dom-taxonomy-no-category", key = key, known = known()))
    };
    let text = |what: &str, value: &str| -> Result<String, String> {
        let v = value.trim();
        if v.is_empty() || v.chars().count() > 80 {
            Err(t!(
                "dom-taxonomy-text-length",
                what = super::shown("dom-field", what)
            ))
        } else {
            Ok(v.to_string())
        }
    };
    match edit {
        TaxonomyEdit::AddCategory {
            key,
            name,
            controllable,
        } => {
            let valid = !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            if !valid {
                return Err(t!("dom-taxonomy-bad-key", key = key.as_str()));
            }
            if out.iter().any(|c| c.key == *key) {
                return Err(t!("dom-taxonomy-category-exists", key = key.as_str()));
            }
            out.push(LossCategory {
                key: key.clone(),
                name: text("name", name)?,
                controllable: *controllable,
                sub_reasons: Vec::new(),
            });
        }
        TaxonomyEdit::Rename { key, name } => {
            let i = find(&mut out, key)?;
            out[i].name = text("name", name)?;
        }
        TaxonomyEdit::SetControllable { key, controllable } => {
            let i = find(&mut out, key)?;
            out[i].controllable = *controllable;
        }
        TaxonomyEdit::AddSubReason { key, sub_reason } => {
            let i = find(&mut out, key)?;
            let sub = text("sub-reason", sub_reason)?;
            if out[i]
                .sub_reasons
                .iter()
                .any(|s| s.eq_ignore_ascii_case(&sub))
            {
                return Err(t!(
                    "dom-taxonomy-sub-reason-exists",
                    sub = sub.as_str(),
                    key = key.as_str()
                ));
            }
            out[i].sub_reasons.push(sub);
        }
        TaxonomyEdit::RemoveSubReason { key, sub_reason } => {
            let i = find(&mut out, key)?;
            let before = out[i].sub_reasons.len();
            out[i]
                .sub_reasons
                .retain(|s| !s.eq_ignore_ascii_case(sub_reason.trim()));
            if out[i].sub_reasons.len() == before {
                return Err(t!(
                    "dom-taxonomy-not-a-sub-reason",
                    sub = sub_reason.as_str(),
                    key = key.as_str(),
                    known = super::list(&out[i].sub_reasons)
                ));
            }
        }
    }
    Ok(out)
}

fn out_keys(taxonomy: &[LossCategory]) -> Vec<&str> {
    taxonomy.iter().map(|c| c.key.as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Vec<LossCategory> {
        vec![LossCategory {
            key: "pricing".into(),
            name: "Pricing & quote".into(),
            controllable: true,
            sub_reasons: vec!["Price too high".into()],
        }]
    }

    #[test]
    fn edits_and_refusals() {
        let t = apply(
            &base(),
            &TaxonomyEdit::AddCategory {
                key: "delivery_risk".into(),
                name: "Delivery risk".into(),
                controllable: false,
            },
        )
        .unwrap();
        assert_eq!(t.len(), 2);
        let t = apply(
            &t,
            &TaxonomyEdit::AddSubReason {
                key: "delivery_risk".into(),
                sub_reason: "Lead time too long".into(),
            },
        )
        .unwrap();
        assert_eq!(t[1].sub_reasons, ["Lead time too long"]);
        let err = |e: TaxonomyEdit| apply(&base(), &e).unwrap_err();
        assert_eq!(
            err(TaxonomyEdit::Rename {
                key: "price".into(),
                name: "x".into()
            }),
            "no category 'price' (categories: pricing)"
        );
        assert!(
            err(TaxonomyEdit::AddCategory {
                key: "Bad Key".into(),
                name: "x".into(),
                controllable: true
            })
            .starts_with("key 'Bad Key'")
        );
        assert_eq!(
            err(TaxonomyEdit::AddSubReason {
                key: "pricing".into(),
                sub_reason: "price TOO high".into()
            }),
            "'price TOO high' is already a sub-reason of pricing"
        );
        assert_eq!(
            err(TaxonomyEdit::RemoveSubReason {
                key: "pricing".into(),
                sub_reason: "Nope".into()
            }),
            "'Nope' is not a sub-reason of pricing (Price too high)"
        );
    }
}
