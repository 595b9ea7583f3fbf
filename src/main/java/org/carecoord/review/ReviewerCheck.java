package org.carecoord.review;

import java.util.List;

import org.carecoord.access.AccessBasis;
import org.carecoord.access.CaseAccess;
import org.carecoord.security.Groups;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** The reviewers' tools are for managers, reviewers and admins; everyone else gets 403 with a readable message. */
@Component
class ReviewerCheck {

    /** Thrown for anyone else; answered 403. */
    static final class NotAReviewer extends RuntimeException {
        NotAReviewer() {
            super("not a reviewer", null, false, false);
        }
    }

    AccessBasis basis(Authentication user) {
        List<String> groups = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        if (!CaseAccess.mayReview(groups)) {
            return AccessBasis.NONE;
        }
        if (groups.contains(Groups.MANAGERS)) {
            return AccessBasis.MANAGER;
        }
        return groups.contains(Groups.ADMINS) ? AccessBasis.ADMIN : AccessBasis.REVIEWER;
    }

    void require(AccessBasis basis) {
        if (basis == AccessBasis.NONE) {
            throw new NotAReviewer();
        }
    }
}
