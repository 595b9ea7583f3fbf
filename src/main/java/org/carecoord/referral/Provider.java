package org.carecoord.referral;

import java.util.List;

/** An entry of the provider directory. */
record Provider(long id, String name, List<String> serviceTypes, String email, String phone, List<String> languages,
                boolean acceptsNewClients) {
}
