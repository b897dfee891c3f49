package org.borderledger.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.borderledger.consignment.api.BusinessIdentifier;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.screening.RandomCheckPolicy;
import org.borderledger.screening.Screener;
import org.borderledger.screening.ScreeningLists;
import org.borderledger.screening.ShippedLists;
import org.borderledger.screening.api.DeniedParty;

/**
 * Screening of one large declaration (50 goods lines, all four parties a declaration names) against
 * a denied-party list of generated names (Latin and Cyrillic spellings, legal forms, aliases,
 * identifiers), with the same declaration against the small shipped list as the baseline. Screening
 * is a pure function in memory, so a plain timed loop after a warm-up measures it.
 */
final class ScreeningSpeed {

    private static final String SECTION = "Screening one declaration (50 goods lines, 4 parties; median and p99 of %d runs)";
    private static final int WARM_UP = 500;
    private static final int RUNS = 2_000;
    private static final String[] HS_CODES = {"940330", "847130", "854231", "870323", "610910", "730890", "847989",
        "852589", "940161", "392690"};
    private static final String[] STEMS = {"Ural", "Volga", "Sever", "Tekhno", "Prom", "Energo", "Stroi", "Avto",
        "Neft", "Gaz", "Metall", "Trans", "Agro", "Khim", "Mash", "Elektro", "Radio", "Opto", "Aero", "Sibir"};
    private static final String[] ENDINGS = {"servis", "komplekt", "snab", "torg", "resurs", "invest", "tekh", "lift",
        "pribor", "sistema"};
    private static final String[] CYRILLIC = {"Урал", "Волга", "Север", "Техно", "Пром", "Энерго", "Строй", "Авто",
        "Нефть", "Газ", "Металл", "Транс", "Агро", "Хим", "Маш", "Электро", "Радио", "Опто", "Аэро", "Сибирь"};
    private static final String[] FORMS = {"LLC", "JSC", "OOO", "AO", "Ltd", "TOO", "GmbH", "Trading"};

    private final Screener screener = new Screener();
    private final int deniedParties;

    ScreeningSpeed(int deniedParties) {
        this.deniedParties = deniedParties;
    }

    void measure(ResultTable table) {
        ScreeningLists shipped = ShippedLists.asVersion(ShippedLists.VERSION);
        ScreeningLists large = ScreeningLists.of("benchmark-" + deniedParties, shipped.goodsMeasures(),
                generated(deniedParties));
        Declaration declaration = Declarations.builder()
                .reference("BENCH-SCREENING")
                .declarant(Declarations.declarant())
                .exporter(Declarations.exporter())
                .consignee(Declarations.party("ООО «Уралтехснаб»", "RU"))
                .carrier(Declarations.party("Zhol Transit Logistics LLP", "KZ"))
                .toDestination("RU").via("RU")
                .goods(Declarations.goodsLines(IntStream.range(0, 50).mapToObj(i -> HS_CODES[i % HS_CODES.length])
                        .toArray(String[]::new)))
                .build();
        Latencies small = time(declaration, shipped);
        Latencies big = time(declaration, large);
        String section = String.format(SECTION, RUNS);
        String smallList = "shipped list (" + shipped.deniedParties().size() + " parties)";
        String bigList = "generated list (" + deniedParties + " parties, " + large.partyIndex().nameCount() + " names)";
        table.baseline(section, "p50, " + smallList, small.percentileMillis(50), "ms");
        table.add(section, "p50, " + bigList, big.percentileMillis(50), "ms", small.percentileMillis(50));
        table.add(section, "p99, " + bigList + " vs shipped p99", big.percentileMillis(99), "ms", small.percentileMillis(99));
    }

    private Latencies time(Declaration declaration, ScreeningLists lists) {
        Latencies latencies = new Latencies();
        LocalDate today = LocalDate.now();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            long start = System.nanoTime();
            if (screener.screen("CN-BENCH-SCREENING", declaration, lists, today, RandomCheckPolicy.NONE).hits() == null) {
                throw new IllegalStateException("Screening gave no hit list");
            }
            if (run >= WARM_UP) {
                latencies.add(System.nanoTime() - start);
            }
        }
        return latencies;
    }

    /** Company names of two stems and an ending, a legal form, a Cyrillic alias; a third with an identifier. */
    static List<DeniedParty> generated(int count) {
        Random random = new Random(20_000);
        List<DeniedParty> parties = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int first = random.nextInt(STEMS.length);
            int second = random.nextInt(STEMS.length);
            String ending = ENDINGS[random.nextInt(ENDINGS.length)];
            String name = STEMS[first] + STEMS[second].toLowerCase() + ending + " " + FORMS[random.nextInt(FORMS.length)]
                    + " " + (i + 1);
            String alias = "ООО «" + CYRILLIC[first] + CYRILLIC[second].toLowerCase() + " " + (i + 1) + "»";
            List<BusinessIdentifier> identifiers = i % 3 == 0
                    ? List.of(new BusinessIdentifier(CountryCode.of("RU"), String.format("77%08d", i))) : List.of();
            parties.add(new DeniedParty(String.format("GEN-%06d", i), "BENCHMARK", name, List.of(alias),
                    CountryCode.of("RU"), identifiers, "GENERATED"));
        }
        return parties;
    }
}
