package org.borderledger.summary.api;

import java.util.List;

/** The work list of one border post: one group per {@link WorkStage}, in the enum's order. */
public record WorkList(String borderPost, List<WorkListGroup> groups) {

    public WorkList {
        groups = List.copyOf(groups);
    }

    /** One stage's page of consignments, oldest declaration first, and how many are in that stage. */
    public record WorkListGroup(WorkStage stage, List<ConsignmentSummary> items, long total) {

        public WorkListGroup {
            items = List.copyOf(items);
        }
    }
}
