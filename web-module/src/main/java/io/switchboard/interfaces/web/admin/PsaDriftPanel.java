package io.switchboard.interfaces.web.admin;

import io.switchboard.application.psa.DriftReport;
import io.switchboard.application.psa.PsaDriftCheck;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.interfaces.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** The PSA page's drift check: compare (or repair) every remote ticket of the synced boards with its local twin. */
@Named
@ViewScoped
public class PsaDriftPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PsaDriftCheck drift;

    @Inject
    PsaPage page;

    private transient DriftReport report;
    private Long reportOf;

    public void check() {
        run(false);
    }

    public void repair() {
        run(true);
    }

    private void run(boolean repair) {
        try {
            long id = page.getSelected().id();
            report = drift.check(id, repair);
            reportOf = id;
            Feedback.info("Drift check: " + report.checked() + " compared, "
                    + report.drifts().size()
                    + " field" + (report.drifts().size() == 1 ? "" : "s") + " disagree"
                    + (repair ? ", " + report.repaired() + " repaired." : "."));
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
        page.refresh();
    }

    /** The last check of the connection now shown; null when there was none on this page. */
    public DriftReport getReport() {
        return page.getSelected() != null
                        && reportOf != null
                        && reportOf == page.getSelected().id()
                ? report
                : null;
    }
}
