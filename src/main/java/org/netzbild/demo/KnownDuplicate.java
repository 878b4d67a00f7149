package org.netzbild.demo;

/**
 * Two Person nodes that are the same fictional person recorded by two agencies under different
 * spellings and the same birth date: the answers the duplicate detection must find.
 */
public record KnownDuplicate(String personId, String duplicateId) {
}
