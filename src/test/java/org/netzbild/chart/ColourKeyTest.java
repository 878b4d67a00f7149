package org.netzbild.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ColourKeyTest {

    private final ColourKey key = new ColourKey();

    @Test
    void aValueKeepsItsMarkWhenOthersGoAndCome() {
        var first = key.swatches(Colouring.AGENCY, List.of("Finanzamt Essen-Süd", "Gewerbeamt Bottrop", "PP Recklinghausen"));

        var without = key.swatches(Colouring.AGENCY, List.of("Gewerbeamt Bottrop", "PP Recklinghausen"));
        var more = key.swatches(Colouring.AGENCY, List.of("Amt A", "Gewerbeamt Bottrop", "PP Recklinghausen"));

        assertThat(without.get("Gewerbeamt Bottrop")).isEqualTo(first.get("Gewerbeamt Bottrop"));
        assertThat(more.get("PP Recklinghausen")).isEqualTo(first.get("PP Recklinghausen"));
        assertThat(more.get("Amt A")).isNotIn(first.values());
    }

    @Test
    void twentySevenValuesGetTwentySevenDifferentMarksHueFirstThenOutline() {
        var values = IntStream.range(0, 27).mapToObj(i -> String.format("Stelle %02d", i)).toList();

        var marks = key.swatches(Colouring.MUNICIPALITY, values);

        assertThat(new HashSet<>(marks.values())).hasSize(27);
        assertThat(marks.get("Stelle 00").outline()).isNull();
        assertThat(marks.get("Stelle 09").colour()).isEqualTo(marks.get("Stelle 00").colour());
        assertThat(marks.get("Stelle 09").outline()).isEqualTo("paletteDashed");
    }

    @Test
    void eachWayOfColouringHasAKeyOfItsOwn() {
        key.swatches(Colouring.AGENCY, List.of("B", "C"));

        assertThat(key.swatches(Colouring.POLICE_AUTHORITY, List.of("C")).get("C")).isEqualTo(Palette.slot(0));
    }
}
