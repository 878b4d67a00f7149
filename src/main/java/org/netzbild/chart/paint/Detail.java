package org.netzbild.chart.paint;

/**
 * The level of detail of one frame, chosen from how crowded the view is: the room each entity
 * in view has, {@code √(view area / entities in view)} pixels, decides. With room to spare the chart
 * shows everything at full size; as it gets crowded, labels go first, then arrow heads, then
 * entities shrink, and at the far end they become plain squares. Crowding, not the zoom factor,
 * decides, because the same zoom is sparse for 20 entities and a carpet for 5,000. Selected and
 * highlighted entities keep their labels as long as there is room for the labels of those alone.
 *
 * @param nodeScale    entity sizes are multiplied by this (at most 1: the style sheet's size)
 * @param labels       every entity's label is drawn
 * @param markedLabels the labels of selected and highlighted entities are drawn
 * @param arrows       directed links get arrow heads
 */
public record Detail(double nodeScale, boolean labels, boolean markedLabels, boolean arrows) {

    /** Everything at full size, however crowded (the benchmark's "labels on" picture). */
    public static final Detail FULL = new Detail(1, true, true, true);
    /** Everything but the labels at full size. */
    public static final Detail NO_LABELS = new Detail(1, false, false, true);

    /** Room per entity (pixels) from which every entity is labelled. */
    public static final double LABEL_ROOM = 48;
    /** Room per entity from which arrow heads are drawn. */
    public static final double ARROW_ROOM = 24;
    /** Room per entity from which entities have their full size; below it they shrink with the room. */
    public static final double FULL_SIZE_ROOM = 32;
    /** Entities never shrink below this share of their size. */
    public static final double SMALLEST_SCALE = 0.25;
    /** Entities drawn smaller than this (pixels) are plain squares: their shape cannot be told apart. */
    public static final double SIMPLE_BELOW = 5;

    /** Chooses the detail of a frame; the chart uses {@link Detail#forView}. */
    @FunctionalInterface
    public interface Policy {
        Detail choose(int entitiesInView, int markedInView, double width, double height);
    }

    /** The chart's default: detail by the room each entity in view has. */
    public static Detail forView(int entitiesInView, int markedInView, double width, double height) {
        double room = room(entitiesInView, width, height);
        double scale = Math.clamp(room / FULL_SIZE_ROOM, SMALLEST_SCALE, 1);
        return new Detail(scale, room >= LABEL_ROOM, room(markedInView, width, height) >= LABEL_ROOM,
                room >= ARROW_ROOM);
    }

    private static double room(int entities, double width, double height) {
        return Math.sqrt(width * height / Math.max(1, entities));
    }

    /** Whether an entity of {@code size} pixels is drawn as a plain square at this detail. */
    public boolean simple(double size) {
        return size * nodeScale < SIMPLE_BELOW;
    }
}
