/**
 * The append-only, hash-chained audit log of who read and changed what, for which purpose, and
 * the verifier that finds the first altered entry.
 */
package org.netzbild.audit;
