package org.borderledger.screening;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.borderledger.consignment.api.BusinessIdentifier;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.screening.api.DeniedParty;
import org.borderledger.screening.api.ListFile;

/**
 * The EU Financial Sanctions File (XML, namespace {@value #NAMESPACE}, root {@code <export>}), read
 * as a stream with StAX so that the full file never sits in memory as a tree; DTDs and external
 * entities are refused. Each {@code <sanctionEntity>} becomes a denied party {@code EU-<logicalId>}:
 * its first strong name alias as name, the others as aliases, the country of its citizenship or
 * else its address, its registration and tax numbers, and the programme of its regulation.
 */
final class EuSanctionsXml {

    static final String NAMESPACE = "http://eu.europa.ec/fpi/fsd/export";
    static final String LIST_NAME = "EU-FSF";
    /** Identification types that name a company (registration, tax and fiscal numbers), not a person's papers. */
    private static final Set<String> BUSINESS_IDENTIFICATIONS = Set.of("regnumber", "tin", "fiscalcode");
    private static final Set<String> SUBJECT_TYPES = Set.of("person", "enterprise");
    /** The EU writes "00" for an unknown country. */
    private static final String UNKNOWN_COUNTRY = "00";
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,15}");

    private EuSanctionsXml() {
    }

    static List<DeniedParty> read(ListFile file, ImportProblems problems) {
        if (!ListText.looksLikeXml(file.content())) {
            problems.file(file.name(), "is not XML; the EU Financial Sanctions File is XML with root <export>"
                    + " (OFAC's CSV files are published as US_SDN)");
            return List.of();
        }
        List<DeniedParty> parties = new ArrayList<>();
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(new ByteArrayInputStream(file.content()));
            new Reading(file.name(), xml, problems, parties).document();
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            problems.add(file.name(), Math.max(line, 0), "is not well-formed XML: " + message(e));
        } finally {
            close(xml);
        }
        return parties;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    /** The parser's message without its "ParseError at [row,col]" prefix, which the line already says. */
    private static String message(XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = message.indexOf("Message: ");
        return at >= 0 ? message.substring(at + "Message: ".length()).strip() : message.strip();
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // the problem that stopped reading has been reported; closing an in-memory stream frees nothing more
            }
        }
    }

    /** One pass over the document. */
    private static final class Reading {

        private final String file;
        private final XMLStreamReader xml;
        private final ImportProblems problems;
        private final List<DeniedParty> parties;
        private final Map<String, Long> logicalIds = new HashMap<>();

        Reading(String file, XMLStreamReader xml, ImportProblems problems, List<DeniedParty> parties) {
            this.file = file;
            this.xml = xml;
            this.problems = problems;
            this.parties = parties;
        }

        void document() throws XMLStreamException {
            int event = xml.next();
            while (event != XMLStreamConstants.START_ELEMENT) {
                if (event == XMLStreamConstants.DTD) {
                    problems.add(file, line(), "has a DOCTYPE; the EU file has none, and DTDs are not read");
                    return;
                }
                event = xml.next();
            }
            if (!"export".equals(xml.getLocalName()) || !NAMESPACE.equals(xml.getNamespaceURI())) {
                problems.file(file, "has root <" + xml.getLocalName() + "> in namespace '" + xml.getNamespaceURI()
                        + "'; the EU Financial Sanctions File has <export> in namespace " + NAMESPACE);
                return;
            }
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("sanctionEntity")) {
                    entity();
                } else {
                    skip();
                }
            }
            if (parties.isEmpty() && problems.isEmpty()) {
                problems.file(file, "holds no <sanctionEntity>");
            }
        }

        private void entity() throws XMLStreamException {
            long line = line();
            String logicalId = attribute("logicalId");
            Entity entity = new Entity();
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                entity.read(xml);
                skip();
            }
            int before = problems.size();
            if (logicalId == null || !WHOLE_NUMBER.matcher(logicalId).matches()) {
                problems.add(file, line, "sanctionEntity logicalId '" + logicalId + "' is not a whole number");
            } else {
                Long first = logicalIds.putIfAbsent(logicalId, line);
                if (first != null) {
                    problems.add(file, line, "sanctionEntity logicalId " + logicalId + " is already used on line " + first);
                }
            }
            entity.check(message -> problems.add(file, line, message));
            if (problems.size() == before) {
                try {
                    parties.add(entity.party("EU-" + logicalId));
                } catch (IllegalArgumentException e) {
                    problems.add(file, line, e.getMessage());
                }
            }
        }

        /** Skips to the end of the current element, whatever it holds. */
        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private String attribute(String name) {
            String value = xml.getAttributeValue(null, name);
            return value == null || value.isBlank() ? null : value.strip();
        }

        private long line() {
            return xml.getLocation().getLineNumber();
        }
    }

    /** What one {@code <sanctionEntity>}'s direct children say. */
    private static final class Entity {

        private String programme;
        private String subjectType;
        private String strongName;
        private final Set<String> names = new LinkedHashSet<>();
        private final List<String> citizenships = new ArrayList<>();
        private final List<String> addressCountries = new ArrayList<>();
        private final List<String[]> identifications = new ArrayList<>();

        void read(XMLStreamReader xml) {
            switch (xml.getLocalName()) {
                case "regulation" -> programme = programme != null ? programme : value(xml, "programme");
                case "subjectType" -> subjectType = value(xml, "code");
                case "nameAlias" -> {
                    String name = value(xml, "wholeName");
                    if (name != null) {
                        names.add(name);
                        if (strongName == null && "true".equals(value(xml, "strong"))) {
                            strongName = name;
                        }
                    }
                }
                case "citizenship" -> country(xml, citizenships);
                case "address" -> country(xml, addressCountries);
                case "identification" -> identifications.add(new String[] {value(xml, "identificationTypeCode"),
                        value(xml, "number"), value(xml, "countryIso2Code")});
                default -> {
                    // birth dates, remarks and the rest do not take part in screening
                }
            }
        }

        void check(Consumer<String> problem) {
            if (names.isEmpty()) {
                problem.accept("sanctionEntity has no <nameAlias wholeName=...>");
            }
            if (programme == null) {
                problem.accept("sanctionEntity has no <regulation programme=...>");
            }
            if (subjectType == null || !SUBJECT_TYPES.contains(subjectType)) {
                problem.accept("sanctionEntity subjectType code '" + subjectType + "' is not person or enterprise");
            }
        }

        DeniedParty party(String entryId) {
            String name = strongName != null ? strongName : names.iterator().next();
            List<String> aliases = names.stream().filter(n -> !n.equals(name)).toList();
            List<String> countries = citizenships.isEmpty() ? addressCountries : citizenships;
            CountryCode country = countries.isEmpty() ? null : CountryCode.of(countries.get(0));
            List<BusinessIdentifier> identifiers = new ArrayList<>();
            for (String[] identification : identifications) {
                if (BUSINESS_IDENTIFICATIONS.contains(identification[0]) && identification[1] != null
                        && identification[2] != null && !UNKNOWN_COUNTRY.equals(identification[2])) {
                    identifiers.add(new BusinessIdentifier(CountryCode.of(identification[2]), identification[1]));
                }
            }
            return new DeniedParty(entryId, LIST_NAME, name, aliases, country, identifiers, programme);
        }

        private static void country(XMLStreamReader xml, List<String> countries) {
            String code = value(xml, "countryIso2Code");
            if (code != null && !UNKNOWN_COUNTRY.equals(code)) {
                countries.add(code);
            }
        }

        private static String value(XMLStreamReader xml, String attribute) {
            String value = xml.getAttributeValue(null, attribute);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
