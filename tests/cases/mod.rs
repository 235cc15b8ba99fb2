//! Table-driven cases, one file per concern. Expectations are surface strings.

mod entities;
mod people;
mod quotes;
mod sentences;
mod speakers;
mod speakers_direct;
mod speakers_interrupted;
mod speakers_mixed;
mod speakers_reported;
mod speakers_resolution;
mod temporal;
