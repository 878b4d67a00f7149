/**
 * Imports what agencies send: mapping specifications ({@link org.netzbild.ingest.MappingSpec}),
 * readers for the file formats, the conversion of rows into entities, links and statements with
 * every problem named by file, line, column and field, and the atomic, undoable import through
 * the store port. No UI and no Cypher here.
 */
package org.netzbild.ingest;
