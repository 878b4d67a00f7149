/**
 * The analysis functions (issue 19; {@code docs/analysis-functions.md}): the supra-local network
 * finder, shared attributes across agencies, connections among a selection, key players, groups
 * and brokers, each over a {@link org.netzbild.model.GraphSlice} the store port read with the
 * session's visibility, so that an analysis never counts or returns what its user may not see.
 * Deterministic: the same slice and settings give the same answer in the same order. No JavaFX, no
 * Cypher; the algorithms of JGraphT where it has them (ADR 0030).
 */
package org.netzbild.analysis;
