package org.custodes.monitoring.actionplan;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which finding categories close only by a return visit with new records (as SMETA closes unpaid wages), from
 * {@code custodes.monitoring.closure.return-visit-categories}; by default wages, working hours, use of force and
 * detention. Every other category may close on a desk review of the documents.
 */
@Component
public class ClosureRule {

    static final String DEFAULT = "WAGES,WORKING_HOURS,USE_OF_FORCE,DETENTION";

    private final Set<FindingCategory> returnVisit;

    ClosureRule(@Value("${custodes.monitoring.closure.return-visit-categories:" + DEFAULT + "}")
            Set<FindingCategory> returnVisit) {
        this.returnVisit = returnVisit.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(returnVisit));
    }

    public boolean needsReturnVisit(FindingCategory category) {
        return returnVisit.contains(category);
    }

    public Set<FindingCategory> returnVisitCategories() {
        return returnVisit;
    }
}
