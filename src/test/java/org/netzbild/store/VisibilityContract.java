package org.netzbild.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.netzbild.model.Entity;
import org.netzbild.model.ExpandRequest;
import org.netzbild.model.GraphPath;
import org.netzbild.model.Handling;
import org.netzbild.model.ImportRecord;
import org.netzbild.model.Link;
import org.netzbild.model.NeedToKnow;
import org.netzbild.model.PathRequest;
import org.netzbild.model.Provenance;
import org.netzbild.model.SearchHit;
import org.netzbild.model.SearchRequest;
import org.netzbild.model.Statement;
import org.netzbild.model.StoreStatistics;
import org.netzbild.model.WriteBatch;
import org.netzbild.security.AnalystSession;
import org.netzbild.security.Purpose;
import org.netzbild.security.NotPermittedException;
import org.netzbild.security.Role;
import org.netzbild.security.Visibility;
import org.netzbild.testsupport.RecordingAuditSink;
import org.netzbild.testsupport.Records;

/**
 * Need-to-know on both adapters: two agencies, two cases, records of every handling, and for every
 * method of the port a row saying how a restricted session meets a record it may not see. A read
 * never returns a hidden id, never counts one and never walks through one; a write to a hidden id
 * answers exactly as one to a missing id. What each session may see is worked out here, from the
 * records alone (the oracle), and every answer is compared with it. A new method of the port
 * without a row fails {@link #everyMethodOfThePortHasARowInTheTable}.
 */
abstract class VisibilityContract {

    static final String CASE_A = "KA 100 Js 1/26";
    static final String CASE_B = "KB 200 Js 2/26";
    static final String RECORDER = "kommissarin.k";

    /** The connection of the subclass's database, open for the whole class. */
    protected abstract StoreConnection connection();

    /** A police analyst on case A and a tax investigator on case B. */
    private static final List<AnalystSession> SESSIONS = List.of(
            new AnalystSession("pol.anna", Records.POLICE, new Purpose(CASE_A, "Test"), Visibility.of("pol.anna", Records.POLICE, CASE_A), Set.of(Role.EDITOR)),
            new AnalystSession("fa.bernd", Records.TAX, new Purpose(CASE_B, "Test"), Visibility.of("fa.bernd", Records.TAX, CASE_B), Set.of(Role.EDITOR)));

    // ---------------------------------------------------------------- the table

    private interface Row extends BiConsumer<GraphStore, Fixture.Seen> {
    }

    private final Map<String, Row> table = table();

    private Map<String, Row> table() {
        var rows = new LinkedHashMap<String, Row>();
        rows.put("description()", (store, seen) -> assertThat(store.description()).doesNotContain(seen.hiddenIds()));
        rows.put("close()", (store, seen) -> { /* ends the session; nothing read */ });
        rows.put("entity(String)", (store, seen) -> seen.fixture.entities.forEach(e ->
                assertThat(store.entity(e.id()).isPresent()).as(e.id()).isEqualTo(seen.sees(e))));
        rows.put("link(String)", (store, seen) -> seen.fixture.links.forEach(l ->
                assertThat(store.link(l.id()).isPresent()).as(l.id()).isEqualTo(seen.sees(l))));
        rows.put("entities(Collection)", (store, seen) ->
                assertThat(Records.ids(store.entities(seen.fixture.entityIds()))).containsExactlyInAnyOrderElementsOf(seen.entityIds()));
        rows.put("linksAmong(Collection)", (store, seen) ->
                assertThat(linkIds(store.linksAmong(seen.fixture.entityIds()))).containsExactlyInAnyOrderElementsOf(seen.linkIds()));
        rows.put("statements(String)", (store, seen) -> seen.fixture.entities.forEach(e ->
                assertThat(statementIds(store.statements(e.id()))).as(e.id()).containsExactlyInAnyOrderElementsOf(seen.statementIdsOf(e))));
        rows.put("statements(Collection)", (store, seen) -> {
            var all = store.statements(seen.fixture.entityIds());
            assertThat(all.keySet()).containsExactlyInAnyOrderElementsOf(seen.entityIds());
            all.forEach((id, statements) -> assertThat(statementIds(statements))
                    .containsExactlyInAnyOrderElementsOf(seen.statementIdsOf(seen.fixture.entity(id))));
        });
        rows.put("importsBehind(String)", (store, seen) -> seen.fixture.entities.forEach(e -> {
            if (!seen.sees(e)) {
                assertThat(store.importsBehind(e.id())).as(e.id()).isEmpty();
                return;
            }
            // every record of the fixture came with the police import: the entity, the statements and
            // links the session sees, and nothing else
            var expected = new HashMap<String, String>();
            seen.statementIdsOf(e).forEach(id -> expected.put(id, seen.fixture.importOf.get(Records.POLICE)));
            seen.fixture.links.stream().filter(l -> (l.fromId().equals(e.id()) || l.toId().equals(e.id())) && seen.sees(l))
                    .forEach(l -> expected.put(l.id(), seen.fixture.importOf.get(Records.POLICE)));
            assertThat(store.importsBehind(e.id())).as(e.id()).isEqualTo(expected);
        }));
        rows.put("matching(String,List,List)", (store, seen) -> assertThat(Records.ids(store.matching("Person",
                List.of("name", "birthDate"), seen.fixture.entities.stream()
                        .map(e -> List.<Object>of(e.get("name"), e.get("birthDate"))).toList())))
                .containsExactlyInAnyOrderElementsOf(seen.entityIds()));
        rows.put("search(SearchRequest)", (store, seen) -> {
            var hits = store.search(new SearchRequest(seen.fixture.token, Set.of(), 100));
            assertThat(hits.stream().map(h -> h.entity().id()).toList()).containsExactlyInAnyOrderElementsOf(seen.entityIds());
            // the agencies a hit names are those of the record and of the statements the session sees
            hits.forEach(h -> assertThat(Set.copyOf(h.agencies())).isEqualTo(seen.agenciesStating(h.entity())));
            // a word only one statement holds finds its entity if, and only if, the session may see the statement
            for (Statement statement : seen.fixture.statements) {
                assertThat(store.search(SearchRequest.of(seen.fixture.wordOf(statement))).stream().map(SearchHit::entity)
                        .map(Entity::id).toList()).as(statement.id())
                        .isEqualTo(seen.sees(statement.provenance()) ? List.of(statement.entityId()) : List.of());
            }
        });
        rows.put("expand(ExpandRequest)", (store, seen) -> {
            for (Entity centre : seen.fixture.entities) {
                for (int hops = 1; hops <= 3; hops++) {
                    var request = ExpandRequest.of(centre.id(), hops);
                    if (!seen.sees(centre)) {
                        int h = hops;
                        assertAnswersAsMissing(centre.id(), id -> () -> store.expand(ExpandRequest.of(id, h)));
                        continue;
                    }
                    var neighbourhood = store.expand(request);
                    assertThat(Records.ids(neighbourhood.entities())).as("%s, %d hops", centre.id(), hops)
                            .containsExactlyInAnyOrderElementsOf(seen.within(centre.id(), hops));
                    assertThat(linkIds(neighbourhood.links())).doesNotContain(seen.hiddenIds());
                    assertThat(neighbourhood.truncated()).isFalse();
                }
            }
        });
        rows.put("shortestPaths(PathRequest)", (store, seen) -> {
            for (Entity from : seen.fixture.entities) {
                for (Entity to : seen.fixture.entities) {
                    var request = new PathRequest(from.id(), to.id(), 6, Set.of(), 50);
                    if (!seen.sees(from)) {
                        assertAnswersAsMissing(from.id(), id -> () -> store.shortestPaths(PathRequest.of(id, to.id(), 6)));
                        continue;
                    }
                    if (!seen.sees(to)) {
                        assertAnswersAsMissing(to.id(), id -> () -> store.shortestPaths(PathRequest.of(from.id(), id, 6)));
                        continue;
                    }
                    assertThat(paths(store.shortestPaths(request).paths())).as("%s to %s", from.id(), to.id())
                            .isEqualTo(seen.shortestPaths(from.id(), to.id()));
                }
            }
        });
        rows.put("statistics()", (store, seen) -> {
            // compared with the same session's count before the fixture was written
            StoreStatistics before = seen.statisticsBefore;
            StoreStatistics after = store.statistics();
            assertThat(after.entityCount() - before.entityCount()).isEqualTo(seen.entityIds().size());
            assertThat(after.linkCount() - before.linkCount()).isEqualTo(seen.linkIds().size());
        });
        rows.put("imports()", (store, seen) -> assertThat(store.imports()).extracting(ImportRecord::id)
                .contains(seen.ownImport()).doesNotContain(seen.othersImport()));
        rows.put("undoImport(String,boolean)", (store, seen) ->
                assertAnswersAsMissing(seen.othersImport(), id -> () -> store.undoImport(id, true)));
        rows.put("abandonImport(String)", (store, seen) ->
                assertAnswersAsMissing(seen.othersImport(), id -> () -> store.abandonImport(id)));
        rows.put("beginImport(ImportRecord)", (store, seen) -> {
            // an import is begun by the session for its own agency: the other one never sees it
            var record = new ImportRecord(seen.fixture.records.id("imp-" + seen.session.user()), "Probe",
                    seen.session.agency(), seen.session.user(), Instant.now(), ImportRecord.Status.RUNNING, 0);
            store.beginImport(record);
            assertThat(store.imports()).extracting(ImportRecord::id).contains(record.id());
            store.abandonImport(record.id());
        });
        rows.put("completeImport(String,long)", (store, seen) ->
                assertAnswersAsMissing(seen.othersImport(), id -> () -> store.completeImport(id, 1)));
        rows.put("relyOn(String,Collection,Collection)", (store, seen) -> {
            // re-sending a hidden record is no way to learn which import wrote it: nothing is answered
            store.relyOn(seen.ownImport(), seen.hiddenEntityIds(), List.of());
            assertThat(store.imports()).extracting(ImportRecord::id).doesNotContain(seen.othersImport());
        });
        rows.put("update(Entity)", (store, seen) -> seen.hiddenEntities().forEach(e ->
                assertAnswersAsMissing(e.id(), id -> () -> store.update(new Entity(id, e.type(), Records.props("name",
                        "Überschrieben", "birthDate", LocalDate.of(1984, 5, 17)), Records.from(seen.session.agency()))))));
        rows.put("delete(String)", (store, seen) -> seen.hiddenEntities().forEach(e ->
                assertAnswersAsMissing(e.id(), id -> () -> store.delete(id))));
        rows.put("write(WriteBatch,WriteMode)", (store, seen) -> seen.hiddenEntities().forEach(e -> {
            var visible = seen.fixture.entities.stream().filter(seen::sees).findFirst().orElseThrow();
            assertAnswersAsMissing(e.id(), id -> () -> store.write(new WriteBatch(List.of(), List.of(new Link(
                    seen.fixture.records.id("probe-" + id), "ASSOCIATE", visible.id(), id, Map.of(),
                    Records.from(seen.session.agency())))), WriteMode.CREATE));
            assertAnswersAsMissing(e.id(), id -> () -> store.write(new WriteBatch(List.of(), List.of(), List.of(
                    new Statement(seen.fixture.records.id("probe-st-" + id), id, Records.props("birthPlace", "Essen"),
                            Records.from(seen.session.agency())))), WriteMode.UPSERT));
            // an upsert over a hidden id is refused and the record stays as it was
            var takeOver = new Entity(e.id(), e.type(), Records.props("name", "Übernommen", "birthDate",
                    LocalDate.of(1984, 5, 17)), Records.from(seen.session.agency()));
            assertThatThrownBy(() -> store.write(new WriteBatch(List.of(takeOver), List.of()), WriteMode.UPSERT))
                    .isInstanceOf(DuplicateIdException.class);
        }));
        // the review queue (ADR 0022): only an officer of the record's agency meets an overdue record there
        rows.put("dueForReview(int)", (store, seen) -> {
            assertThatThrownBy(() -> store.dueForReview(10)).isInstanceOf(NotPermittedException.class);
            assertThat(Records.ids(officer(seen).dueForReview(10_000))).filteredOn(seen.fixture.entityIds()::contains)
                    .containsExactlyInAnyOrderElementsOf(seen.dueForTheOfficer());
        });
        rows.put("keep(String,LocalDate,String)", (store, seen) -> {
            assertThatThrownBy(() -> store.keep(seen.dueForTheOfficer().getFirst(), LATER, "Probe"))
                    .isInstanceOf(NotPermittedException.class);
            seen.notDueForTheOfficer().forEach(id -> assertAnswersAsMissing(id,
                    i -> () -> officer(seen).keep(i, LATER, "Probe")));
        });
        rows.put("restrict(String,Handling,LocalDate,String)", (store, seen) -> {
            assertThatThrownBy(() -> store.restrict(seen.dueForTheOfficer().getFirst(), Handling.AGENCY_ONLY, LATER, "Probe"))
                    .isInstanceOf(NotPermittedException.class);
            seen.notDueForTheOfficer().forEach(id -> assertAnswersAsMissing(id,
                    i -> () -> officer(seen).restrict(i, Handling.AGENCY_ONLY, LATER, "Probe")));
        });
        rows.put("deleteDue(String,String)", (store, seen) -> {
            assertThatThrownBy(() -> store.deleteDue(seen.dueForTheOfficer().getFirst(), "Probe"))
                    .isInstanceOf(NotPermittedException.class);
            seen.notDueForTheOfficer().forEach(id -> assertAnswersAsMissing(id, i -> () -> officer(seen).deleteDue(i, "Probe")));
        });
        // what an analysis reads (issue 19): the finder and the centralities are pure functions of the
        // slice, so a restricted session's analysis equals one over the graph with its hidden records removed
        rows.put("slice(SliceRequest)", (store, seen) -> {
            var chosen = store.slice(new org.netzbild.model.SliceRequest("contract", Set.copyOf(seen.fixture.entityIds()), Set.of()));
            assertThat(chosen.nodes()).extracting(org.netzbild.model.GraphSlice.Node::id)
                    .containsExactlyInAnyOrderElementsOf(seen.entityIds());
            assertThat(chosen.edges()).extracting(org.netzbild.model.GraphSlice.Edge::id)
                    .containsExactlyInAnyOrderElementsOf(seen.linkIds());
            chosen.nodes().forEach(n -> {
                var others = new java.util.TreeSet<>(seen.agenciesStating(seen.fixture.entity(n.id())));
                others.remove(n.agency());
                assertThat(n.stating()).as(n.id()).containsExactlyElementsOf(others);
            });
            var whole = store.slice(org.netzbild.model.SliceRequest.wholeStore("contract"));
            assertThat(whole.nodes()).extracting(org.netzbild.model.GraphSlice.Node::id)
                    .containsAll(seen.entityIds()).doesNotContain(seen.hiddenIds());
            assertThat(whole.edges()).extracting(org.netzbild.model.GraphSlice.Edge::id)
                    .containsAll(seen.linkIds()).doesNotContain(seen.hiddenIds());
        });
        // duplicates (ADR 0031): the matcher's facts, rejections and merges stay within what the session sees
        rows.put("personFacts(String,int)", (store, seen) -> {
            var facts = store.personFacts(null, 1_000_000).stream().filter(f -> seen.fixture.entityIds().contains(f.id())).toList();
            assertThat(facts).extracting(org.netzbild.model.PersonFacts::id).containsExactlyInAnyOrderElementsOf(seen.entityIds());
            var talkedAbout = seen.fixture.entities.get(1);
            facts.stream().filter(f -> f.id().equals(talkedAbout.id())).forEach(f -> seen.fixture.statements.forEach(st ->
                    assertThat(f.names().contains(seen.fixture.wordOf(st))).as(st.id()).isEqualTo(seen.sees(st.provenance()))));
            assertThat(facts.stream().flatMap(f -> f.agencies().stream()).distinct().toList())
                    .allSatisfy(agency -> assertThat(agency).isIn(Records.POLICE, Records.TAX));
        });
        // the hint's count: the persons the matcher would read, and no hidden one, counted up to the limit
        rows.put("personCount(long)", (store, seen) -> {
            long visible = store.personFacts(null, 1_000_000).size();
            assertThat(visible).isGreaterThan(2);
            assertThat(store.personCount(1_000_000)).isEqualTo(visible);
            assertThat(store.personCount(visible)).isEqualTo(visible);
            assertThat(store.personCount(visible - 1)).isEqualTo(visible);
            assertThat(store.personCount(1)).isEqualTo(2);
            assertThat(store.personCount(0)).isEqualTo(1);
        });
        rows.put("rejectedPairs()", (store, seen) -> {
            var expected = new ArrayList<List<String>>();
            seen.fixture.rejected.forEach(pair -> {
                if (seen.entityIds().containsAll(pair)) {
                    expected.add(pair);
                }
            });
            assertThat(store.rejectedPairs()).filteredOn(pair -> seen.fixture.entityIds().containsAll(pair))
                    .containsExactlyInAnyOrderElementsOf(expected);
        });
        rows.put("rejectPair(String,String,String)", (store, seen) -> seen.hiddenEntities().forEach(e -> {
            var visible = seen.fixture.entities.stream().filter(seen::sees).findFirst().orElseThrow();
            assertAnswersAsMissing(e.id(), id -> () -> store.rejectPair(visible.id(), id, "Probe"));
        }));
        rows.put("merge(String,String,String)", (store, seen) -> seen.hiddenEntities().forEach(e -> {
            var visible = seen.fixture.entities.stream().filter(seen::sees).findFirst().orElseThrow();
            assertAnswersAsMissing(e.id(), id -> () -> store.merge(visible.id(), id, "Probe"));
            assertAnswersAsMissing(e.id(), id -> () -> store.merge(id, visible.id(), "Probe"));
        }));
        rows.put("unmerge(String,String)", (store, seen) -> withAHiddenMerge(seen, merge -> {
            assertAnswersAsMissing(merge.id(), id -> () -> store.unmerge(id, "Probe"));
        }));
        rows.put("merges()", (store, seen) -> withAHiddenMerge(seen, merge ->
                assertThat(store.merges()).extracting(org.netzbild.model.MergeRecord::id).doesNotContain(merge.id())));
        rows.put("create(Entity)", (store, seen) -> seen.hiddenEntities().forEach(e ->
                assertThatThrownBy(() -> store.create(new Entity(e.id(), e.type(), e.properties(),
                        Records.from(seen.session.agency())))).isInstanceOf(DuplicateIdException.class)));
        rows.put("create(Link)", (store, seen) -> seen.hiddenEntities().forEach(e -> {
            var visible = seen.fixture.entities.stream().filter(seen::sees).findFirst().orElseThrow();
            assertAnswersAsMissing(e.id(), id -> () -> store.create(new Link(seen.fixture.records.id("probe2-" + id),
                    "ASSOCIATE", id, visible.id(), Map.of(), Records.from(seen.session.agency()))));
        }));
        return rows;
    }

    private static final LocalDate LATER = LocalDate.now(java.time.ZoneOffset.UTC).plusYears(1);

    /**
     * A merge neither session may see (its absorbed record is need-to-know for its recorder alone),
     * made for the check and undone after it, so that the fixture stays as written.
     */
    private void withAHiddenMerge(Fixture.Seen seen, java.util.function.Consumer<org.netzbild.model.MergeRecord> check) {
        var writer = connection().session(AnalystSession.unrestricted(RECORDER, Records.POLICE, new Purpose("Erfassung", "Test")),
                new RecordingAuditSink());
        var records = seen.fixture.records;
        Entity kept = records.person("merge-kept-" + seen.session.user(), "Verschmolzen Offen");
        Entity absorbed = new Entity(records.id("merge-absorbed-" + seen.session.user()), "Person",
                Records.props("name", "Verschmolzen Verdeckt"), Fixture.provenance(Records.TAX, Handling.NEED_TO_KNOW, NeedToKnow.NONE));
        writer.write(new WriteBatch(List.of(kept, absorbed), List.of()), WriteMode.CREATE);
        var merge = writer.merge(kept.id(), absorbed.id(), "Probe");
        try {
            check.accept(merge);
        } finally {
            writer.unmerge(merge.id(), "Probe");
            writer.delete(kept.id());
            writer.delete(absorbed.id());
        }
    }

    /** The data protection officer of the session's agency, seeing as the session does. */
    private GraphStore officer(Fixture.Seen seen) {
        var s = seen.session;
        return connection().session(new AnalystSession("dsb-" + s.user(), s.agency(), s.purpose(),
                new Visibility(false, "dsb-" + s.user(), s.visibility().agencies(), s.visibility().cases()),
                Set.of(Role.DATA_PROTECTION)), new RecordingAuditSink());
    }

    @Test
    void everyMethodOfThePortHasARowInTheTable() {
        var methods = new TreeSet<String>();
        for (Method method : GraphStore.class.getMethods()) {
            methods.add(method.getName() + "(" + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                    .collect(Collectors.joining(",")) + ")");
        }
        assertThat(table.keySet()).containsExactlyInAnyOrderElementsOf(methods);
    }

    @Test
    void aRestrictedSessionMeetsNoRecordItMayNotSeeInAnyMethodOfThePort() {
        var records = new Records();
        var before = new HashMap<String, StoreStatistics>();
        var stores = new LinkedHashMap<AnalystSession, GraphStore>();
        var audit = new RecordingAuditSink();
        for (AnalystSession session : SESSIONS) {
            GraphStore store = connection().session(session, audit);
            stores.put(session, store);
            before.put(session.user(), store.statistics());
        }
        var fixture = Fixture.write(connection(), records);
        for (var entry : stores.entrySet()) {
            var seen = fixture.seenBy(entry.getKey(), before.get(entry.getKey().user()));
            assertThat(seen.entityIds()).as("the fixture hides something from each session and shows something")
                    .isNotEmpty().hasSizeLessThan(fixture.entities.size());
            table.forEach((method, row) -> {
                try {
                    row.accept(entry.getValue(), seen);
                } catch (AssertionError e) {
                    throw new AssertionError(entry.getKey().user() + ", " + method + ": " + e.getMessage(), e);
                }
            });
        }
        // and nothing a session tried changed a record
        var everything = connection().session(AnalystSession.unrestricted("pruefer", Records.POLICE, new Purpose("Prüfung", "Test")), audit);
        var due = everything.dueForReview(10_000);
        fixture.entities.forEach(e -> {
            if (Fixture.overdue(e)) {
                assertThat(due).contains(e);
            } else {
                assertThat(everything.entity(e.id())).contains(e);
            }
        });
        // a link to an overdue record waits with it for the review, unchanged
        fixture.links.stream().filter(l -> !Fixture.overdue(fixture.entity(l.fromId())) && !Fixture.overdue(fixture.entity(l.toId())))
                .forEach(l -> assertThat(everything.link(l.id())).contains(l));
    }

    @Test
    void aShorterPathThroughAHiddenRecordLeavesTheLongerVisibleOneToBeFound() {
        var records = new Records();
        var detour = detour(records, "sp", records.restricted(records.person("sp-h", "Pfad Verdeckt", Records.TAX)));
        GraphStore police = connection().session(SESSIONS.getFirst(), new RecordingAuditSink());

        assertThat(police.shortestPaths(PathRequest.of(detour.from(), detour.to(), 4)).paths()).singleElement()
                .satisfies(p -> assertThat(Records.ids(p.entities())).isEqualTo(detour.longWay()));
    }

    /**
     * The path search first checks the links only on the paths it found (ADR 0042's companion in
     * the store, for large stores); a hidden link on the shortest route must leave the longer visible
     * route to be found, as when every link was checked during the search, and the unrestricted
     * session still takes the short one.
     */
    @Test
    void aShorterPathThroughAHiddenLinkLeavesTheLongerVisibleOneToBeFound() {
        var records = new Records();
        Entity a = records.person("sl-a", "Kante Anfang", Records.POLICE);
        Entity b = records.person("sl-b", "Kante Umweg Eins", Records.POLICE);
        Entity c = records.person("sl-c", "Kante Umweg Zwei", Records.POLICE);
        Entity z = records.person("sl-z", "Kante Ende", Records.POLICE);
        var links = List.of(records.link("az", "ASSOCIATE", a, z, Records.TAX, org.netzbild.model.Handling.AGENCY_ONLY),
                records.link("ab", "ASSOCIATE", a, b), records.link("bc", "ASSOCIATE", b, c),
                records.link("cz", "ASSOCIATE", c, z));
        var audit = new RecordingAuditSink();
        GraphStore all = connection().session(AnalystSession.unrestricted("erfasser", Records.POLICE, new Purpose("Erfassung", "Test")), audit);
        all.write(new WriteBatch(List.of(a, b, c, z), links), WriteMode.CREATE);
        GraphStore police = connection().session(SESSIONS.getFirst(), audit);

        assertThat(police.shortestPaths(PathRequest.of(a.id(), z.id(), 4)).paths()).singleElement()
                .satisfies(p -> assertThat(Records.ids(p.entities())).containsExactly(a.id(), b.id(), c.id(), z.id()));
        assertThat(all.shortestPaths(PathRequest.of(a.id(), z.id(), 4)).paths()).singleElement()
                .satisfies(p -> assertThat(Records.ids(p.entities())).containsExactly(a.id(), z.id()));
    }

    /**
     * The same for an entity on the short route that even a session seeing every agency's records may
     * not see (its review date has passed): that session's first try walks through any entity and must
     * see that the path it found holds one (ADR 0043).
     */
    @Test
    void aShorterPathThroughAnOverdueEntityLeavesTheLongerOneToBeFound() {
        var records = new Records();
        var overdueProvenance = Records.from(Records.POLICE).reviewedBy(LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1));
        var detour = detour(records, "so", new Entity(records.id("so-o"), "Person", Records.props("name", "Fällig Mitte",
                "birthDate", LocalDate.of(1984, 5, 17)), overdueProvenance));
        var audit = new RecordingAuditSink();
        GraphStore all = connection().session(AnalystSession.unrestricted("leser", Records.POLICE, new Purpose("Auswertung", "Test")), audit);

        for (GraphStore store : List.of(all, connection().session(SESSIONS.getFirst(), audit))) {
            var found = store.shortestPaths(PathRequest.of(detour.from(), detour.to(), 4));
            assertThat(found.paths()).singleElement()
                    .satisfies(p -> assertThat(Records.ids(p.entities())).isEqualTo(detour.longWay()));
            assertThat(found.found()).isEqualTo(1);
        }
    }

    /** A short route through one entity and a long one through two others, from one end to the other. */
    private record Detour(String from, String to, List<String> longWay) {
    }

    /** Writes {@code middle} between two persons, and a way round it over two more, as an unrestricted session. */
    private Detour detour(Records records, String prefix, Entity middle) {
        Entity a = records.person(prefix + "-a", "Umweg Anfang", Records.POLICE);
        Entity b = records.person(prefix + "-b", "Umweg Eins", Records.POLICE);
        Entity c = records.person(prefix + "-c", "Umweg Zwei", Records.POLICE);
        Entity z = records.person(prefix + "-z", "Umweg Ende", Records.POLICE);
        var links = List.of(records.link(prefix + "-am", "ASSOCIATE", a, middle), records.link(prefix + "-mz", "ASSOCIATE", middle, z),
                records.link(prefix + "-ab", "ASSOCIATE", a, b), records.link(prefix + "-bc", "ASSOCIATE", b, c),
                records.link(prefix + "-cz", "ASSOCIATE", c, z));
        connection().session(AnalystSession.unrestricted("erfasser", Records.POLICE, new Purpose("Erfassung", "Test")),
                new RecordingAuditSink()).write(new WriteBatch(List.of(a, middle, b, c, z), links), WriteMode.CREATE);
        return new Detour(a.id(), z.id(), List.of(a.id(), b.id(), c.id(), z.id()));
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The call with the hidden id fails with the same exception as with an id nobody ever wrote, and
     * with the same message but for the id.
     */
    private static void assertAnswersAsMissing(String hiddenId,
                                               java.util.function.Function<String, ThrowingCallable> call) {
        String missingId = "nie-geschrieben-" + java.util.UUID.randomUUID();
        Throwable hidden = catchThrowable(call.apply(hiddenId));
        Throwable missing = catchThrowable(call.apply(missingId));
        assertThat(missing).as("a missing id fails").isNotNull();
        assertThat(hidden).as("a hidden %s must answer like a missing one", hiddenId).isNotNull()
                .hasSameClassAs(missing);
        assertThat(hidden.getMessage().replace(hiddenId, "ID")).isEqualTo(missing.getMessage().replace(missingId, "ID"));
    }

    private static List<String> linkIds(List<Link> links) {
        return links.stream().map(Link::id).toList();
    }

    private static List<String> statementIds(List<Statement> statements) {
        return statements.stream().map(Statement::id).toList();
    }

    private static Set<List<String>> paths(List<GraphPath> paths) {
        return paths.stream().map(p -> Records.ids(p.entities())).collect(Collectors.toSet());
    }

    /** Every handling, of both agencies, with entities, links and statements, and the oracle. */
    static final class Fixture {

        final Records records;
        final String token;
        final List<Entity> entities = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
        final List<Statement> statements = new ArrayList<>();
        final Map<String, String> importOf = new HashMap<>();
        /** Pairs of neighbours in the fixture's list rejected as one person, each in the order of its ids. */
        final List<List<String>> rejected = new ArrayList<>();

        private Fixture(Records records) {
            this.records = records;
            // a word for the full-text index that only this fixture holds
            this.token = "Sichtprobe" + records.id("").replace("-", "");
        }

        static Fixture write(StoreConnection connection, Records records) {
            var fixture = new Fixture(records);
            var audit = new RecordingAuditSink();
            GraphStore writer = connection.session(AnalystSession.unrestricted(RECORDER, Records.POLICE, new Purpose("Erfassung", "Test")), audit);
            fixture.build();
            // the police import writes the records, so that every record has an import behind it
            for (String agency : List.of(Records.POLICE, Records.TAX)) {
                var record = new ImportRecord(records.id("import-" + agency.hashCode()), "Probe " + agency, agency,
                        RECORDER, Instant.now(), ImportRecord.Status.RUNNING, 0);
                writer.beginImport(record);
                if (agency.equals(Records.POLICE)) {
                    writer.write(new WriteBatch(fixture.entities, fixture.links, fixture.statements, record.id()),
                            WriteMode.CREATE);
                }
                writer.completeImport(record.id(), agency.equals(Records.POLICE) ? fixture.size() : 0);
                fixture.importOf.put(agency, record.id());
            }
            for (int i = 0; i + 1 < fixture.entities.size(); i++) {
                String a = fixture.entities.get(i).id();
                String b = fixture.entities.get(i + 1).id();
                if (Fixture.overdue(fixture.entities.get(i)) || Fixture.overdue(fixture.entities.get(i + 1))) {
                    continue; // an overdue record is out of every read, the unrestricted writer's too
                }
                writer.rejectPair(a, b, "Probe");
                fixture.rejected.add(a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a));
            }
            return fixture;
        }

        private void build() {
            // one entity per agency and handling, all linked into a ring and to a hub
            var handlings = List.of(
                    Map.entry("offen", provenance(Records.POLICE, Handling.OPEN, NeedToKnow.NONE)),
                    Map.entry("offen-fa", provenance(Records.TAX, Handling.OPEN, NeedToKnow.NONE)),
                    Map.entry("pol-nur", provenance(Records.POLICE, Handling.AGENCY_ONLY, NeedToKnow.NONE)),
                    Map.entry("fa-nur", provenance(Records.TAX, Handling.AGENCY_ONLY, NeedToKnow.NONE)),
                    Map.entry("fa-fuer-anna", provenance(Records.TAX, Handling.NEED_TO_KNOW, NeedToKnow.users("pol.anna"))),
                    Map.entry("pol-fall-a", provenance(Records.POLICE, Handling.NEED_TO_KNOW, NeedToKnow.cases(CASE_A))),
                    Map.entry("fa-fall-b", provenance(Records.TAX, Handling.NEED_TO_KNOW, NeedToKnow.cases(CASE_B))),
                    Map.entry("pol-niemand", provenance(Records.POLICE, Handling.NEED_TO_KNOW, NeedToKnow.NONE)));
            for (int i = 0; i < handlings.size(); i++) {
                var h = handlings.get(i);
                entities.add(new Entity(records.id(h.getKey()), "Person", Records.props("name", token + " " + h.getKey(),
                        "birthDate", LocalDate.of(1980, 1, 1 + i)), h.getValue()));
            }
            // records whose review date has passed: out of every read of every session (ADR 0022)
            LocalDate yesterday = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1);
            var overdue = List.of(
                    Map.entry("pol-faellig", provenance(Records.POLICE, Handling.OPEN, NeedToKnow.NONE).reviewedBy(yesterday)),
                    Map.entry("fa-faellig", provenance(Records.TAX, Handling.OPEN, NeedToKnow.NONE).reviewedBy(yesterday)),
                    Map.entry("pol-faellig-niemand", provenance(Records.POLICE, Handling.NEED_TO_KNOW, NeedToKnow.NONE)
                            .reviewedBy(yesterday)));
            for (int i = 0; i < overdue.size(); i++) {
                var o = overdue.get(i);
                entities.add(new Entity(records.id(o.getKey()), "Person", Records.props("name", token + " " + o.getKey(),
                        "birthDate", LocalDate.of(1981, 1, 1 + i)), o.getValue()));
            }
            Entity hub = entities.getFirst();
            for (int i = 0; i < entities.size(); i++) {
                Entity from = entities.get(i);
                Entity to = entities.get((i + 1) % entities.size());
                // ring links take the handling of their start, so hidden links also join visible ends
                links.add(new Link(records.id("ring-" + i), "ASSOCIATE", from.id(), to.id(), Map.of(), from.provenance()));
                if (i > 1) {
                    links.add(new Link(records.id("hub-" + i), "ASSOCIATE", hub.id(), from.id(), Map.of("context", "Treffen"),
                            handlings.get((i + 3) % handlings.size()).getValue()));
                }
            }
            // what each handling says about the second open person, each in a word of its own
            for (int i = 0; i < handlings.size(); i++) {
                var h = handlings.get(i);
                var statement = new Statement(records.id("st-" + h.getKey()), entities.get(1).id(),
                        Records.props("aliases", List.of("Alias" + i)), h.getValue());
                statements.add(new Statement(statement.id(), statement.entityId(),
                        Records.props("aliases", List.of(wordOf(statement))), statement.provenance()));
            }
        }

        private static Provenance provenance(String agency, Handling handling, NeedToKnow who) {
            var provenance = Records.from(agency).handled(handling, null);
            return handling == Handling.NEED_TO_KNOW ? provenance.needToKnow(who) : provenance;
        }

        List<String> entityIds() {
            return Records.ids(entities);
        }

        long size() {
            return entities.size() + links.size() + statements.size();
        }

        /** Whether the record's review date has passed, which takes it out of every normal read. */
        static boolean overdue(Entity e) {
            return e.provenance().reviewBy() != null
                    && e.provenance().reviewBy().isBefore(LocalDate.now(java.time.ZoneOffset.UTC));
        }

        /** The one word a statement holds: the token and the statement's own letters. */
        String wordOf(Statement statement) {
            String key = statement.id().substring(statement.id().lastIndexOf("st-") + 3).replaceAll("[^a-z]", "");
            return token + "x" + key + "q";
        }

        Entity entity(String id) {
            return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
        }

        Seen seenBy(AnalystSession session, StoreStatistics before) {
            return new Seen(this, session, before);
        }

        /** What one session may see, worked out from the records' provenance alone. */
        static final class Seen {

            final Fixture fixture;
            final AnalystSession session;
            final StoreStatistics statisticsBefore;

            Seen(Fixture fixture, AnalystSession session, StoreStatistics before) {
                this.fixture = fixture;
                this.session = session;
                this.statisticsBefore = before;
            }

            boolean sees(Provenance p) {
                return switch (p.handling()) {
                    case OPEN -> true;
                    case AGENCY_ONLY -> p.sourceAgency().equals(session.agency());
                    case NEED_TO_KNOW -> p.recordedBy().equals(session.user()) || p.needToKnow().users().contains(session.user())
                            || p.needToKnow().cases().stream().anyMatch(session.visibility().cases()::contains);
                };
            }

            boolean sees(Entity e) {
                return sees(e.provenance()) && !overdue(e);
            }

            /** The overdue records of the session's agency, whatever their handling: its officer's queue. */
            List<String> dueForTheOfficer() {
                return fixture.entities.stream().filter(e -> overdue(e)
                        && session.visibility().agencies().contains(e.provenance().sourceAgency())).map(Entity::id).toList();
            }

            /** Ids the officer's queue does not hold: another agency's overdue record, a current own one. */
            List<String> notDueForTheOfficer() {
                var ids = new ArrayList<String>();
                fixture.entities.stream().filter(e -> overdue(e)
                        && !session.visibility().agencies().contains(e.provenance().sourceAgency())).map(Entity::id)
                        .forEach(ids::add);
                fixture.entities.stream().filter(e -> !overdue(e)
                        && session.visibility().agencies().contains(e.provenance().sourceAgency())).map(Entity::id)
                        .findFirst().ifPresent(ids::add);
                return ids;
            }

            boolean sees(Link l) {
                return sees(l.provenance()) && sees(fixture.entity(l.fromId())) && sees(fixture.entity(l.toId()));
            }

            List<String> entityIds() {
                return fixture.entities.stream().filter(this::sees).map(Entity::id).toList();
            }

            List<Entity> hiddenEntities() {
                return fixture.entities.stream().filter(e -> !sees(e)).toList();
            }

            List<String> hiddenEntityIds() {
                return Records.ids(hiddenEntities());
            }

            List<String> linkIds() {
                return fixture.links.stream().filter(this::sees).map(Link::id).toList();
            }

            /** Every id of the fixture the session may not see: entities, links, statements. */
            String[] hiddenIds() {
                var hidden = new ArrayList<>(hiddenEntityIds());
                fixture.links.stream().filter(l -> !sees(l)).map(Link::id).forEach(hidden::add);
                fixture.statements.stream().filter(s -> !sees(s.provenance())).map(Statement::id).forEach(hidden::add);
                return hidden.toArray(String[]::new);
            }

            List<String> statementIdsOf(Entity e) {
                if (!sees(e)) {
                    return List.of();
                }
                var ids = new ArrayList<String>();
                ids.add(e.id());
                fixture.statements.stream().filter(s -> s.entityId().equals(e.id()) && sees(s.provenance()))
                        .map(Statement::id).forEach(ids::add);
                return ids;
            }

            Set<String> agenciesStating(Entity e) {
                var agencies = new HashSet<String>();
                agencies.add(e.provenance().sourceAgency());
                fixture.statements.stream().filter(s -> s.entityId().equals(e.id()) && sees(s.provenance()))
                        .map(s -> s.provenance().sourceAgency()).forEach(agencies::add);
                return agencies;
            }

            String ownImport() {
                return fixture.importOf.get(session.agency());
            }

            String othersImport() {
                return fixture.importOf.entrySet().stream().filter(e -> !e.getKey().equals(session.agency()))
                        .map(Map.Entry::getValue).findFirst().orElseThrow();
            }

            private Map<String, Set<String>> neighbours() {
                var neighbours = new HashMap<String, Set<String>>();
                fixture.links.stream().filter(this::sees).forEach(l -> {
                    neighbours.computeIfAbsent(l.fromId(), k -> new HashSet<>()).add(l.toId());
                    neighbours.computeIfAbsent(l.toId(), k -> new HashSet<>()).add(l.fromId());
                });
                return neighbours;
            }

            /** The visible entities within {@code hops} visible links of the centre, the centre included. */
            Set<String> within(String centre, int hops) {
                var neighbours = neighbours();
                var reached = new HashSet<>(Set.of(centre));
                var frontier = Set.of(centre);
                for (int hop = 0; hop < hops; hop++) {
                    var next = new HashSet<String>();
                    frontier.forEach(id -> neighbours.getOrDefault(id, Set.of()).stream().filter(reached::add).forEach(next::add));
                    frontier = next;
                }
                return reached;
            }

            /** All shortest paths between two visible entities over visible links and entities, at most six long. */
            Set<List<String>> shortestPaths(String from, String to) {
                if (from.equals(to)) {
                    return Set.of(List.of(from));
                }
                var neighbours = neighbours();
                var distance = new HashMap<String, Integer>(Map.of(from, 0));
                var queue = new ArrayDeque<>(List.of(from));
                while (!queue.isEmpty()) {
                    String id = queue.poll();
                    for (String next : neighbours.getOrDefault(id, Set.of())) {
                        if (distance.putIfAbsent(next, distance.get(id) + 1) == null) {
                            queue.add(next);
                        }
                    }
                }
                if (!distance.containsKey(to) || distance.get(to) > 6) {
                    return Set.of();
                }
                var paths = new HashSet<List<String>>();
                walkBack(to, distance, neighbours, new ArrayList<>(List.of(to)), paths);
                return paths;
            }

            private static void walkBack(String at, Map<String, Integer> distance, Map<String, Set<String>> neighbours,
                                         List<String> reversed, Set<List<String>> paths) {
                if (distance.get(at) == 0) {
                    var path = new ArrayList<>(reversed);
                    java.util.Collections.reverse(path);
                    paths.add(path);
                    return;
                }
                for (String previous : neighbours.get(at)) {
                    if (distance.containsKey(previous) && distance.get(previous) == distance.get(at) - 1) {
                        reversed.add(previous);
                        walkBack(previous, distance, neighbours, reversed, paths);
                        reversed.removeLast();
                    }
                }
            }
        }
    }
}
