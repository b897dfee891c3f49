package org.borderledger.web.consignments;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.summary.api.FetchConsignmentSummariesQuery;
import org.borderledger.summary.api.SummarySort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list's search, filters, sort and page exactly as typed in the URL, so that any list can be
 * bookmarked. Everything is text here and checked in {@link #check}, so a bad value becomes a
 * message on the page rather than a binding error. {@code post} is null when the URL does not name
 * one (the officer's own post applies) and blank for "all posts".
 */
public record ConsignmentFilter(String reference, String party, String hs, String status, String channel, String post,
                                String from, String to, String sort, String dir, String page) {

    static final int PAGE_SIZE = 25;
    private static final String PATH = "/consignments";

    /** The filter with the signed-in officer's border post when the URL names none. */
    public ConsignmentFilter withDefaultPost(String defaultPost) {
        return post != null || "-".equals(defaultPost) ? this
                : new ConsignmentFilter(reference, party, hs, status, channel, defaultPost, from, to, sort, dir, page);
    }

    /** Message keys of what is wrong, by parameter; empty when the filter can be asked. */
    public Map<String, String> check() {
        Map<String, String> problems = new LinkedHashMap<>();
        refuseNul(problems, "reference", reference);
        refuseNul(problems, "party", party);
        refuseNul(problems, "post", post);
        if (present(hs) && !hs.replaceAll("[.\\s]", "").matches("\\d{1,10}")) {
            problems.put("hs", "consignments.list.invalid.hs");
        }
        if (present(status) && parse(ConsignmentStatus.class, status) == null) {
            problems.put("status", "consignments.list.invalid.status");
        }
        if (present(channel) && parse(Channel.class, channel) == null) {
            problems.put("channel", "consignments.list.invalid.channel");
        }
        LocalDate fromDate = date(from);
        LocalDate toDate = date(to);
        if (present(from) && fromDate == null) {
            problems.put("from", "consignments.list.invalid.date");
        }
        if (present(to) && toDate == null) {
            problems.put("to", "consignments.list.invalid.date");
        }
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            problems.put("to", "consignments.list.invalid.range");
        }
        if (present(sort) && parse(SummarySort.class, sort) == null) {
            problems.put("sort", "consignments.list.invalid.sort");
        }
        if (present(page) && !page.strip().matches("[1-9]\\d{0,6}")) {
            problems.put("page", "consignments.list.invalid.page");
        }
        return problems;
    }

    /** The query for this filter; call only when {@link #check} found nothing. Dates are days in the server's time zone (the one the console shows times in), both inclusive. */
    FetchConsignmentSummariesQuery query() {
        return query((pageNumber() - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** The query for this filter with a page of the caller's (the API's cursor pages); the same conditions as {@link #query()}. */
    public FetchConsignmentSummariesQuery query(int offset, int limit) {
        LocalDate toDate = date(to);
        return new FetchConsignmentSummariesQuery(reference, party, hs, parse(ConsignmentStatus.class, status),
                parse(Channel.class, channel), post, startOf(date(from)), toDate == null ? null : startOf(toDate.plusDays(1)),
                sortColumn(), descending(), offset, limit);
    }

    /** Newest declarations first unless the URL asks otherwise. */
    SummarySort sortColumn() {
        SummarySort column = parse(SummarySort.class, sort);
        return column == null ? SummarySort.DECLARED_AT : column;
    }

    boolean descending() {
        return dir == null ? !present(sort) : dir.equals("desc");
    }

    int pageNumber() {
        return present(page) && page.strip().matches("[1-9]\\d{0,6}") ? Integer.parseInt(page.strip()) : 1;
    }

    /** This list sorted by {@code column}: the other way round when it already is, ascending otherwise. */
    public String sortedBy(String column) {
        boolean flip = sortColumn().name().equals(column) && !descending();
        return link(column, flip ? "desc" : "asc", null);
    }

    /** {@code ascending}, {@code descending} or {@code none}, for the column header's aria-sort. */
    public String ariaSort(String column) {
        return !sortColumn().name().equals(column) ? "none" : descending() ? "descending" : "ascending";
    }

    public String pageLink(int number) {
        return link(sort, dir, Integer.toString(number));
    }

    /** The same search with every border post. */
    public String allPosts() {
        return new ConsignmentFilter(reference, party, hs, status, channel, "", from, to, sort, dir, null).link(sort, dir, null);
    }

    private String link(String sortBy, String direction, String pageNumber) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
        add(uri, "reference", reference);
        add(uri, "party", party);
        add(uri, "hs", hs);
        add(uri, "status", status);
        add(uri, "channel", channel);
        if (post != null) {
            uri.queryParam("post", post);
        }
        add(uri, "from", from);
        add(uri, "to", to);
        add(uri, "sort", sortBy);
        add(uri, "dir", direction);
        add(uri, "page", pageNumber);
        return uri.encode().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (present(value)) {
            uri.queryParam(name, value.strip());
        }
    }

    /** PostgreSQL text cannot hold U+0000: no consignment can match it, and asking would fail the query. */
    private static void refuseNul(Map<String, String> problems, String name, String typed) {
        if (typed != null && typed.indexOf('\0') >= 0) {
            problems.put(name, "consignments.list.invalid.nul");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (!present(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return present(value) ? LocalDate.parse(value.strip()) : null;
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static java.time.Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }
}
