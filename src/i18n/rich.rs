//! A message with a little markup, made into elements. The markup is read by this file and
//! each piece becomes a text node inside the element it names, so a translation can never
//! inject HTML: an unknown or unclosed tag is shown as text.

use leptos::prelude::*;

/// One piece of a rich message.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Piece {
    Text(String),
    /// `<strong>`, `<em>`, `<code>`, `<sub>` or `<sup>`, and its text.
    Styled(&'static str, String),
    /// `<a href="…">`: a place in the page (`#id`) or another site (`https://…`).
    Link(String, String),
}

const STYLES: [&str; 5] = ["strong", "em", "code", "sub", "sup"];

/// The pieces of `text`.
pub(crate) fn pieces(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        plain.push_str(&rest[..open]);
        let after = &rest[open..];
        match tag(after) {
            Some((piece, used)) => {
                if !plain.is_empty() {
                    out.push(Piece::Text(std::mem::take(&mut plain)));
                }
                out.push(piece);
                rest = &after[used..];
            }
            None => {
                plain.push('<');
                rest = &after[1..];
            }
        }
    }
    plain.push_str(rest);
    if !plain.is_empty() {
        out.push(Piece::Text(plain));
    }
    out
}

/// The element at the start of `text` (which starts with `<`) and the bytes it used.
fn tag(text: &str) -> Option<(Piece, usize)> {
    for name in STYLES {
        let open = format!("<{name}>");
        let close = format!("</{name}>");
        if let Some(body) = text.strip_prefix(&open) {
            let end = body.find(&close)?;
            return Some((
                Piece::Styled(name, body[..end].to_string()),
                open.len() + end + close.len(),
            ));
        }
    }
    let body = text.strip_prefix("<a href=\"")?;
    let quote = body.find('"')?;
    let href = &body[..quote];
    let inner = body[quote..].strip_prefix("\">")?;
    let end = inner.find("</a>")?;
    let safe = href.starts_with('#') || href.starts_with("https://");
    safe.then(|| {
        let used = "<a href=\"".len() + quote + 2 + end + "</a>".len();
        (
            Piece::Link(href.to_string(), inner[..end].to_string()),
            used,
        )
    })
}

/// The message `text` as elements.
pub fn rich_view(text: String) -> impl IntoView {
    pieces(&text)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(t) => t.into_any(),
            Piece::Styled(name, t) => match name {
                "strong" => view! { <strong>{t}</strong> }.into_any(),
                "em" => view! { <em>{t}</em> }.into_any(),
                "code" => view! { <code>{t}</code> }.into_any(),
                "sub" => view! { <sub>{t}</sub> }.into_any(),
                _ => view! { <sup>{t}</sup> }.into_any(),
            },
            Piece::Link(href, t) => match href.strip_prefix('#') {
                Some(target) => view! {
                    <crate::nav::JumpLink target=target.to_string()>{t}</crate::nav::JumpLink>
                }
                .into_any(),
                None => view! { <a href=href target="_blank" rel="noopener">{t}</a> }.into_any(),
            },
        })
        .collect_view()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_becomes_pieces() {
        assert_eq!(
            pieces("A <strong>bold</strong> claim, see <a href=\"#s3\">layers</a>."),
            vec![
                Piece::Text("A ".into()),
                Piece::Styled("strong", "bold".into()),
                Piece::Text(" claim, see ".into()),
                Piece::Link("#s3".into(), "layers".into()),
                Piece::Text(".".into()),
            ]
        );
    }

    #[test]
    fn anything_else_stays_text() {
        let odd = "1 < 2, <b>x</b>, <strong>open, <a href=\"javascript:x\">y</a>";
        assert_eq!(pieces(odd), vec![Piece::Text(odd.into())]);
    }
}
