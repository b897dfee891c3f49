package org.borderledger.screening;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.borderledger.consignment.api.BorderPosts;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Direction;
import org.borderledger.consignment.api.GoodsLine;
import org.borderledger.consignment.api.LinkedImport;
import org.borderledger.consignment.api.PartyLink;
import org.borderledger.consignment.api.PartyRole;
import org.borderledger.consignment.api.ReexportDecidedEvent;
import org.borderledger.consignment.api.ScreeningHit.ReexportHit;
import org.borderledger.consignment.api.UnitBalance;
import org.borderledger.screening.api.GoodsMeasure;

/**
 * The re-export check as a pure function of an export declaration, the time it was declared, the
 * import lines the ledger offered as candidates, the lists, the coalition countries and the window:
 * the same inputs always give the same hits, and every hit names what it links, so the screening event
 * that records it explains it without the ledger.
 *
 * <p>An export to Russia or Belarus raises one hit per HS subheading of its lines that a goods measure
 * in force on the export's date covers for that destination, when imports of the same subheading
 * declared within the window before the export, of goods originating in a coalition country on the
 * import's date, had as consignee a party the export's exporter or declarant is linked to.
 */
public final class ReexportLinker {

    /** Where a re-export is circumvention: the countries the coalition's export controls are aimed at. */
    public static final Set<CountryCode> DESTINATIONS = Set.of(CountryCode.of("RU"), CountryCode.of("BY"));

    private final CoalitionCountries coalition;
    private final Duration window;

    public ReexportLinker(CoalitionCountries coalition, Duration window) {
        this.coalition = Objects.requireNonNull(coalition, "coalition");
        this.window = Objects.requireNonNull(window, "window");
    }

    public Duration window() {
        return window;
    }

    /** The HS subheadings of the export's lines that are controlled for its destination, each with its measure. */
    public Map<String, GoodsMeasure> controlled(Declaration export, ScreeningLists lists, Instant exportedAt) {
        Map<String, GoodsMeasure> controlled = new LinkedHashMap<>();
        if (export.direction() != Direction.EXPORT || !DESTINATIONS.contains(export.countryOfDestination())) {
            return controlled;
        }
        LocalDate onDate = dateAt(export.borderPost(), exportedAt);
        for (GoodsLine line : lines(export)) {
            lists.goodsMeasures().stream()
                    .filter(m -> m.inForceOn(onDate) && m.covers(line.hsCode())
                            && m.destinations().contains(export.countryOfDestination()))
                    .min(Comparator.comparing(GoodsMeasure::measureId))
                    .ifPresent(measure -> controlled.putIfAbsent(hs6(line), measure));
        }
        return controlled;
    }

    /** The keys of the export's exporter and declarant, under which the ledger is asked for candidates. */
    public static List<String> partyKeys(Declaration export) {
        return Stream.of(export.exporter(), export.declarant()).map(PartyKeys::of).flatMap(PartyKeys::present)
                .distinct().toList();
    }

    public List<ReexportHit> hits(Declaration export, Instant exportedAt, Map<String, GoodsMeasure> controlled,
                                  List<LedgerImport> candidates, Collection<ReexportDecidedEvent> decided) {
        Instant from = exportedAt.minus(window);
        List<ReexportHit> hits = new ArrayList<>();
        for (Map.Entry<String, GoodsMeasure> subheading : controlled.entrySet()) {
            String hs6 = subheading.getKey();
            List<LinkedImport> linked = candidates.stream()
                    .filter(c -> c.hs6().equals(hs6) && c.declaredAt().isBefore(exportedAt) && !c.declaredAt().isBefore(from))
                    .sorted(Comparator.comparing(LedgerImport::declaredAt).thenComparing(LedgerImport::consignmentId)
                            .thenComparingInt(LedgerImport::lineNumber))
                    .flatMap(c -> linked(export, c).stream()).toList();
            if (linked.isEmpty()) {
                continue;
            }
            List<GoodsLine> exported = lines(export).stream().filter(line -> hs6(line).equals(hs6)).toList();
            GoodsMeasure measure = subheading.getValue();
            ReexportHit hit = new ReexportHit(hs6, exported.stream().map(GoodsLine::lineNumber).toList(),
                    export.countryOfDestination().value(), measure.listName(), measure.measureId(), exportedAt,
                    (int) window.toDays(), coalition.version(), linked, balances(linked, exported), null);
            hits.add(decided.stream().filter(d -> d.hit().isSameFindingAs(hit)).reduce((first, latest) -> latest)
                    .map(d -> hit.decidedBefore(d.decision())).orElse(hit));
        }
        return hits;
    }

    /** The candidate as a linked import, when its origin counts and its importer is linked to the export's exporter or declarant. */
    private Optional<LinkedImport> linked(Declaration export, LedgerImport candidate) {
        LocalDate importedOn = dateAt(candidate.borderPost(), candidate.declaredAt());
        if (!coalition.includes(candidate.origin(), importedOn)) {
            return Optional.empty();
        }
        return Stream.of(new Declaration.RoledParty(PartyRole.EXPORTER, export.exporter()),
                        new Declaration.RoledParty(PartyRole.DECLARANT, export.declarant()))
                .flatMap(roled -> link(PartyKeys.of(roled.party()), candidate.importer())
                        .map(link -> new LinkedImport(candidate.consignmentId(), candidate.reference(),
                                candidate.declaredAt(), candidate.borderPost(), candidate.lineNumber(), candidate.hsCode(),
                                candidate.origin().value(), importedOn, candidate.quantity(), candidate.value(),
                                roled.role(), link)).stream())
                .findFirst();
    }

    static Optional<PartyLink> link(PartyKeys exporter, PartyKeys importer) {
        if (exporter.identifier() != null && exporter.identifier().equals(importer.identifier())) {
            return Optional.of(PartyLink.SAME_IDENTIFIER);
        }
        if (exporter.address() != null && exporter.address().equals(importer.address())) {
            return Optional.of(PartyLink.SAME_ADDRESS);
        }
        // Two different identifiers are two companies, however alike their names; leaving it off is no way out.
        if (exporter.name() != null && exporter.name().equals(importer.name())
                && (exporter.identifier() == null || importer.identifier() == null)) {
            return Optional.of(PartyLink.SAME_NAME_AND_COUNTRY);
        }
        return Optional.empty();
    }

    private static List<UnitBalance> balances(List<LinkedImport> imports, List<GoodsLine> exported) {
        Set<String> units = new TreeSet<>();
        imports.forEach(line -> units.add(line.quantity().unit()));
        exported.forEach(line -> units.add(line.quantity().unit()));
        return units.stream().map(unit -> UnitBalance.of(unit,
                imports.stream().filter(l -> l.quantity().unit().equals(unit)).map(l -> l.quantity().amount())
                        .reduce(BigDecimal.ZERO, BigDecimal::add),
                exported.stream().filter(l -> l.quantity().unit().equals(unit)).map(l -> l.quantity().amount())
                        .reduce(BigDecimal.ZERO, BigDecimal::add))).toList();
    }

    private static List<GoodsLine> lines(Declaration declaration) {
        return declaration.goods().stream().sorted(Comparator.comparingInt(GoodsLine::lineNumber)).toList();
    }

    private static String hs6(GoodsLine line) {
        return line.hsCode().value().substring(0, 6);
    }

    /** The calendar day at the post, in its time zone (UTC for a post no longer on the list). */
    private static LocalDate dateAt(String borderPost, Instant at) {
        ZoneId zone = BorderPosts.named(borderPost).map(BorderPosts.BorderPost::timeZone).orElse(ZoneOffset.UTC);
        return at.atZone(zone).toLocalDate();
    }
}
