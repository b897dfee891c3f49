package org.borderledger.consignment.api;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** How the goods cross: mode, vehicle registration and the containers they travel in. */
public record Transport(TransportMode mode, String vehicleRegistration, List<ContainerNumber> containers) {

    public static final int MAX_CONTAINERS = 100;

    public Transport {
        if (mode == null) {
            throw new InvalidValueException("transportMode", "Mode of transport is required");
        }
        vehicleRegistration = FreeText.optional("vehicleRegistration", "Vehicle registration", vehicleRegistration, 20)
                .toUpperCase(Locale.ROOT);
        if (!vehicleRegistration.matches("[\\p{L}0-9 -]*")) {
            throw new InvalidValueException("vehicleRegistration",
                    "Vehicle registration '" + vehicleRegistration + "' may contain only letters, digits, spaces and '-'");
        }
        containers = containers == null ? List.of() : containers;
        if (containers.size() > MAX_CONTAINERS) {
            throw new InvalidValueException("containers", "At most " + MAX_CONTAINERS + " containers per consignment");
        }
        if (containers.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException("containers", "Container number is required");
        }
        containers = List.copyOf(containers);
    }
}
