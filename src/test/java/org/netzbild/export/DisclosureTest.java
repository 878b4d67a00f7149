package org.netzbild.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.netzbild.model.Grading;
import org.netzbild.model.Handling;
import org.netzbild.model.NeedToKnow;
import org.netzbild.model.Provenance;

/** What a recipient may receive of a chart, by the records' handling (DOMAIN.md). */
class DisclosureTest {

    private final SmallChart chart = new SmallChart();
    private static final Provenance OPEN = SmallChart.labelled("pp-essen");

    @Test
    void anAgencyOnlyRecordGoesBackToItsAgencyOnlyAndItsLinksStayWithIt() {
        var toEssen = chart.to(SmallChart.ESSEN);
        var toDortmund = chart.to(new Recipient("PP Dortmund", "pp-dortmund", Recipient.Kind.LAW_ENFORCEMENT, ""));

        assertThat(toEssen.ids()).containsExactly("p-anna", "b-bar", "a-home", "l-owns", "l-lives");
        assertThat(toEssen.leftOut()).containsEntry("p-father", Refusal.AGENCY_ONLY).containsEntry("l-parent", Refusal.END_LEFT_OUT);
        assertThat(toDortmund.ids()).contains("p-father", "l-parent");
        assertThat(toDortmund.leftOut()).isEmpty();
    }

    @Test
    void theBannerNamesTheMostRestrictiveHandlingAndEveryCodePassedOn() {
        assertThat(chart.to(SmallChart.ESSEN).banner()).isEqualTo("OPEN H0");
        assertThat(chart.to(new Recipient("PP Dortmund", "pp-dortmund", Recipient.Kind.LAW_ENFORCEMENT, "")).banner())
                .isEqualTo("AGENCY_ONLY H0");
    }

    @Test
    void h0GoesToCrimeFightingBodiesOnly() {
        var h0 = OPEN.handled(Handling.OPEN, "H0");
        assertThat(Release.refusal(h0, kind(Recipient.Kind.LAW_ENFORCEMENT))).isEmpty();
        assertThat(Release.refusal(h0, kind(Recipient.Kind.JUDICIAL))).isEmpty();
        assertThat(Release.refusal(h0, kind(Recipient.Kind.OTHER))).contains(Refusal.H0);
    }

    @Test
    void h1StaysOutOfJudicialProceedingsUnlessTheProviderItselfReceivesIt() {
        var h1 = OPEN.handled(Handling.OPEN, "H1");
        assertThat(Release.refusal(h1, kind(Recipient.Kind.JUDICIAL))).contains(Refusal.H1);
        assertThat(Release.refusal(h1, kind(Recipient.Kind.LAW_ENFORCEMENT))).isEmpty();
        assertThat(Release.refusal(h1, new Recipient("PP Essen", "pp-essen", Recipient.Kind.JUDICIAL, ""))).isEmpty();
    }

    @Test
    void h2AndH3GoToTheProviderOnly() {
        for (String code : new String[] {"H2", "H3"}) {
            var restricted = OPEN.handled(Handling.OPEN, code, "nur nach Rücksprache");
            assertThat(Release.refusal(restricted, kind(Recipient.Kind.LAW_ENFORCEMENT))).contains(Refusal.valueOf(code));
            assertThat(Release.refusal(restricted, new Recipient("PP Essen", "PP-ESSEN", Recipient.Kind.OTHER, ""))).isEmpty();
        }
    }

    @Test
    void aNeedToKnowRecordGoesOnlyToANamedUserOrItsRecorder() {
        var named = OPEN.needToKnow(NeedToKnow.users("ermittler.e"));
        assertThat(Release.refusal(named, new Recipient("PP Essen", "pp-essen", Recipient.Kind.LAW_ENFORCEMENT, "")))
                .contains(Refusal.NEED_TO_KNOW);
        assertThat(Release.refusal(named, new Recipient("E. Ermittler", "pp-dortmund", Recipient.Kind.LAW_ENFORCEMENT,
                "ermittler.e"))).isEmpty();
        assertThat(Release.refusal(named, new Recipient("K. Kommissarin", "", Recipient.Kind.LAW_ENFORCEMENT,
                "kommissarin.k"))).isEmpty();
    }

    @Test
    void anUnlabelledRecordIsNeverPassedOn() {
        var unlabelled = Provenance.of("pp-essen", "AZ", Instant.EPOCH, "k", Grading.eu("B2"));
        assertThat(Release.refusal(unlabelled, new Recipient("PP Essen", "pp-essen", Recipient.Kind.LAW_ENFORCEMENT, "")))
                .contains(Refusal.UNLABELLED);
    }

    private static Recipient kind(Recipient.Kind kind) {
        return new Recipient("Empfänger", "pp-dortmund", kind, "");
    }
}
