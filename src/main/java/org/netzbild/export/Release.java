package org.netzbild.export;

import java.util.Optional;
import org.netzbild.model.Handling;
import org.netzbild.model.Provenance;

/**
 * Whether a record may be passed to a recipient, by its provenance alone (DOMAIN.md, handling):
 * {@code OPEN} to every cooperation partner, {@code AGENCY_ONLY} back to the contributing agency only,
 * {@code NEED_TO_KNOW} to a named user or the recorder only; of the Europol codes, H0 not to bodies
 * outside crime fighting, H1 not to courts and prosecutors, H2 and H3 to the provider only (a
 * permission to pass it on is given outside Netzbild and not recorded, so the export errs on the side
 * of leaving out). Unlabelled records are never passed on.
 */
public final class Release {

    private Release() {
    }

    /** Empty if {@code recipient} may receive the record, else the first reason it may not. */
    public static Optional<Refusal> refusal(Provenance provenance, Recipient recipient) {
        if (!provenance.isLabelled()) {
            return Optional.of(Refusal.UNLABELLED);
        }
        boolean provider = !recipient.agency().isEmpty() && recipient.agency().equalsIgnoreCase(provenance.sourceAgency());
        if (provenance.handling() == Handling.AGENCY_ONLY && !provider) {
            return Optional.of(Refusal.AGENCY_ONLY);
        }
        if (provenance.handling() == Handling.NEED_TO_KNOW && (recipient.user().isEmpty()
                || !recipient.user().equals(provenance.recordedBy()) && !provenance.needToKnow().users().contains(recipient.user()))) {
            return Optional.of(Refusal.NEED_TO_KNOW);
        }
        String code = provenance.handlingCode() == null ? "" : provenance.handlingCode();
        return switch (code) {
            case "H0" -> recipient.kind() == Recipient.Kind.OTHER ? Optional.of(Refusal.H0) : Optional.empty();
            case "H1" -> recipient.kind() == Recipient.Kind.JUDICIAL && !provider ? Optional.of(Refusal.H1) : Optional.empty();
            case "H2" -> provider ? Optional.empty() : Optional.of(Refusal.H2);
            case "H3" -> provider ? Optional.empty() : Optional.of(Refusal.H3);
            default -> Optional.empty();
        };
    }
}
