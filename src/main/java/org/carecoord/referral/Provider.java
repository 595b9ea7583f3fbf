package org.carecoord.referral;

import java.util.List;

/** An entry of the provider directory; a deactivated one is no longer suggested but stays in referral history. */
record Provider(
        long id,
        String name,
        List<String> serviceTypes,
        String email,
        String phone,
        List<String> languages,
        boolean acceptsNewClients,
        boolean active) {}
