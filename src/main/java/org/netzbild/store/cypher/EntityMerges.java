package org.netzbild.store.cypher;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netzbild.model.MergeRecord;
import org.netzbild.model.PersonFacts;
import org.netzbild.security.Visibility;
import org.netzbild.store.NotFoundException;

/**
 * The duplicate work of the port (ADR 0031), in a session's transactions: the persons' facts for the
 * matcher, rejected pairs, and merges that record what they moved so that an unmerge restores both
 * entities exactly.
 */
final class EntityMerges {

    private final Visibility visibility;

    EntityMerges(Visibility visibility) {
        this.visibility = visibility;
    }

    @SuppressWarnings("unchecked")
    List<PersonFacts> personFacts(SessionTx tx, String afterId, int limit) {
        var params = new HashMap<String, Object>();
        params.put("after", afterId);
        params.put("limit", (long) limit);
        var facts = new ArrayList<PersonFacts>();
        for (Map<String, Object> row : tx.run(Statements.PERSON_FACTS, params)) {
            var person = (Map<String, Object>) row.get("person");
            var names = new ArrayList<String>();
            var born = new ArrayList<LocalDate>();
            var agencies = new ArrayList<String>();
            var identifiers = new ArrayList<String>();
            collect(person, names, born, agencies);
            for (Map<String, Object> stated : (List<Map<String, Object>>) row.get("stated")) {
                collect(stated, names, born, agencies);
            }
            identifiers.addAll((List<String>) row.get("linked"));
            documents(person.get("nationalIdNumbers"), "NATIONAL_ID", identifiers);
            documents(person.get("passportNumbers"), "PASSPORT", identifiers);
            facts.add(new PersonFacts((String) person.get("id"), names, born, agencies, identifiers));
        }
        return facts;
    }

    private static void collect(Map<String, Object> record, List<String> names, List<LocalDate> born, List<String> agencies) {
        addNew(names, record.get("name"));
        for (String list : List.of("names", "aliases")) {
            if (record.get(list) instanceof List<?> more) {
                more.forEach(n -> addNew(names, n));
            }
        }
        if (record.get("birthDate") instanceof LocalDate date && !born.contains(date)) {
            born.add(date);
        }
        addNew(agencies, record.get("sourceAgency"));
    }

    @SuppressWarnings("unchecked")
    private static <T> void addNew(List<T> list, Object value) {
        if (value != null && !list.contains(value)) {
            list.add((T) value.toString());
        }
    }

    private static void documents(Object numbers, String kind, List<String> identifiers) {
        if (numbers instanceof List<?> list) {
            list.forEach(n -> identifiers.add(kind + ":" + n));
        }
    }

    List<List<String>> rejectedPairs(SessionTx tx) {
        return tx.run(Statements.REJECTED_PAIRS, Map.of()).stream()
                .map(row -> List.of((String) row.get("first"), (String) row.get("second"))).toList();
    }

    void rejectPair(SessionTx tx, String firstId, String secondId, String reason) {
        requireVisible(tx, firstId, secondId);
        String first = firstId.compareTo(secondId) <= 0 ? firstId : secondId;
        String second = first.equals(firstId) ? secondId : firstId;
        var row = bookkeeping(first + "+" + second, reason);
        row.put("first", first);
        row.put("second", second);
        tx.run(Statements.REJECT_PAIR, Map.of("row", row));
    }

    @SuppressWarnings("unchecked")
    MergeRecord merge(SessionTx tx, String keptId, String absorbedId, String reason) {
        requireVisible(tx, keptId, absorbedId);
        String id = MergeRecord.idOf(keptId, absorbedId);
        var ids = Map.<String, Object>of("kept", keptId, "absorbed", absorbedId);
        var statements = (List<String>) tx.run(Statements.MERGE_MOVE_STATEMENTS, ids).getFirst().get("moved");
        var links = tx.run(Statements.LINKS_OF, Map.of("id", absorbedId));
        if (!links.isEmpty()) {
            tx.run(Statements.MOVE_LINKS, Map.of("target", keptId, "links", links));
        }
        var absorbed = tx.run(Statements.MERGE_ABSORB, Map.of("kept", keptId, "absorbed", absorbedId, "merge", id)).getFirst();
        var row = bookkeeping(id, reason);
        row.put("kept", keptId);
        row.put("absorbed", absorbedId);
        row.put("absorbedLabels", absorbed.get("labels"));
        row.put("statements", statements);
        row.put("linkTypes", links.stream().map(l -> l.get("type")).toList());
        row.put("linkIds", links.stream().map(l -> l.get("id")).toList());
        row.put("linkStarts", links.stream().map(l -> l.get("start")).toList());
        row.put("linkEnds", links.stream().map(l -> l.get("end")).toList());
        row.put("keptReviewBy", absorbed.get("keptReviewBy"));
        row.put("mergedReviewBy", absorbed.get("mergedReviewBy"));
        row.values().removeIf(java.util.Objects::isNull);
        tx.run(Statements.CREATE_MERGE, Map.of("row", row));
        return record(row, absorbed);
    }

    @SuppressWarnings("unchecked")
    void unmerge(SessionTx tx, String mergeId) {
        var found = tx.run(Statements.MERGE_RECORD, Map.of("id", mergeId));
        if (found.isEmpty()) {
            throw new NotFoundException(mergeId);
        }
        var merge = (Map<String, Object>) found.getFirst().get("merge");
        String kept = (String) merge.get("kept");
        String absorbed = (String) merge.get("absorbed");
        tx.run(Statements.UNMERGE_RESTORE, Map.of("absorbed", absorbed, "kept", kept, "merge", mergeId,
                "labels", merge.get("absorbedLabels")));
        tx.run(Statements.UNMERGE_STATEMENTS, Map.of("absorbed", absorbed, "kept", kept,
                "statements", merge.getOrDefault("statements", List.of())));
        var types = (List<String>) merge.getOrDefault("linkTypes", List.of());
        var linkIds = (List<String>) merge.getOrDefault("linkIds", List.of());
        var starts = (List<Boolean>) merge.getOrDefault("linkStarts", List.of());
        var ends = (List<Boolean>) merge.getOrDefault("linkEnds", List.of());
        var links = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < types.size(); i++) {
            links.add(Map.of("type", types.get(i), "id", linkIds.get(i), "start", starts.get(i), "end", ends.get(i)));
        }
        if (!links.isEmpty()) {
            tx.run(Statements.MOVE_LINKS, Map.of("target", absorbed, "links", links));
        }
        if (merge.get("mergedReviewBy") != null) {
            var params = new HashMap<String, Object>();
            params.put("kept", kept);
            params.put("mergedReviewBy", merge.get("mergedReviewBy"));
            params.put("keptReviewBy", merge.get("keptReviewBy"));
            tx.run(Statements.UNMERGE_REVIEW_DATE, params);
        }
        tx.run(Statements.DELETE_MERGE, Map.of("id", mergeId));
    }

    @SuppressWarnings("unchecked")
    List<MergeRecord> merges(SessionTx tx) {
        return tx.run(Statements.MERGES, Map.of()).stream().map(row -> record((Map<String, Object>) row.get("merge"), row)).toList();
    }

    /** Both entities visible to the session and of one type; a hidden id answers as a missing one. */
    private static void requireVisible(SessionTx tx, String firstId, String secondId) {
        if (firstId.equals(secondId)) {
            throw new IllegalArgumentException("an entity is not a duplicate of itself: " + firstId);
        }
        var types = new HashMap<String, String>();
        tx.run(Statements.TYPES_OF, Map.of("ids", List.of(firstId, secondId)))
                .forEach(row -> types.put((String) row.get("id"), (String) row.get("type")));
        for (String id : List.of(firstId, secondId)) {
            if (!types.containsKey(id)) {
                throw new NotFoundException(id);
            }
        }
        if (!types.get(firstId).equals(types.get(secondId))) {
            throw new IllegalArgumentException("a " + types.get(firstId) + " and a " + types.get(secondId)
                    + " are not one entity: " + firstId + ", " + secondId);
        }
    }

    /** A bookkeeping node the visibility rule lets every session read that sees what it names. */
    private Map<String, Object> bookkeeping(String id, String reason) {
        var row = new LinkedHashMap<String, Object>();
        row.put("id", id);
        row.put("recordedBy", visibility.user());
        row.put("sourceAgency", visibility.agencies().isEmpty() ? "-" : String.join(",", visibility.agencies().stream().sorted().toList()));
        row.put("recordedAt", ZonedDateTime.now(ZoneOffset.UTC));
        row.put("handling", "OPEN");
        row.put("reason", reason == null ? "" : reason);
        return row;
    }

    /** A merge from its bookkeeping {@code row}, named by the records' properties in {@code names} (kept and absorbed). */
    @SuppressWarnings("unchecked")
    private static MergeRecord record(Map<String, Object> row, Map<String, Object> names) {
        Instant at = row.get("recordedAt") instanceof TemporalAccessor t ? Instant.from(t) : null;
        String kept = (String) row.get("kept");
        String absorbed = (String) row.get("absorbed");
        String type = type((List<String>) names.get("keptLabels"));
        return new MergeRecord((String) row.get("id"), kept, absorbed, (String) row.get("recordedBy"), at,
                (String) row.get("reason"),
                caption(kept, type, (Map<String, Object>) names.get("keptProperties")),
                // merges join records of one type: the absorbed record is called as a record of the kept one's type
                caption(absorbed, type, (Map<String, Object>) names.get("absorbedProperties")));
    }

    private static String type(List<String> labels) {
        return labels == null ? null : labels.stream().filter(l -> !l.equals("Entity")).findFirst().orElse(null);
    }

    private static String caption(String id, String type, Map<String, Object> properties) {
        return type == null || properties == null ? null : org.netzbild.model.Entity.caption(id, type, properties);
    }
}
