package org.netzbild.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netzbild.model.AgencyKind;
import org.netzbild.model.Entity;

/**
 * Cases and the incidents filed in them over the last five years. A case is opened by one agency
 * and may collect incidents of others of the same category (a police fraud case with a
 * prosecutor's seizure). Who is involved is drawn from the recent adults and businesses alone:
 * nothing about a person's name enters the draw, so involvement is independent of it.
 */
final class IncidentMaker {

    static final LocalDate FIRST_DAY = LocalDate.of(2021, 11, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);

    private final DemoWorld world;
    private final AddressBook addresses;

    IncidentMaker(DemoWorld world, AddressBook addresses) {
        this.world = world;
        this.addresses = addresses;
    }

    /** A case file with one to three incidents. */
    void caseFile() {
        var first = world.pick(IncidentTemplate.ALL);
        var parties = parties(first);
        if (parties == null) {
            return;
        }
        Jurisdiction here = world.jurisdiction(parties.place());
        DemoAgency owner = here.of(first.kind().equals("OFFENCE") && world.chance(30)
                ? AgencyKind.PROSECUTION : first.reporter(), world.random);
        LocalDate opened = world.source.date(FIRST_DAY, LAST_DAY);
        String caseRef = owner.reference(world.random, opened.getYear());
        String caseId = DemoWorld.id("c-", ++world.cases, 7);
        String status = opened.isBefore(LocalDate.of(2024, 6, 1))
                ? (world.chance(70) ? "CLOSED" : world.chance(50) ? "SUSPENDED" : "OPEN")
                : (world.chance(80) ? "OPEN" : "SUSPENDED");
        var props = new LinkedHashMap<String, Object>();
        props.put("caseRef", caseRef);
        props.put("agency", owner.id());
        props.put("opened", opened);
        props.put("status", status);
        world.out.add(new Entity(caseId, "Case", props, world.source.fact(owner, opened, caseRef)));
        world.out.link("HANDLED_BY", caseId, owner.nodeId(), Map.of(), world.source.fact(owner, opened, caseRef));

        int count = 1 + (world.chance(45) ? 1 : 0) + (world.chance(20) ? 1 : 0);
        LocalDate date = opened;
        IncidentTemplate template = first;
        for (int i = 0; i < count && !date.isAfter(LAST_DAY); i++) {
            boolean prosecuted = owner.kind() == AgencyKind.PROSECUTION;
            String incidentId = incident(template, parties, date, caseRef, prosecuted, status.equals("CLOSED"));
            world.out.link("PART_OF", incidentId, caseId, Map.of(), world.source.fact(owner, date, caseRef));
            template = sameCategory(template);
            date = date.plusDays(7 + world.random.nextInt(200));
        }
    }

    /** An inspection or measure outside any case file. */
    void standalone() {
        var template = world.pick(IncidentTemplate.ALL);
        var parties = parties(template);
        if (parties != null) {
            incident(template, parties, world.source.date(FIRST_DAY, LAST_DAY), null, false, false);
        }
    }

    private String incident(IncidentTemplate template, Parties parties, LocalDate date, String caseRef,
                            boolean prosecuted, boolean closed) {
        DemoAgency reporter = world.jurisdiction(parties.place()).of(template.reporter(), world.random);
        String reference = caseRef != null ? caseRef : reporter.reference(world.random, date.getYear());
        String id = DemoWorld.id("inc-", ++world.incidents, 7);
        var props = new LinkedHashMap<String, Object>();
        props.put("kind", template.kind());
        props.put("category", template.category());
        boolean period = template.category().equals("BENEFIT_FRAUD") || template.kind().equals("REPORT");
        props.put("dateFrom", period ? date.minusMonths(3 + world.random.nextInt(20)) : date);
        props.put("dateTo", period || template.kind().equals("OPERATION") ? date : null);
        props.put("summary", template.summary());
        props.put("caseRef", reference);
        world.out.add(new Entity(id, "Incident", props, world.source.fact(reporter, date, reference)));
        world.out.link("HANDLED_BY", id, reporter.nodeId(), Map.of(), world.source.fact(reporter, date, reference));
        world.out.link("LOCATED_AT", id, addresses.recentOrNew(parties.place(), reporter), Map.of(),
                world.source.fact(reporter, date, reference));
        for (int i = 0; i < parties.persons().size(); i++) {
            String role = i < template.roles().size() ? template.roles().get(i) : "CONTACT";
            world.out.link("INVOLVED_IN", DemoWorld.personId(parties.persons().get(i)), id,
                    Map.of("role", sharpened(role, template, prosecuted, closed)), world.source.fact(reporter, date, reference));
        }
        for (String thing : parties.things()) {
            world.out.link("INVOLVED_IN", thing, id, Map.of("role", "OTHER"), world.source.fact(reporter, date, reference));
        }
        return id;
    }

    /** A suspect becomes accused once a prosecutor charges, and sometimes convicted when the case is closed. */
    private String sharpened(String role, IncidentTemplate template, boolean prosecuted, boolean closed) {
        if (!role.equals("SUSPECT") || !template.kind().equals("OFFENCE")) {
            return role;
        }
        if (closed && world.chance(20)) {
            return "CONVICTED";
        }
        return prosecuted && world.chance(40) ? "ACCUSED" : role;
    }

    /** Who and what an incident of this template is about, or {@code null} before anyone exists. */
    private Parties parties(IncidentTemplate template) {
        var persons = new ArrayList<Integer>();
        var things = new ArrayList<String>();
        Place place;
        if (template.focus() == IncidentTemplate.Focus.BUSINESS && world.businesses > 0) {
            int business = world.recentBusiness();
            things.add(DemoWorld.businessId(business));
            persons.add(world.directorOf(business));
            place = world.placeOfBusiness(business);
        } else {
            int lead = world.recentAdult();
            if (lead == 0) {
                return null;
            }
            persons.add(lead);
            place = world.chance(75) ? world.placeOfPerson(lead) : world.places.draw(world.random);
            if (template.focus() == IncidentTemplate.Focus.VEHICLE && world.vehicles > 0) {
                things.add(DemoWorld.id("v-", recent(world.vehicles), 7));
            } else if (template.focus() == IncidentTemplate.Focus.PROPERTY && world.properties > 0) {
                things.add(DemoWorld.id("pr-", recent(world.properties), 7));
            }
        }
        for (int i = 1; i < template.roles().size(); i++) {
            int other = world.recentAdult();
            if (world.chance(60) && other != 0 && !persons.contains(other)) {
                persons.add(other);
            }
        }
        return new Parties(place, persons, things);
    }

    private int recent(int count) {
        int low = Math.max(1, count - DemoWorld.WINDOW / 2);
        return low + world.random.nextInt(count - low + 1);
    }

    private IncidentTemplate sameCategory(IncidentTemplate template) {
        List<IncidentTemplate> related = IncidentTemplate.ALL.stream()
                .filter(t -> t.category().equals(template.category()) && t.focus() == template.focus()).toList();
        return world.pick(related);
    }

    private record Parties(Place place, List<Integer> persons, List<String> things) {
    }
}
