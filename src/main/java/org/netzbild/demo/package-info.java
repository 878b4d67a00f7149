/**
 * The generated demo data set: a deterministic, wholly fictional population of the Ruhr area
 * with households, businesses, property, vehicles, identifiers and incidents recorded by the
 * cooperation's agencies, plus planted networks whose answers are known (see
 * {@code demo/planted-networks.yaml}). The generator streams {@link org.netzbild.model.WriteBatch}es
 * and needs no store, so the same code feeds the application, the command line and the tests.
 */
package org.netzbild.demo;
