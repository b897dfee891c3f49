package org.borderledger.summary.api;

import java.util.List;

/** The work list of some border posts: one group per {@link WorkStage}, in the enum's order. */
public record WorkList(List<String> borderPosts, List<WorkListGroup> groups) {

    public WorkList {
        borderPosts = List.copyOf(borderPosts);
        groups = List.copyOf(groups);
    }

    /** One stage's page of consignments, oldest declaration first, and how many are in that stage. */
    public record WorkListGroup(WorkStage stage, List<ConsignmentSummary> items, long total) {

        public WorkListGroup {
            items = List.copyOf(items);
        }
    }
}
