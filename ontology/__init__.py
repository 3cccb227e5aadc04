"""The policygraph ontology, SHACL shapes and JSON-LD context, shipped as package data."""
