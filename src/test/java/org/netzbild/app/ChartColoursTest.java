package org.netzbild.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.chart.ColourKey;
import org.netzbild.chart.Colouring;

/**
 * Each category value's mark fixed for the workspace (issue 18): the key the chart gave is kept in
 * the workspace's folder and given back at the next session, values new since taking the next free
 * marks; a file that is missing or edited by hand takes nothing away but its own bad lines.
 */
class ChartColoursTest {

    @TempDir
    Path workspace;

    @Test
    void theMarksGivenInOneSessionAreTheMarksOfTheNext() {
        var first = new ColourKey();
        var given = first.swatches(Colouring.AGENCY, List.of("Zollamt Dortmund", "Gewerbeamt Essen", "PP Essen"));
        ChartColours.keep(workspace, first.given());

        var next = new ColourKey();
        next.restore(ChartColours.kept(workspace));
        // a session that sees a new agency first: the kept ones keep their marks, the new one takes the next
        var again = next.swatches(Colouring.AGENCY, List.of("Amt für Ordnung Bochum", "PP Essen", "Zollamt Dortmund"));

        assertThat(again.get("PP Essen")).isEqualTo(given.get("PP Essen"));
        assertThat(again.get("Zollamt Dortmund")).isEqualTo(given.get("Zollamt Dortmund"));
        assertThat(again.get("Amt für Ordnung Bochum")).isNotIn(given.values());
    }

    @Test
    void byAgencyKindAnEntityStandsForTheKindOfTheAgencyThatRecordedIt() {
        I18n.use(I18n.GERMAN);
        var chart = new org.netzbild.export.SmallChart();
        var state = org.netzbild.chart.ChartState.EMPTY.with(chart.entities(), chart.links());
        var places = org.netzbild.chart.PlaceIndex.of(state);

        assertThat(ChartColours.category(Colouring.AGENCY_KIND, places, chart.anna)).isEqualTo("Polizei");
        assertThat(ChartColours.category(Colouring.AGENCY_KIND, places, chart.bar)).isEqualTo("Kommune");
        assertThat(ChartColours.sourceRing(List.of("pp-essen", "gwa-essen"))).containsExactly("#4477AA", "#EE6677");
    }

    @Test
    void noFileKeepsNothingAndABadLineIsPassedOver() throws Exception {
        assertThat(ChartColours.kept(workspace)).isEmpty();

        Files.writeString(workspace.resolve(ChartColours.KEY_FILE),
                "AGENCY.PP\\ Essen=2\nAGENCY.Zollamt=zwei\nNOSUCH.X=1\nMUNICIPALITY.Bottrop=-4\n");

        assertThat(ChartColours.kept(workspace)).isEqualTo(Map.of(Colouring.AGENCY, Map.of("PP Essen", 2)));
    }
}
