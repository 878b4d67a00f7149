package org.netzbild.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.netzbild.model.MergeRecord;
import org.netzbild.model.PersonFacts;
import org.netzbild.resolve.Candidate;
import org.netzbild.resolve.CandidateFinder;

/**
 * Duplicate persons across agencies (issue 20, ADR 0031): the candidates among the persons the
 * session may see, each with the reasons; accepting one merges the pair, rejecting it remembers the
 * pair so that it is never proposed again, and a merge can be undone exactly. Every decision needs a
 * reason, which the audit log keeps with it.
 */
public final class Duplicates {

    /** How many persons one read of the store hands the matcher. */
    static final int PAGE = 10_000;

    private final Workspace workspace;

    public Duplicates(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The candidates across agencies, best first, rejected pairs left out. */
    public List<Candidate> candidates() {
        return candidates(CandidateFinder.Scope.ACROSS_AGENCIES);
    }

    /**
     * The candidates in {@code scope}, best first, rejected pairs left out: across agencies, or also
     * an agency's own records of one person under two spellings.
     */
    public List<Candidate> candidates(CandidateFinder.Scope scope) {
        return new CandidateFinder().find(persons(), rejected(), scope);
    }

    /**
     * The candidates one of whose persons is among {@code entityIds}, best first: what an import's new
     * persons resemble among the stored ones (ADR 0031, 0037). The same matcher as {@link #candidates};
     * nothing is merged, the pairs wait in the candidate list for a decision.
     */
    public List<Candidate> candidatesFor(java.util.Collection<String> entityIds) {
        var wanted = new HashSet<>(entityIds);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return candidates().stream().filter(c -> wanted.contains(c.kept().id()) || wanted.contains(c.other().id())).toList();
    }

    /**
     * For every person in a candidate pair, its best candidate (the list is best first): what the
     * "possible duplicate" hint in search results and the inspector names.
     */
    public java.util.Map<String, Candidate> byPerson() {
        return best(candidates());
    }

    /**
     * {@link #byPerson}, or empty when the session sees more than {@code limit} persons: they are
     * counted first (up to the limit, nothing of them read), so a large store costs one count, not
     * the matcher's memory nor a read of what is known of {@code limit} persons.
     */
    public java.util.Optional<java.util.Map<String, Candidate>> byPersonIfAtMost(long limit) {
        if (workspace.store().personCount(limit) > limit) {
            return java.util.Optional.empty();
        }
        // persons written since the count may still push the read past the limit; it stops there too
        var persons = persons(limit);
        return persons == null ? java.util.Optional.empty()
                : java.util.Optional.of(best(new CandidateFinder().find(persons, rejected())));
    }

    private static java.util.Map<String, Candidate> best(List<Candidate> candidates) {
        var best = new java.util.LinkedHashMap<String, Candidate>();
        for (Candidate candidate : candidates) {
            best.putIfAbsent(candidate.kept().id(), candidate);
            best.putIfAbsent(candidate.other().id(), candidate);
        }
        return best;
    }

    /** Merges a candidate's pair: the first id named stays, the second becomes its statement. */
    public MergeRecord accept(String candidateId, String reason) {
        requireReason(reason);
        var pair = pair(candidateId);
        return workspace.store().merge(pair.get(0), pair.get(1), reason);
    }

    /** Remembers that a candidate's pair is two persons. */
    public void reject(String candidateId, String reason) {
        requireReason(reason);
        var pair = pair(candidateId);
        workspace.store().rejectPair(pair.get(0), pair.get(1), reason);
    }

    /** Undoes a merge: both persons as they were before it. */
    public void unmerge(String mergeId, String reason) {
        requireReason(reason);
        workspace.store().unmerge(mergeId.strip(), reason);
    }

    /** The merges the session may see and undo, oldest first. */
    public List<MergeRecord> merges() {
        return workspace.store().merges();
    }

    private List<PersonFacts> persons() {
        return persons(Long.MAX_VALUE);
    }

    /** The persons the session sees, or null as soon as there are more than {@code limit}. */
    private List<PersonFacts> persons(long limit) {
        var all = new ArrayList<PersonFacts>();
        String after = null;
        while (true) {
            var page = workspace.store().personFacts(after, PAGE);
            all.addAll(page);
            if (all.size() > limit) {
                return null;
            }
            if (page.size() < PAGE) {
                return all;
            }
            after = page.getLast().id();
        }
    }

    private Set<String> rejected() {
        var keys = new HashSet<String>();
        workspace.store().rejectedPairs().forEach(pair -> keys.add(Candidate.pairKey(pair.get(0), pair.get(1))));
        return keys;
    }

    /**
     * The two entity ids a candidate's id names ({@code kept+other}). An id may hold a {@code +} itself,
     * so each place is tried until both halves are entities the session sees.
     */
    private List<String> pair(String candidateId) {
        String id = candidateId == null ? "" : candidateId.strip();
        for (int at = id.indexOf(Candidate.SEPARATOR); at > 0; at = id.indexOf(Candidate.SEPARATOR, at + 1)) {
            String kept = id.substring(0, at);
            String other = id.substring(at + Candidate.SEPARATOR.length());
            if (!other.isEmpty() && workspace.store().entities(List.of(kept, other)).size() == 2) {
                return List.of(kept, other);
            }
        }
        throw UserFacingException.badArgument("dedupe.unknownCandidate", id);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw UserFacingException.badArgument("dedupe.needsReason");
        }
    }
}
