package org.conflictledger.store;

import java.util.List;
import org.conflictledger.model.Category;
import org.conflictledger.model.Figure;
import org.conflictledger.model.Group;
import org.conflictledger.model.Incident;

/**
 * The killed of an incident, all groups together: the one total the ledger filters, sorts and exports by. It is the
 * figure for everyone when the reports give one, else the sum over civilians, combatants and the unknown
 * (children and women are counted among those), whichever is higher; children or women alone when nothing else
 * is given. Each bound is taken the same way from the figures' own bounds.
 *
 * @param low the lowest total credible claims support, or null when no figure gives one
 * @param best the best estimate, or null when no figure gives one
 * @param high the highest total credible claims support, or null
 */
public record KilledTotal(Integer low, Integer best, Integer high) {
    private interface Bound {
        Integer of(Figure f);
    }

    /** The total of an incident's reconciled figures. */
    public static KilledTotal of(Incident incident) {
        return new KilledTotal(total(incident.figures(), Figure::low), total(incident.figures(), Figure::best),
                total(incident.figures(), Figure::high));
    }

    private static Integer value(List<Figure> figures, Group g, Bound bound) {
        for (Figure f : figures) {
            if (f.category() == Category.KILLED && f.group() == g) {
                return bound.of(f);
            }
        }
        return null;
    }

    private static Integer total(List<Figure> figures, Bound bound) {
        Integer all = value(figures, Group.ALL, bound);
        Integer sum = null;
        for (Group g : List.of(Group.CIVILIANS, Group.COMBATANTS, Group.UNKNOWN)) {
            Integer v = value(figures, g, bound);
            if (v != null) {
                sum = (sum == null ? 0 : sum) + v;
            }
        }
        if (all == null && sum == null) {
            for (Group g : List.of(Group.CHILDREN, Group.WOMEN)) {
                Integer v = value(figures, g, bound);
                if (v != null && (sum == null || v > sum)) {
                    sum = v;
                }
            }
        }
        return all == null ? sum : sum == null ? all : Integer.valueOf(Math.max(all, sum));
    }
}
