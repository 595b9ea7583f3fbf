package org.carecoord.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccessSetupTest {

    @Test
    void productionRefusesToStartWithoutAnAdminPassword() {
        assertThatThrownBy(() -> new AccessSetup(null, null, false, ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CARECOORD_ADMIN_PASSWORD");
    }

    @Test
    void productionRefusesATooShortAdminPassword() {
        assertThatThrownBy(() -> new AccessSetup(null, null, false, "admin"))
                .hasMessageContaining("at least 12 characters");
    }

    @Test
    void demoNeedsNoAdminPasswordAndProductionAcceptsALongOne() {
        assertThatCode(() -> new AccessSetup(null, null, true, "")).doesNotThrowAnyException();
        assertThatCode(() -> new AccessSetup(null, null, false, "correct horse battery"))
                .doesNotThrowAnyException();
    }
}
