package org.borderledger.screening;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.borderledger.screening.api.DeniedParty;

/**
 * Writes the generated positive pairs of the screening evaluation set
 * ({@code src/test/resources/screening/evaluation-generated.csv}): fictitious listed names and their
 * variants and the shipped entries' names written other ways, one class of variation at a time.
 * Deterministic; after {@code ./mvnw -pl command-side test-compile}, from the command-side directory:
 * {@code ../mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt &&
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.borderledger.screening.EvaluationSetGenerator}.
 * The romanisation tables are the published letter tables of each system.
 */
final class EvaluationSetGenerator {

    /** Russian distinctive words (fictitious company names), chosen to carry the letters the systems disagree on. */
    private static final String[] RUSSIAN = {"Ромашка", "Василёк", "Журавлик", "Черёмуха", "Щеглово", "Соловейчик",
        "Юрьевка", "Хрусталь", "Цветочек", "Жемчужина", "Ястребок", "Подъём", "Лесной Ключ", "Зайцев", "Белая Вежа",
        "Сибирский Кедр", "Яблонька", "Чайковский", "Шишкин Лес", "Ёлочка"};
    /** Kazakh distinctive words, with the letters of the Kazakh alphabet. */
    private static final String[] KAZAKH = {"Құрылыс Өнім Қоры", "Ұлытау Сауда", "Шұғыла", "Жұлдыз Құрылыс", "Қарлығаш",
        "Өркен Іскер", "Ақжайық", "Көкшетау Ғасыр", "Әлем Жолы", "Үміт Шаңырақ"};
    /** English words of company names as Russian writes them (test data, not used by the matcher). */
    private static final String[][] LOANWORDS = {{"Trade", "Трейд", "Трэйд"}, {"Trading", "Трейдинг", "Трэйдинг"},
        {"Group", "Групп", "Груп"}, {"Holding", "Холдинг"}, {"Engineering", "Инжиниринг"}, {"Logistics", "Логистикс", "Логистик"},
        {"Service", "Сервис"}, {"International", "Интернешнл"}, {"Technology", "Технолоджи"}, {"Industries", "Индастриз"},
        {"Company", "Компани"}, {"Development", "Девелопмент"}, {"Management", "Менеджмент"}, {"Resources", "Ресорсиз"},
        {"Consulting", "Консалтинг"}, {"Systems", "Системс"}, {"Solutions", "Солюшнс"}, {"Partners", "Партнерс"},
        {"Marketing", "Маркетинг"}, {"Express", "Экспресс"}};
    private static final String[] RUSSIAN_FORMS = {"ООО", "OOO", "АО", "ПАО", "ИП", "ЗАО"};
    private static final String[] LATIN_FORMS = {"LLC", "JSC", "PJSC", "L.L.C.", "Ltd.", "Limited Liability Company"};
    private static final String[] QUOTES = {"«%s»", "\"%s\"", "„%s“", "“%s”", "'%s'", "‹%s›"};

    private static final Map<Character, String[]> RU = Map.ofEntries(
            // letter: BGN/PCGN, GOST 7.79 B, ICAO 9303, scientific
            Map.entry('а', new String[] {"a", "a", "a", "a"}), Map.entry('б', new String[] {"b", "b", "b", "b"}),
            Map.entry('в', new String[] {"v", "v", "v", "v"}), Map.entry('г', new String[] {"g", "g", "g", "g"}),
            Map.entry('д', new String[] {"d", "d", "d", "d"}), Map.entry('е', new String[] {"e", "e", "e", "e"}),
            Map.entry('ё', new String[] {"ë", "yo", "e", "ë"}), Map.entry('ж', new String[] {"zh", "zh", "zh", "ž"}),
            Map.entry('з', new String[] {"z", "z", "z", "z"}), Map.entry('и', new String[] {"i", "i", "i", "i"}),
            Map.entry('й', new String[] {"y", "j", "i", "j"}), Map.entry('к', new String[] {"k", "k", "k", "k"}),
            Map.entry('л', new String[] {"l", "l", "l", "l"}), Map.entry('м', new String[] {"m", "m", "m", "m"}),
            Map.entry('н', new String[] {"n", "n", "n", "n"}), Map.entry('о', new String[] {"o", "o", "o", "o"}),
            Map.entry('п', new String[] {"p", "p", "p", "p"}), Map.entry('р', new String[] {"r", "r", "r", "r"}),
            Map.entry('с', new String[] {"s", "s", "s", "s"}), Map.entry('т', new String[] {"t", "t", "t", "t"}),
            Map.entry('у', new String[] {"u", "u", "u", "u"}), Map.entry('ф', new String[] {"f", "f", "f", "f"}),
            Map.entry('х', new String[] {"kh", "x", "kh", "ch"}), Map.entry('ц', new String[] {"ts", "cz", "ts", "c"}),
            Map.entry('ч', new String[] {"ch", "ch", "ch", "č"}), Map.entry('ш', new String[] {"sh", "sh", "sh", "š"}),
            Map.entry('щ', new String[] {"shch", "shh", "shch", "šč"}), Map.entry('ъ', new String[] {"ʺ", "``", "ie", "ʺ"}),
            Map.entry('ы', new String[] {"y", "y'", "y", "y"}), Map.entry('ь', new String[] {"ʹ", "`", "", "ʹ"}),
            Map.entry('э', new String[] {"e", "e'", "e", "è"}), Map.entry('ю', new String[] {"yu", "yu", "iu", "ju"}),
            Map.entry('я', new String[] {"ya", "ya", "ia", "ja"}));
    private static final String[] RU_SYSTEMS = {"BGN/PCGN", "GOST 7.79 B", "ICAO 9303", "scientific"};

    private static final Map<Character, String[]> KZ = Map.ofEntries(
            // letter: Kazakh Latin 2017, 2018, 2021
            Map.entry('а', new String[] {"a", "a", "a"}), Map.entry('ә', new String[] {"a'", "á", "ä"}),
            Map.entry('б', new String[] {"b", "b", "b"}), Map.entry('в', new String[] {"v", "v", "v"}),
            Map.entry('г', new String[] {"g", "g", "g"}), Map.entry('ғ', new String[] {"g'", "ǵ", "ğ"}),
            Map.entry('д', new String[] {"d", "d", "d"}), Map.entry('е', new String[] {"e", "e", "e"}),
            Map.entry('ж', new String[] {"j", "j", "j"}), Map.entry('з', new String[] {"z", "z", "z"}),
            Map.entry('и', new String[] {"i'", "i", "i"}), Map.entry('й', new String[] {"i'", "i", "i"}),
            Map.entry('і', new String[] {"i", "i", "ı"}), Map.entry('к', new String[] {"k", "k", "k"}),
            Map.entry('қ', new String[] {"q", "q", "q"}), Map.entry('л', new String[] {"l", "l", "l"}),
            Map.entry('м', new String[] {"m", "m", "m"}), Map.entry('н', new String[] {"n", "n", "n"}),
            Map.entry('ң', new String[] {"n'", "ń", "ñ"}), Map.entry('о', new String[] {"o", "o", "o"}),
            Map.entry('ө', new String[] {"o'", "ó", "ö"}), Map.entry('п', new String[] {"p", "p", "p"}),
            Map.entry('р', new String[] {"r", "r", "r"}), Map.entry('с', new String[] {"s", "s", "s"}),
            Map.entry('т', new String[] {"t", "t", "t"}), Map.entry('у', new String[] {"y'", "ý", "u"}),
            Map.entry('ұ', new String[] {"u", "u", "ū"}), Map.entry('ү', new String[] {"u'", "ú", "ü"}),
            Map.entry('ф', new String[] {"f", "f", "f"}), Map.entry('х', new String[] {"h", "h", "h"}),
            Map.entry('һ', new String[] {"h", "h", "h"}), Map.entry('ч', new String[] {"c'", "ch", "ç"}),
            Map.entry('ш', new String[] {"s'", "sh", "ş"}), Map.entry('ы', new String[] {"y", "y", "y"}),
            Map.entry('я', new String[] {"ia", "ia", "ia"}), Map.entry('ю', new String[] {"iu", "iu", "iu"}));
    private static final String[] KZ_SYSTEMS = {"2017", "2018", "2021"};

    record Pair(String kind, String declared, String listed, boolean expected) {
    }

    private EvaluationSetGenerator() {
    }

    static List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < RUSSIAN.length; i++) {
            String cyrillic = RUSSIAN[i];
            String bgn = PartyNameNormalizerTestSupport.bgn(cyrillic);
            String[] loan = LOANWORDS[i % LOANWORDS.length];
            String[] other = LOANWORDS[(i + 7) % LOANWORDS.length];
            // loanwords: listed in English, declared in Cyrillic (every spelling), and the other way round
            for (int s = 1; s < loan.length; s++) {
                pairs.add(new Pair("loanword", "ООО «" + cyrillic + " " + loan[s] + "»", bgn + " " + loan[0] + " LLC", true));
                pairs.add(new Pair("loanword", cyrillic + " " + loan[s] + " " + other[1], bgn + " " + loan[0] + " " + other[0], true));
                pairs.add(new Pair("loanword", bgn + " " + loan[0], "ООО «" + cyrillic + "-" + loan[s] + "»", true));
            }
            pairs.add(new Pair("loanword", bgn + " " + PartyNameNormalizerTestSupport.bgn(loan[1]), bgn + " " + loan[0], true));
            // romanisations of the Russian name
            for (int system = 0; system < RU_SYSTEMS.length; system++) {
                pairs.add(new Pair("romanisation-ru", romanise(cyrillic, RU, system) + " LLC", "ООО «" + cyrillic + "»", true));
                pairs.add(new Pair("romanisation-ru", romanise(cyrillic, RU, system), bgn + " OOO", true));
            }
            // legal forms, quotes, hyphens, joined words
            String form = RUSSIAN_FORMS[i % RUSSIAN_FORMS.length];
            String latinForm = LATIN_FORMS[i % LATIN_FORMS.length];
            String quoted = String.format(QUOTES[i % QUOTES.length], cyrillic);
            pairs.add(new Pair("legal-form-punctuation", form + " " + quoted, bgn + " " + latinForm, true));
            pairs.add(new Pair("legal-form-punctuation", quoted + ", " + form, latinForm + " " + bgn, true));
            pairs.add(new Pair("legal-form-punctuation", bgn.replace(' ', '-') + " " + latinForm, form + " " + quoted, true));
            pairs.add(new Pair("legal-form-punctuation", bgn.replace(" ", ""), bgn + " " + latinForm, true));
            pairs.add(new Pair("legal-form-punctuation", bgn.toUpperCase() + " , " + latinForm.toUpperCase(), cyrillic, true));
            // different companies sharing the English words, in either script
            String next = PartyNameNormalizerTestSupport.bgn(RUSSIAN[(i + 1) % RUSSIAN.length]);
            pairs.add(new Pair("negative-shared-words", "ООО «" + cyrillic + " " + loan[1] + "»", next + " " + loan[0] + " LLC", false));
            pairs.add(new Pair("negative-shared-words", bgn + " " + loan[0] + " " + other[0], next + " " + loan[0] + " " + other[0], false));
            pairs.add(new Pair("negative-shared-words", loan[1] + " " + other[1], bgn + " " + loan[0] + " " + other[0], false));
            // what works already: homoglyphs, full-width letters, word order
            pairs.add(new Pair("kept", homoglyphs(bgn), cyrillic, true));
            pairs.add(new Pair("kept", fullWidth(bgn), cyrillic + " " + form, true));
            pairs.add(new Pair("kept", loan[0] + " " + bgn, bgn + " " + loan[0] + " " + latinForm, true));
        }
        for (DeniedParty entry : ShippedLists.asVersion(ShippedLists.VERSION).deniedParties()) {
            pairs.addAll(shippedEntryVariants(entry));
        }
        for (String kazakh : KAZAKH) {
            String russianSpelling = PartyNameNormalizer.foldKazakh(kazakh);
            for (int system = 0; system < KZ_SYSTEMS.length; system++) {
                String latin = romanise(kazakh, KZ, system);
                pairs.add(new Pair("kazakh-latin", latin + " LLP", "ТОО «" + kazakh + "»", true));
                pairs.add(new Pair("kazakh-latin", PartyNameNormalizerTestSupport.ascii(latin), kazakh + " ЖШС", true));
                pairs.add(new Pair("kazakh-latin", latin.toUpperCase(), PartyNameNormalizerTestSupport.bgn(kazakh) + " LLP", true));
            }
            pairs.add(new Pair("kazakh-latin", russianSpelling, kazakh, true));
            pairs.add(new Pair("negative-shared-words", romanise(kazakh, KZ, 2) + " Trade LLP", kazakh.split(" ")[0] + " Логистик", false));
        }
        return pairs;
    }

    /**
     * Every name of a shipped entry written the other ways: each Cyrillic name in every Russian (or,
     * with Kazakh letters, Kazakh Latin) system, each Latin name in capitals with its look-alike
     * letters in Cyrillic. Compared with the whole entry ("entry:" and its id).
     */
    private static List<Pair> shippedEntryVariants(DeniedParty entry) {
        List<Pair> pairs = new ArrayList<>();
        String listed = "entry:" + entry.entryId();
        for (String name : entry.names()) {
            if (name.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
                boolean kazakh = !PartyNameNormalizer.foldKazakh(name).equals(name);
                for (int system = 0; system < (kazakh ? KZ_SYSTEMS.length : RU_SYSTEMS.length); system++) {
                    pairs.add(new Pair("shipped", romanise(name, kazakh ? KZ : RU, system), listed, true));
                }
            } else {
                pairs.add(new Pair("shipped", homoglyphs(name.toUpperCase()), listed, true));
            }
        }
        return pairs;
    }

    static String romanise(String cyrillic, Map<Character, String[]> table, int system) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cyrillic.length(); i++) {
            char c = cyrillic.charAt(i);
            String[] letters = table.get(Character.toLowerCase(c));
            if (letters == null) {
                out.append(c);
                continue;
            }
            String latin = letters[system];
            if (Character.isUpperCase(c) && !latin.isEmpty()) {
                latin = Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
            }
            out.append(latin);
        }
        return out.toString();
    }

    /** Latin letters replaced by the Cyrillic letters that look the same (a, e, o, p, c, x and their capitals). */
    static String homoglyphs(String latin) {
        return latin.replace('a', 'а').replace('e', 'е').replace('o', 'о').replace('p', 'р').replace('c', 'с').replace('x', 'х')
                .replace('A', 'А').replace('E', 'Е').replace('O', 'О').replace('P', 'Р').replace('C', 'С').replace('X', 'Х');
    }

    static String fullWidth(String latin) {
        StringBuilder out = new StringBuilder();
        latin.chars().forEach(c -> out.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : (char) c));
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "src/test/resources/screening/evaluation-generated.csv");
        try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader("class", "declared", "listed", "expected").get())) {
            for (Pair pair : pairs()) {
                csv.printRecord(pair.kind(), pair.declared(), pair.listed(), pair.expected() ? "yes" : "no");
            }
        }
    }
}
