package org.borderledger.consignment.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** How the goods cross: mode, vehicle registration and the containers they travel in. */
public record Transport(TransportMode mode, String vehicleRegistration, List<ContainerNumber> containers) {

    public static final int MAX_CONTAINERS = 100;

    public Transport {
        if (mode == null) {
            throw InvalidValueException.required("transportMode", "Mode of transport");
        }
        vehicleRegistration = FreeText.optional("vehicleRegistration", "Vehicle registration", vehicleRegistration, 20)
                .toUpperCase(Locale.ROOT);
        if (!vehicleRegistration.matches("[\\p{L}0-9 -]*")) {
            throw new InvalidValueException("vehicleRegistration", "vehicleRegistrationCharacters",
                    Map.of("value", vehicleRegistration),
                    "Vehicle registration '" + vehicleRegistration + "' may contain only letters, digits, spaces and '-'");
        }
        containers = containers == null ? List.of() : containers;
        if (containers.size() > MAX_CONTAINERS) {
            throw new InvalidValueException("containers", "tooManyContainers", Map.of("max", String.valueOf(MAX_CONTAINERS)),
                    "At most " + MAX_CONTAINERS + " containers per consignment");
        }
        if (containers.stream().anyMatch(Objects::isNull)) {
            throw InvalidValueException.required("containers", "Container number");
        }
        containers = List.copyOf(containers);
    }
}
