package org.netzbild.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.netzbild.chart.ChartState;
import org.netzbild.chart.ColourKey;
import org.netzbild.chart.Colouring;
import org.netzbild.chart.Palette;
import org.netzbild.chart.PlaceIndex;
import org.netzbild.chart.paint.Framing;
import org.netzbild.export.Diagram;
import org.netzbild.model.Entity;

/**
 * What the chart's colours stand for, for the desktop and for a saved chart exported from the
 * command line: an entity's category (its type, its agency, its municipality, its police authority),
 * and a saved chart's looks in the colouring it was saved with, as the desktop draws that chart
 * when it opens it (every value of the chart a mark of {@link Palette}, given in alphabetical order;
 * an entity of no known value grey), with the legend rows of the values shown.
 */
public final class ChartColours {

    private ChartColours() {
    }

    /** The file in a workspace's folder that keeps which category value has which mark. */
    static final String KEY_FILE = "colours.properties";

    /**
     * The marks the workspace in {@code folder} kept ({@link #keep}); none when it kept none or the
     * file cannot be read (the chart then gives marks anew).
     */
    public static java.util.Map<Colouring, java.util.Map<String, Integer>> kept(java.nio.file.Path folder) {
        var kept = new java.util.EnumMap<Colouring, java.util.Map<String, Integer>>(Colouring.class);
        var file = folder.resolve(KEY_FILE);
        if (!java.nio.file.Files.isRegularFile(file)) {
            return kept;
        }
        var properties = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (java.io.IOException | IllegalArgumentException unreadable) {
            return kept;
        }
        for (String key : properties.stringPropertyNames()) {
            int dot = key.indexOf('.');
            var colouring = dot < 0 ? null : java.util.Arrays.stream(Colouring.values())
                    .filter(c -> c.name().equals(key.substring(0, dot))).findFirst().orElse(null);
            try {
                int slot = Integer.parseInt(properties.getProperty(key).strip());
                if (colouring != null && slot >= 0) {
                    kept.computeIfAbsent(colouring, c -> new java.util.LinkedHashMap<>()).put(key.substring(dot + 1), slot);
                }
            } catch (NumberFormatException notASlot) {
                // a hand-edited line: that value gets a mark anew
            }
        }
        return kept;
    }

    /** Keeps which category value has which mark in the workspace's {@code folder}, for the next session. */
    public static void keep(java.nio.file.Path folder, java.util.Map<Colouring, java.util.Map<String, Integer>> given) {
        var properties = new java.util.Properties();
        given.forEach((colouring, values) -> values.forEach((value, slot) ->
                properties.setProperty(colouring.name() + "." + value, Integer.toString(slot))));
        var file = folder.resolve(KEY_FILE);
        var written = folder.resolve(KEY_FILE + ".tmp");
        try (var out = java.nio.file.Files.newBufferedWriter(written, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.store(out, "Netzbild: which category value has which mark on the chart");
        } catch (java.io.IOException e) {
            throw new UserFacingException("error.coloursNotKept", file, String.valueOf(e.getMessage()));
        }
        try {
            java.nio.file.Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            throw new UserFacingException("error.coloursNotKept", file, String.valueOf(e.getMessage()));
        }
    }

    /**
     * The colour of an agency's kind in an entity's source ring (issue 18): police, prosecution,
     * customs, tax, municipal order office, social and immigration offices apart by hue (Paul Tol's
     * "bright" scheme, colour-vision-deficiency safe), any other agency dark grey.
     */
    public static String agencyKindColour(String agencyId) {
        var kind = org.netzbild.schema.Agencies.standard().byId(agencyId)
                .map(org.netzbild.schema.CooperationAgency::kind).orElse(null);
        return kind == null ? "#444444" : switch (kind) {
            case POLICE -> "#4477AA";
            case PROSECUTION -> "#AA3377";
            case CUSTOMS -> "#228833";
            case TAX -> "#CCBB44";
            case MUNICIPAL -> "#EE6677";
            case SOCIAL -> "#66CCEE";
            case IMMIGRATION -> "#BBBBBB";
            default -> "#444444";
        };
    }

    /**
     * The kinds of the given agencies in words (sorted by the user's language), each with its ring
     * colour: the legend's rows for source rings.
     */
    public static java.util.SortedMap<String, String> kindColours(java.util.Collection<String> agencies) {
        var kinds = new java.util.TreeMap<String, String>(java.text.Collator.getInstance(I18n.locale()));
        for (String agency : agencies) {
            org.netzbild.schema.Agencies.standard().byId(agency).ifPresent(a ->
                    kinds.put(I18n.text("value.AgencyKind." + a.kind().name()), agencyKindColour(agency)));
        }
        return kinds;
    }

    /**
     * The source ring of an entity stated by {@code agencies}: one segment an agency, in its kind's
     * colour, ordered by kind so that like sit together; {@code null} for one agency or none.
     */
    public static String[] sourceRing(java.util.Collection<String> agencies) {
        if (agencies == null || agencies.size() < 2) {
            return null;
        }
        return agencies.stream().map(ChartColours::agencyKindColour).sorted().toArray(String[]::new);
    }

    /** The value {@code entity}'s colour stands for under {@code colouring} ({@code null}: none known). */
    public static String category(Colouring colouring, PlaceIndex places, Entity entity) {
        return switch (colouring) {
            case TYPE -> entity.type();
            case AGENCY -> Labels.agency(entity.provenance().sourceAgency());
            case AGENCY_KIND -> org.netzbild.schema.Agencies.standard().byId(entity.provenance().sourceAgency())
                    .map(a -> Labels.enumValue("AgencyKind", a.kind().name())).orElse(null);
            case MUNICIPALITY -> places.municipality(entity.id());
            case POLICE_AUTHORITY -> places.policeAuthority(entity.id());
        };
    }

    /**
     * {@code base} with the looks and the legend's marks of {@code state} coloured by
     * {@code colouring} (its name as saved; {@code null} or an unknown name: by type, {@code base}
     * as it is).
     */
    static Exports.DiagramOptions saved(ChartState state, String colouring, Exports.DiagramOptions base) {
        Colouring chosen = colouring == null ? Colouring.TYPE
                : java.util.Arrays.stream(Colouring.values()).filter(c -> c.name().equals(colouring)).findFirst()
                        .orElse(Colouring.TYPE);
        if (chosen == Colouring.TYPE) {
            return base;
        }
        var places = PlaceIndex.of(state);
        var all = state.entities().values();
        var marks = new ColourKey().swatches(chosen, all.stream().map(e -> category(chosen, places, e))
                .filter(Objects::nonNull).toList());
        var unknown = new Palette.Swatch(Palette.UNKNOWN, null);
        var looks = new LinkedHashMap<String, Diagram.Look>();
        for (Entity e : all) {
            var mark = marks.getOrDefault(Objects.toString(category(chosen, places, e), ""), unknown);
            looks.put(e.id(), new Diagram.Look(Framing.label(e.caption()),
                    e.type() + (mark.outline() == null ? "" : ", " + mark.outline()), mark.colour()));
        }
        var shownValues = new java.util.HashSet<String>();
        state.visibleEntities(places).forEach(e -> shownValues.add(category(chosen, places, e)));
        var rows = new ArrayList<Diagram.LegendRow>();
        marks.forEach((value, mark) -> {
            if (shownValues.contains(value)) {
                rows.add(new Diagram.LegendRow(Diagram.LegendRow.Kind.ENTITY, mark.outline(), mark.colour(), value));
            }
        });
        return new Exports.DiagramOptions(base.page(), Map.copyOf(looks), I18n.text("legend." + chosen.name()),
                List.copyOf(rows), base.only(), base.sources(), base.linksByAgencyKind());
    }
}
