package org.conflictledger.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.conflictledger.model.Incident;
import org.conflictledger.model.Report;

/** Reconciles the reports of one incident into its figures, grade, place, date and perpetrators. */
public interface Reconciler {
    /**
     * The incident its reports describe.
     *
     * @param reports every report of one incident, all carrying its id; any order
     * @throws IllegalArgumentException when the reports are empty or carry different incident ids
     */
    Incident reconcile(List<Report> reports);

    /** The incidents of resolved reports of many incidents, grouped by their ids, in id order. */
    default List<Incident> reconcileAll(List<Report> reports) {
        Map<String, List<Report>> byId = new TreeMap<>();
        for (Report r : reports) {
            byId.computeIfAbsent(r.incidentId(), k -> new ArrayList<>()).add(r);
        }
        List<Incident> out = new ArrayList<>(byId.size());
        for (List<Report> one : byId.values()) {
            out.add(reconcile(one));
        }
        return out;
    }

    /** UCDP-style: the best estimate is the median of the independent sources' latest figures. */
    static Reconciler ucdp() {
        return new ClaimReconciler(ClaimReconciler.Rule.UCDP_BEST);
    }

    /** ACLED-style: the best estimate is the most conservative credible figure, the lowest. */
    static Reconciler conservative() {
        return new ClaimReconciler(ClaimReconciler.Rule.CONSERVATIVE);
    }
}
