package org.netzbild.analysis;

import java.util.Comparator;
import org.netzbild.model.Grading;

/**
 * How strong the records are that a result rests on: the weakest grading among them, how many are
 * ungraded, and how many of its links only one agency states ("this path rests on one C/4
 * statement"). A grading of the EU 4x4 scheme is weaker the later its source letter (A, B, C, X)
 * and then the higher its information figure; gradings of other schemes are not compared with it
 * and count as ungraded here.
 *
 * @param weakest          the weakest EU 4x4 grading, {@code null} when none is graded so
 * @param ungraded         records without an EU 4x4 grading
 * @param singleSourced    links that only one agency states
 * @param links            links in all
 */
public record Evidence(Grading weakest, int ungraded, int singleSourced, int links) {

    /** Weakest last. */
    static final Comparator<Grading> STRENGTH = Comparator
            .comparingInt((Grading g) -> "ABCX".indexOf(g.source()))
            .thenComparing(Grading::information);

    static Evidence none() {
        return new Evidence(null, 0, 0, 0);
    }

    /** This evidence with one more record of {@code grading}. */
    Evidence withRecord(Grading grading) {
        if (grading == null || !Grading.EU_4X4.equals(grading.scheme())) {
            return new Evidence(weakest, ungraded + 1, singleSourced, links);
        }
        Grading weaker = weakest == null || STRENGTH.compare(grading, weakest) > 0 ? grading : weakest;
        return new Evidence(weaker, ungraded, singleSourced, links);
    }

    /** This evidence with one more link of {@code grading}, stated by {@code agencies} agencies. */
    Evidence withLink(Grading grading, int agencies) {
        Evidence e = withRecord(grading);
        return new Evidence(e.weakest, e.ungraded, e.singleSourced + (agencies <= 1 ? 1 : 0), e.links + 1);
    }

    /** The weakest grading's code, such as {@code C4}, or "–". */
    public String weakestCode() {
        return weakest == null ? "–" : weakest.code();
    }
}
