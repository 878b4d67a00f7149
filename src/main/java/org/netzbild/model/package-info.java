/**
 * The domain's immutable records: entities, links, their provenance and grading, and the
 * requests and answers that pass the store port. No I/O, no JavaFX, nothing else of ours.
 */
package org.netzbild.model;
