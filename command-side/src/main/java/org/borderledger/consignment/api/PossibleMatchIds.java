package org.borderledger.consignment.api;

/** How the commands on a possible match name it: the party's role and the list entry's id. */
final class PossibleMatchIds {

    /** Entry ids come from the lists (SDN-12345, EU.1234.56); longer is not an id. */
    private static final int MAX_ENTRY_ID = 100;

    private PossibleMatchIds() {
    }

    static PartyRole requireRole(PartyRole role) {
        if (role == null) {
            throw InvalidValueException.required("role", "Role of the party (declarant, exporter, consignee or carrier)");
        }
        return role;
    }

    static String requireEntryId(String entryId) {
        return FreeText.required("entryId", "List entry id", entryId, MAX_ENTRY_ID);
    }
}
