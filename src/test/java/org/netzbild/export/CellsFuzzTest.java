package org.netzbild.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * The cell neutraliser under fuzzing: whatever text arrives, the cell a spreadsheet receives does
 * not start (after spaces) with a character that opens a formula, and it is the text itself or the
 * text behind one apostrophe. The normal build runs the stored inputs in
 * {@code src/test/resources/org/netzbild/export/CellsFuzzTestInputs}; {@code JAZZER_FUZZ=1 ./mvnw test
 * -Dtest=CellsFuzzTest} fuzzes for real.
 */
class CellsFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void neutralise(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        String cell = Cells.neutralise(text);

        assertThat(cell).isIn(text, "'" + text);
        String shown = cell.replaceFirst("^ +", "");
        assertThat(shown.isEmpty() || !Cells.triggers(shown.charAt(0)))
                .as("a cell may not open with a formula character: %s", cell).isTrue();
        assertThat(Cells.neutralise(cell)).isEqualTo(cell);
    }
}
