package org.borderledger.consignment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderledger.consignment.api.Rejections.assertRejected;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TransportTest {

    private static final ContainerNumber CONTAINER = ContainerNumber.of("CSQU3054383");

    @ParameterizedTest
    @EnumSource(TransportMode.class)
    void accepts_every_mode(TransportMode mode) {
        assertThat(new Transport(mode, null, null).mode()).isEqualTo(mode);
    }

    @Test
    void mode_is_required() {
        assertRejected(() -> new Transport(null, "123ABC02", List.of()), "transportMode")
                .hasMessage("Mode of transport is required");
    }

    @ParameterizedTest(name = "''{0}'' is ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            123ABC02          | 123ABC02
            123 abc 02        | 123 ABC 02
            ' kz 777 ab 02 '  | KZ 777 AB 02
            A-123-BC          | A-123-BC
            \u0410123\u0412\u0421 77 | \u0410123\u0412\u0421 77
            """)
    void keeps_the_vehicle_registration_upper_cased(String input, String expected) {
        assertThat(new Transport(TransportMode.ROAD, input, null).vehicleRegistration()).isEqualTo(expected);
    }

    @Test
    void vehicle_registration_is_optional() {
        assertThat(new Transport(TransportMode.RAIL, null, null).vehicleRegistration()).isEmpty();
        assertThat(new Transport(TransportMode.RAIL, "  ", null).vehicleRegistration()).isEmpty();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"123_ABC", "123.ABC", "AB/12", "AB#12", "AB\n12", "AB\t12", "KZ\u00B712", "12+34"})
    void vehicle_registration_holds_only_letters_digits_spaces_and_dashes(String registration) {
        assertRejected(() -> new Transport(TransportMode.ROAD, registration, null), "vehicleRegistration")
                .hasMessageContaining("may contain only letters, digits, spaces and '-'");
    }

    @Test
    void vehicle_registration_may_not_hide_invisible_characters() {
        assertRejected(() -> new Transport(TransportMode.ROAD, "123\u200BABC", null), "vehicleRegistration")
                .hasMessageContaining("(U+200B)");
    }

    @Test
    void vehicle_registration_is_at_most_20_characters() {
        assertThat(new Transport(TransportMode.ROAD, "A".repeat(20), null).vehicleRegistration()).hasSize(20);
        assertRejected(() -> new Transport(TransportMode.ROAD, "A".repeat(21), null), "vehicleRegistration")
                .hasMessage("Vehicle registration is longer than 20 characters");
    }

    @Test
    void containers_are_optional() {
        assertThat(new Transport(TransportMode.ROAD, "123ABC02", null).containers()).isEmpty();
        assertThat(new Transport(TransportMode.ROAD, "123ABC02", List.of()).containers()).isEmpty();
    }

    @Test
    void keeps_a_copy_of_the_containers_that_cannot_be_changed() {
        List<ContainerNumber> containers = new ArrayList<>(List.of(CONTAINER));
        Transport transport = new Transport(TransportMode.SEA, null, containers);
        containers.add(ContainerNumber.of("MSKU9070323"));
        assertThat(transport.containers()).containsExactly(CONTAINER);
        assertThatThrownBy(() -> transport.containers().add(CONTAINER)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void takes_at_most_100_containers() {
        assertThat(new Transport(TransportMode.RAIL, null, Collections.nCopies(100, CONTAINER)).containers()).hasSize(100);
        assertRejected(() -> new Transport(TransportMode.RAIL, null, Collections.nCopies(101, CONTAINER)), "containers")
                .hasMessage("At most 100 containers per consignment");
    }

    @Test
    void refuses_a_missing_container_number() {
        assertRejected(() -> new Transport(TransportMode.SEA, null, Arrays.asList(CONTAINER, null)), "containers")
                .hasMessage("Container number is required");
    }
}
