package org.borderledger.screening.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The most one source's publication may hold, so that no publication can become an event too large
 * to store and read back. The real lists fit with room to spare: OFAC's SDN list and the EU file
 * hold some tens of thousands of entries, with names of at most a few hundred characters.
 * Checked on every {@link ImportedList}, whoever builds it; an upload sees each breach with its entry.
 */
public final class ListBounds {

    public static final int MAX_ENTRIES = 100_000;
    public static final int MAX_NAME = 1_000;
    public static final int MAX_ALIASES = 1_000;
    public static final int MAX_IDENTIFIERS = 100;
    public static final int MAX_ID = 100;
    /** Programme, legal basis and label. */
    public static final int MAX_TEXT = 1_000;
    /** All names, aliases and texts of one source together: about four times the real lists. */
    public static final long MAX_SOURCE_CHARACTERS = 10_000_000;

    private ListBounds() {
    }

    /** Every bound the entries break, each naming the entry and the field; empty when they fit. */
    public static List<String> breaches(List<DeniedParty> parties, List<GoodsMeasure> measures) {
        List<String> breaches = new ArrayList<>();
        int entries = parties.size() + measures.size();
        if (entries > MAX_ENTRIES) {
            breaches.add("holds " + entries + " entries; a list may hold at most " + MAX_ENTRIES);
            return breaches;
        }
        Tally tally = new Tally(breaches);
        for (DeniedParty party : parties) {
            String entry = tally.id(party.entryId());
            tally.text(entry, "list name", party.listName(), MAX_ID);
            tally.text(entry, "name", party.name(), MAX_NAME);
            tally.count(entry, "aliases", party.aliases().size(), MAX_ALIASES);
            for (int i = 0; i < party.aliases().size(); i++) {
                tally.text(entry, "alias " + (i + 1), party.aliases().get(i), MAX_NAME);
            }
            tally.count(entry, "identifiers", party.identifiers().size(), MAX_IDENTIFIERS);
            party.identifiers().forEach(identifier -> tally.characters += identifier.value().length());
            tally.text(entry, "programme", party.programme(), MAX_TEXT);
        }
        for (GoodsMeasure measure : measures) {
            String entry = tally.id(measure.measureId());
            tally.text(entry, "list name", measure.listName(), MAX_ID);
            tally.text(entry, "legal basis", measure.legalBasis(), MAX_TEXT);
            tally.text(entry, "label", measure.label(), MAX_TEXT);
        }
        if (tally.characters > MAX_SOURCE_CHARACTERS) {
            breaches.add("holds " + tally.characters + " characters of names and text; a list may hold at most "
                    + MAX_SOURCE_CHARACTERS);
        }
        return breaches;
    }

    /** The breaches found so far and the characters counted. */
    private static final class Tally {

        private final List<String> breaches;
        private long characters;

        Tally(List<String> breaches) {
            this.breaches = breaches;
        }

        /** The entry id as a message can quote it: itself when short, else its start. */
        String id(String entryId) {
            if (entryId.length() <= MAX_ID) {
                characters += entryId.length();
                return "entry " + entryId;
            }
            String entry = "entry " + entryId.substring(0, 20) + "...";
            breaches.add(entry + ": entry id has " + entryId.length() + " characters; at most " + MAX_ID + " are allowed");
            return entry;
        }

        void text(String entry, String field, String value, int max) {
            characters += value.length();
            if (value.length() > max) {
                breaches.add(entry + ": " + field + " has " + value.length() + " characters; at most " + max + " are allowed");
            }
        }

        void count(String entry, String field, int count, int max) {
            if (count > max) {
                breaches.add(entry + ": " + count + " " + field + "; at most " + max + " are allowed");
            }
        }
    }
}
