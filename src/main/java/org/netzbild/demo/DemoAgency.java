package org.netzbild.demo;

import java.util.SplittableRandom;
import org.netzbild.model.AgencyKind;

/**
 * An agency as the generator uses it: its agency id of the reference data (the {@code sourceAgency}
 * of its records, e.g. {@code pp-essen}), the short name the planted networks call it by, its
 * kind, a short code for its file references, the prefix of its users' ids and the legal basis it
 * usually collects on.
 */
record DemoAgency(String id, String name, AgencyKind kind, String code, String userPrefix, String legalBasis) {

    /** The id of its Agency node (written with the reference data). */
    String nodeId() {
        return "agency-" + id;
    }

    private static final String[] DESKS = {"k", "sb", "ma", "ref", "ermittl", "pruef"};

    /** A fictional user id such as {@code pp-essen.k12}. */
    String user(SplittableRandom random) {
        return userPrefix + "." + DESKS[random.nextInt(DESKS.length)] + (1 + random.nextInt(40));
    }

    /**
     * A file reference in the style the kind of agency uses: {@code ST/0123456/2024} for a police
     * case, {@code 123 Js 456/24} for a prosecutor, and so on.
     */
    String reference(SplittableRandom random, int year) {
        int yy = year % 100;
        return switch (kind) {
            case POLICE -> String.format("ST/%07d/%d", random.nextInt(10_000_000), year);
            case PROSECUTION -> String.format("%d Js %d/%02d", 100 + random.nextInt(900), 1 + random.nextInt(2999), yy);
            case CUSTOMS -> String.format("HZA-%s FKS %04d/%d", code, random.nextInt(10_000), year);
            case TAX -> String.format("%s %04d/%d", userPrefix.startsWith("stfa") ? "StFa" : "StBSt", random.nextInt(10_000), year);
            case MUNICIPAL -> String.format("32.%d-%s-%05d/%d", 1 + random.nextInt(4), code, random.nextInt(100_000), year);
            case SOCIAL -> String.format("BG %05d//%07d", random.nextInt(100_000), random.nextInt(10_000_000));
            case IMMIGRATION -> String.format("ABH-%s %06d/%02d", code, random.nextInt(1_000_000), yy);
            case OTHER -> String.format("%s-%d-%05d", code, year, random.nextInt(100_000));
        };
    }
}
