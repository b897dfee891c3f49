package org.borderledger.consignment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.consignment.api.Rejections.assertRejected;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PartyTest {

    private static final CountryCode KZ = CountryCode.of("KZ");

    @Test
    void keeps_name_country_identifier_and_address() {
        BusinessIdentifier bin = new BusinessIdentifier(KZ, "040540000014");
        Party party = new Party("  TOO Dala Logistics ", KZ, bin, " Almaty,\n1 Example Avenue ");
        assertThat(party.name()).isEqualTo("TOO Dala Logistics");
        assertThat(party.country()).isEqualTo(KZ);
        assertThat(party.identifier()).isEqualTo(bin);
        assertThat(party.address()).isEqualTo("Almaty,\n1 Example Avenue");
    }

    @Test
    void identifier_and_address_are_optional() {
        Party party = new Party("Romashka LLC", CountryCode.of("RU"), null, null);
        assertThat(party.identifier()).isNull();
        assertThat(party.address()).isEmpty();
        assertThat(Party.of("Romashka LLC", "ru")).isEqualTo(party);
    }

    @Test
    void the_identifier_may_come_from_another_country_than_the_party() {
        Party party = new Party("Branch of Example GmbH", KZ,
                new BusinessIdentifier(CountryCode.of("DE"), "DE123456789012345"), null);
        assertThat(party.identifier().country()).isEqualTo(CountryCode.of("DE"));
    }

    @Test
    void normalises_the_name_to_nfc() {
        assertThat(Party.of("Mu\u0308ller GmbH", "DE").name()).isEqualTo("M\u00FCller GmbH");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\n", "\u00A0"})
    void name_is_required(String name) {
        assertRejected(() -> new Party(name, KZ, null, null), "name").hasMessage("Party name is required");
    }

    @Test
    void name_is_at_most_200_characters() {
        assertThat(Party.of("N".repeat(Party.MAX_NAME), "KZ").name()).hasSize(200);
        assertThat(Party.of("\uD83D\uDE9A".repeat(Party.MAX_NAME), "KZ").name()).hasSize(400);   // 200 lorries
        assertRejected(() -> Party.of("N".repeat(Party.MAX_NAME + 1), "KZ"), "name")
                .hasMessage("Party name is longer than 200 characters");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"202E", "200B", "0000", "E000"})
    void name_may_not_hide_invisible_characters(String hex) {
        String name = "Roma" + new String(Character.toChars(Integer.parseInt(hex, 16))) + "shka";
        assertRejected(() -> Party.of(name, "RU"), "name")
                .hasMessage("Party name contains an invisible or control character (U+" + hex + ") at position 5");
    }

    @Test
    void address_is_at_most_300_characters() {
        assertThat(new Party("X", KZ, null, "a".repeat(Party.MAX_ADDRESS)).address()).hasSize(300);
        assertRejected(() -> new Party("X", KZ, null, "a".repeat(Party.MAX_ADDRESS + 1)), "address")
                .hasMessage("Address is longer than 300 characters");
    }

    @Test
    void address_may_not_hide_invisible_characters() {
        assertRejected(() -> new Party("X", KZ, null, "Almaty\u200B"), "address")
                .hasMessageContaining("Address contains an invisible or control character (U+200B)");
    }

    @Test
    void country_is_required() {
        assertRejected(() -> new Party("Romashka LLC", null, null, null), "country").hasMessageContaining("required");
    }

    @Test
    void country_must_be_iso_3166() {
        assertRejected(() -> Party.of("Romashka LLC", "RUS"), "country").hasMessageContaining("'RUS'");
    }
}
