package org.borderledger.actor.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void aSupervisorDoesAnOfficersWorkAndNoRoleAnyOtherBesidesItsOwn() {
        for (Role role : Role.values()) {
            assertThat(Arrays.stream(Role.values()).filter(role::includes))
                    .as("the work %s does", role)
                    .containsExactlyInAnyOrder(role == Role.SUPERVISOR ? new Role[] {Role.SUPERVISOR, Role.OFFICER}
                            : new Role[] {role});
        }
    }
}
