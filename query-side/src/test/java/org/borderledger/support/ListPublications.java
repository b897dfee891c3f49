package org.borderledger.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.Measure;
import org.borderledger.screening.ShippedLists;
import org.borderledger.screening.api.DeniedParty;
import org.borderledger.screening.api.GoodsMeasure;
import org.borderledger.screening.api.ImportedList;
import org.borderledger.screening.api.ListFileDigest;
import org.borderledger.screening.api.ListSource;
import org.borderledger.screening.api.PublishScreeningListCommand;

/**
 * A new version of the lists for the re-screening tests: the shipped lists with one more denied party
 * (a consignee in Russia), one more goods measure (cotton T-shirts of Kazakh origin to Turkey,
 * monitored) and one changed (optical goods to third countries no longer monitored when made in
 * Kazakhstan), and the declarations the new entries catch.
 */
public final class ListPublications {

    public static final Actor ADMIN = new Actor("admin", Role.ADMIN, "-");
    public static final String NEW_PARTY = "Zapad Test Logistics";
    public static final String NEW_PARTY_ENTRY = "TEST-RESCREEN-P1";
    public static final String NEW_MEASURE_ENTRY = "TEST-RESCREEN-M1";
    /** A shipped measure the new version changes: it no longer applies to goods of Kazakh origin. */
    public static final String CHANGED_MEASURE_ENTRY = "CHPL-901380-MON";

    private ListPublications() {
    }

    /** The shipped lists and the two new entries, for the given file name so that each call publishes something new. */
    public static PublishScreeningListCommand withNewEntries(String salt) {
        List<ImportedList> lists = new ArrayList<>();
        for (ImportedList shipped : ShippedLists.load()) {
            if (shipped.source() == ListSource.US_SDN) {
                List<DeniedParty> parties = new ArrayList<>(shipped.parties());
                parties.add(new DeniedParty(NEW_PARTY_ENTRY, shipped.parties().get(0).listName(), NEW_PARTY + " " + salt,
                        List.of(NEW_PARTY), new CountryCode("RU"), List.of(), "TEST-PROGRAMME"));
                lists.add(new ImportedList(ListSource.US_SDN, List.of(digest("sdn.csv", salt)), parties, List.of()));
            } else if (shipped.source() == ListSource.GOODS_MEASURES) {
                List<GoodsMeasure> measures = new ArrayList<>(shipped.measures().stream().map(ListPublications::changed).toList());
                measures.add(new GoodsMeasure(NEW_MEASURE_ENTRY, shipped.measures().get(0).listName(), "6109",
                        Set.of(new CountryCode("TR")), Set.of(), Set.of(new CountryCode("KZ")), Set.of(), Measure.MONITOR,
                        "Test order " + salt, "Knitted cotton garments of Kazakh origin (test)", LocalDate.of(2020, 1, 1), null));
                lists.add(new ImportedList(ListSource.GOODS_MEASURES, List.of(digest("goods-measures.csv", salt)),
                        List.of(), measures));
            }
        }
        return new PublishScreeningListCommand(lists);
    }

    /** {@link #CHANGED_MEASURE_ENTRY} no longer for goods made in Kazakhstan; every other measure as shipped. */
    private static GoodsMeasure changed(GoodsMeasure m) {
        return !m.measureId().equals(CHANGED_MEASURE_ENTRY) ? m : new GoodsMeasure(m.measureId(), m.listName(), m.hsPrefix(),
                m.destinations(), m.routeCountries(), Set.of(), Set.of(new CountryCode("KZ")), m.measure(), m.legalBasis(),
                m.label(), m.validFrom(), m.validTo());
    }

    /** The shipped denied-party list with one more entry that matches no declaration of the tests: a publication that changes no outcome. */
    public static PublishScreeningListCommand withAnUnrelatedParty(String salt) {
        ImportedList shipped = ShippedLists.load().stream().filter(list -> list.source() == ListSource.US_SDN).findFirst()
                .orElseThrow();
        List<DeniedParty> parties = new ArrayList<>(shipped.parties());
        parties.add(new DeniedParty("TEST-UNRELATED-" + salt, shipped.parties().get(0).listName(), "Unrelated Test Trust " + salt,
                List.of(), new CountryCode("RU"), List.of(), "TEST-PROGRAMME"));
        return new PublishScreeningListCommand(List.of(new ImportedList(ListSource.US_SDN, List.of(digest("sdn.csv", salt)),
                parties, List.of())));
    }

    /** Goods the new lists do not touch: furniture to Turkey. */
    public static Declaration untouched(String reference) {
        return Declarations.builder().reference(reference).goods(Declarations.goodsLine(1, "9403300000")).build();
    }

    /** Cotton T-shirts to Turkey: GREEN before, monitored (YELLOW) by the new measure. */
    public static Declaration monitoredByTheNewMeasure(String reference) {
        return Declarations.builder().reference(reference).build();
    }

    /** Furniture to Russia for the new denied party: GREEN before, RED and held by the new list. */
    public static Declaration toTheNewDeniedParty(String reference) {
        return Declarations.builder().reference(reference).goods(Declarations.goodsLine(1, "9403300000"))
                .consignee(Declarations.party(NEW_PARTY, "RU")).toDestination("RU").build();
    }

    private static ListFileDigest digest(String name, String salt) {
        try {
            byte[] content = (name + salt).getBytes(StandardCharsets.UTF_8);
            return new ListFileDigest(name, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)),
                    content.length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
