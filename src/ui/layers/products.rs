//! The product catalogue (`g p`): list price, unit cost, margin at list, and each
//! tier list's price with its volume breaks for the selected product.

use crate::domain::*;
use crate::ui::action::Action;

pub struct ProductList {
    pub products: Vec<Product>,
    pub lists: Vec<PriceList>,
    pub selected: usize,
}

impl super::LayerKeys for ProductList {
    fn handle(
        &mut self,
        _key: crate::ui::keymap::Key,
        action: Option<Action>,
        cx: &super::LayerContext,
    ) -> super::Outcome {
        let last = self.products.len().saturating_sub(1);
        match action {
            Some(Action::Back | Action::Cancel) => return super::Outcome::Close,
            Some(Action::Quit) => return super::Outcome::Quit,
            Some(a) => {
                let page = cx.page_rows;
                self.selected = a
                    .moved_cursor(self.selected, page, last)
                    .unwrap_or(self.selected)
            }
            None => {}
        }
        super::Outcome::Stay
    }
}
