//! JSON Schema emission from the easemob-payload rule model (filled by the schema issue).
