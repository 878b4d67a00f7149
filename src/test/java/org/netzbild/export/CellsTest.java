package org.netzbild.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void aCellThatCouldStartAFormulaIsPrefixedWithAnApostrophe() {
        for (String hostile : new String[] {"=SUM(A1)", "+49 201 1234", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "  =1",
                "\uFF1D1"}) {
            assertThat(Cells.neutralise(hostile)).as(hostile).isEqualTo("'" + hostile);
        }
    }

    @Test
    void everyOtherCellStaysAsItIs() {
        for (String harmless : new String[] {"Anna Berg", "", "   ", "45143", "a=b", "'=1", "Müller-Lüdenscheidt"}) {
            assertThat(Cells.neutralise(harmless)).as(harmless).isEqualTo(harmless);
        }
    }
}
