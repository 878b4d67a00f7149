package org.netzbild.store;

import java.util.List;
import java.util.Optional;
import org.netzbild.model.Entity;
import org.netzbild.model.ExpandRequest;
import org.netzbild.model.ImportRecord;
import org.netzbild.model.Link;
import org.netzbild.model.Neighbourhood;
import org.netzbild.model.PathRequest;
import org.netzbild.model.SearchHit;
import org.netzbild.model.SearchRequest;
import org.netzbild.model.ShortestPaths;
import org.netzbild.model.Statement;
import org.netzbild.model.StoreStatistics;
import org.netzbild.model.WriteBatch;

/**
 * The port to the graph, in domain terms. Implementations validate records against the ontology
 * before writing, pass every value as a Cypher parameter, apply the session's visibility to every
 * read (traversals included) and audit every call. Errors are the exceptions of this package:
 * {@link NotFoundException}, {@link DuplicateIdException}, {@link StoreUnavailableException},
 * {@link org.netzbild.schema.InvalidRecordException} and
 * {@link org.netzbild.audit.AuditFailureException}.
 */
public interface GraphStore extends AutoCloseable {

    /** What the store is, for the status bar and the audit: kind and location, never a password. */
    String description();

    /** Writes entities and links in one transaction: all or nothing. */
    void write(WriteBatch batch, WriteMode mode);

    /** Creates one entity; fails with {@link DuplicateIdException} when the id exists. */
    default Entity create(Entity entity) {
        write(new WriteBatch(List.of(entity), List.of()), WriteMode.CREATE);
        return entity;
    }

    /** Creates one link between existing entities. */
    default Link create(Link link) {
        write(new WriteBatch(List.of(), List.of(link)), WriteMode.CREATE);
        return link;
    }

    /** Replaces the properties and provenance of an existing entity; {@link NotFoundException} if absent. */
    Entity update(Entity entity);

    Optional<Entity> entity(String id);

    Optional<Link> link(String id);

    /** The entities of these ids that exist and the session may see, in no particular order. */
    List<Entity> entities(java.util.Collection<String> ids);

    /** Every link the session may see between two of these entities (reopening a chart). */
    List<Link> linksAmong(java.util.Collection<String> ids);

    /**
     * What each agency states about an entity, as far as the session may see: the entity's own
     * record first, then the further statements, oldest first; empty when the entity is absent or
     * hidden.
     */
    List<Statement> statements(String entityId);

    /**
     * {@link #statements(String)} for many entities in one read (imports check thousands at a
     * time): by entity id, each list as there; entities absent or hidden are left out.
     */
    default java.util.Map<String, List<Statement>> statements(java.util.Collection<String> entityIds) {
        var all = new java.util.LinkedHashMap<String, List<Statement>>();
        for (String id : entityIds) {
            var statements = statements(id);
            if (!statements.isEmpty()) {
                all.put(id, statements);
            }
        }
        return all;
    }

    /**
     * Which import wrote the entity and each statement about it and link of it that the session may
     * see (a link only when its other end is visible too): record id to import id. Records entered
     * by hand are left out, so a missing id means "by hand"; empty when the entity is absent or
     * hidden. What an investigator checks after an import ({@code netzbild show}).
     */
    java.util.Map<String, String> importsBehind(String entityId);

    /**
     * Registers an import as running. Its records are then written in batches that carry its id
     * ({@link WriteBatch#importId()}); until {@link #completeImport} it counts as unfinished and is
     * rolled back when the store is next opened.
     */
    void beginImport(ImportRecord record);

    /**
     * Notes that a running import re-sends records the store already holds: these entities (and
     * its own agency's statements about them) and these links. The imports that wrote them then
     * count as depending on this one, so {@link #undoImport} refuses to undo them before it, since
     * that would delete records this import stands for.
     */
    void relyOn(String importId, java.util.Collection<String> entityIds, java.util.Collection<Link> links);

    /** Marks a running import complete: from now on it stands until undone. */
    void completeImport(String importId, long records);

    /** Every import the store knows, oldest first. */
    List<ImportRecord> imports();

    /**
     * Removes every entity, link and statement the import wrote, in transactions of bounded size,
     * then the import itself; returns how many records went. Refuses with
     * {@link ImportInUseException} while records of other imports or entered by hand hang on its
     * entities, or a later import re-sent its records ({@link #relyOn}), unless
     * {@code evenIfOthersDependOnIt}. Refuses with {@link ImportRunningException} while the import
     * is running and its lease holds ({@link ImportLease}): its writer would go on. A crash midway
     * leaves it {@code UNDOING}, to be finished on the next open.
     */
    long undoImport(String importId, boolean evenIfOthersDependOnIt);

    /**
     * The writer of a running import gives it up (it was cancelled or failed): it is removed as a
     * whole, as {@link #undoImport} with force would, without waiting for its lease. Only the
     * import's own writer may call this.
     */
    long abandonImport(String importId);

    /**
     * The entities of {@code type} the session may see whose identity {@code key} (one of the
     * ontology's identity keys of that type, e.g. name and birth date) has one of these values;
     * for a list property, the list contains the value. How imports find what is already known.
     */
    List<Entity> matching(String type, List<String> key, List<List<Object>> values);

    /** Deletes an entity with its links; {@link NotFoundException} if absent. */
    void delete(String entityId);

    List<SearchHit> search(SearchRequest request);

    Neighbourhood expand(ExpandRequest request);

    /**
     * The shortest paths up to the request's length among the records the session may see: the
     * first {@code maxPaths} in the order of the entity ids along each path, then its link ids, and
     * how many shortest paths there are (counted up to {@link ShortestPaths#COUNT_LIMIT}); none when
     * no path is short enough. {@link NotFoundException} when an end is absent or hidden.
     */
    ShortestPaths shortestPaths(PathRequest request);

    /**
     * What an analysis function works on: the visible entities of the request (the whole store
     * when it names none) and the visible links among them, in the compact form of
     * {@link org.netzbild.model.GraphSlice}, read in one transaction, sorted by id. Needs the
     * ANALYSE permission; audited as a combination of data (COMBINE) with the function and scope, while the
     * analysis's answer is audited with its ids by the analysis service.
     */
    org.netzbild.model.GraphSlice slice(org.netzbild.model.SliceRequest request);

    StoreStatistics statistics();

    /**
     * The review queue (§ 75 BDSG, ADR 0022): the entities of the session's agencies whose review
     * date has passed, earliest first, at most {@code limit}, whatever their handling. Such entities
     * are out of every other read until they are kept, restricted or erased.
     */
    List<Entity> dueForReview(int limit);

    /**
     * Keeps an entity of the review queue until {@code reviewBy} (a later date than today);
     * {@link NotFoundException} unless it is in the session's queue. The reason goes to the audit log.
     */
    void keep(String entityId, java.time.LocalDate reviewBy, String reason);

    /**
     * Keeps an entity of the review queue until {@code reviewBy} for fewer eyes: {@code AGENCY_ONLY}
     * or {@code NEED_TO_KNOW}; {@link NotFoundException} unless it is in the session's queue.
     */
    void restrict(String entityId, org.netzbild.model.Handling handling, java.time.LocalDate reviewBy, String reason);

    /**
     * Deletes an entity of the review queue with its links and every statement about it, the first
     * step of its erasure; {@link NotFoundException} unless it is in the session's queue.
     */
    void deleteDue(String entityId, String reason);

    /**
     * What the duplicate matcher needs of the persons the session may see (ADR 0031), in the order of
     * their ids: the first {@code limit} after {@code afterId} ({@code null}: from the first). Each
     * holds the spellings of the name, birth dates and agencies of the record and of the visible
     * statements about it, and the addresses, identifiers and plates linked to it by visible links.
     */
    List<org.netzbild.model.PersonFacts> personFacts(String afterId, int limit);

    /**
     * How many persons the session may see, counted no further than {@code atMost + 1}: enough to
     * tell whether there are more than {@code atMost} without reading what is known of them (the
     * desktop's duplicate hint decides by it whether to run the matcher at all).
     */
    long personCount(long atMost);

    /** The pairs rejected as one entity whose both entities the session may see: the two ids, in order. */
    List<List<String>> rejectedPairs();

    /**
     * Remembers that two entities are not one, so that they are never proposed again; both must be
     * visible, else {@link NotFoundException}. The reason goes to the audit log and the record.
     */
    void rejectPair(String firstId, String secondId, String reason);

    /**
     * Merges {@code absorbedId} into {@code keptId} (ADR 0031): the absorbed entity becomes a statement
     * about the kept one, the statements about it and its links move over, and a record of what moved
     * is kept for {@link #unmerge}. Both must be visible entities of one type, else
     * {@link NotFoundException}.
     */
    org.netzbild.model.MergeRecord merge(String keptId, String absorbedId, String reason);

    /**
     * Undoes a merge exactly: both entities, their statements and links as they were before it;
     * {@link NotFoundException} unless the session may see the merge's kept entity and absorbed record.
     */
    void unmerge(String mergeId, String reason);

    /** The merges the session may see and undo, oldest first. */
    List<org.netzbild.model.MergeRecord> merges();

    @Override
    void close();
}
