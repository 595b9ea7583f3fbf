package org.carecoord.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The provider page shows names as text: a provider or service named like markup is escaped. */
class ReferralResponsePageTest {

    private static final String IMG = "<img src=x onerror=alert(1)>";

    private final ReferralResponses responses = mock(ReferralResponses.class);
    private final ReferralResponseController page = new ReferralResponseController(responses);

    @Test
    void aProviderNamedLikeMarkupIsShownAsText() {
        var link = new ReferralLink(7, 1, ReferralLink.RESPOND, Instant.now().plusSeconds(60));
        when(responses.show("token"))
                .thenReturn(new ReferralResponses.LinkView(
                        link, IMG, "CC-2026-000007", IMG, ReferralStatus.REQUESTED.code()));

        String html = page.show("token").getBody();

        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img");
    }

    @Test
    void aDeclineWithoutAReasonShowsThePageAgainAskingForOne() {
        var link = new ReferralLink(7, 1, ReferralLink.RESPOND, Instant.now().plusSeconds(60));
        when(responses.show("token"))
                .thenReturn(new ReferralResponses.LinkView(
                        link, "Food assistance", "CC-2026-000007", "Pantry", ReferralStatus.REQUESTED.code()));

        var answer = page.answer("token", ReferralLink.DECLINE, null, null);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).contains("choose a reason").contains("Decline the referral");
    }
}
