//! Views of an [`Analysis`](crate::Analysis) for people to look at.
//!
//! - [`html`]: one self-contained who-said-what page (no script, no external
//!   asset): the article with its quotes coloured by speaker, the people and
//!   sources in a side list, the entities marked with their rule on hover.
//!   `reportage --html FILE > page.html` writes it.
//! - [`displacy`]: the entities in displaCy's "manual" format, for Python
//!   users who render with spaCy's displaCy. `reportage --displacy FILE`
//!   writes it.

pub mod displacy;
pub mod html;
