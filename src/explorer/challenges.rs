//! The explorer's challenges: hit an output of 0.25, and compute NAND (with the truth table
//! for the current weights and bias, live).

use crate::i18n::trimmed;
use leptos::prelude::*;
use neuron_core::challenge::{self, Challenge};

use super::model::ExplorerModel;
use crate::activity::{ChallengeCard, challenge_list};

pub fn explorer_challenges(model: ExplorerModel) -> impl IntoView {
    let s = model.state;
    let target = Memo::new(move |_| s.with(challenge::target_output));
    let nand = Memo::new(move |_| s.with(challenge::nand));
    let table = Memo::new(move |_| {
        s.with(|s| challenge::nand_table(s.weights(), s.bias(), s.activation()))
    });
    let rows = challenge::TABLE_INPUTS
        .into_iter()
        .zip(challenge::NAND)
        .enumerate()
        .map(|(i, ((x1, x2), want))| {
            let y = move || table.get()[i];
            view! {
                <tr class:wrong=move || { (y() - want).abs() > 1e-9 }>
                    <td>{x1}</td>
                    <td>{x2}</td>
                    <td>{move || trimmed(y(), 3)}</td>
                    <td>{trimmed(want, 0)}</td>
                </tr>
            }
        })
        .collect_view();
    // A card only where the page offers its challenge (its controls neither hidden nor locked).
    let offers = |c| super::PAGE.offers(c);
    challenge_list(
        &super::PAGE,
        view! {
            {offers(Challenge::TargetOutput).then(|| view! {
                <ChallengeCard challenge=Challenge::TargetOutput check=target />
            })}
            {offers(Challenge::Nand).then(|| view! {
            <ChallengeCard challenge=Challenge::Nand check=nand>
                <table class="nand-table">
                    <caption>{crate::t!("challenge-nand-table-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"x₁"</th>
                            <th scope="col">"x₂"</th>
                            <th scope="col">{crate::t!("challenge-nand-table-output")}</th>
                            <th scope="col">{crate::t!("challenge-nand-table-nand")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </ChallengeCard>
            })}
        },
    )
}
