/**
 * The graph schema as data: loads the ontology, the Cypher migrations and the reference data
 * from {@code graph-schema/} (on the class path) and validates records against the ontology
 * before anything is written.
 */
package org.netzbild.schema;
