package org.salessequences.domain.model.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hard, soft and sender-side failures from the code and the words servers use. */
class BounceReasonsTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "5.1.1|550 5.1.1 <ada@example.com>: Recipient address rejected: User unknown|HARD",
            "5.0.0|550 No such user here|HARD",
            "5.2.0|550 User unknown (in reply to RCPT TO command)|HARD",
            "5.4.1|550 5.4.1 Recipient address rejected: Access denied|HARD",
            "5.4.4|Host or domain name not found|HARD",
            "5.2.2|552 5.2.2 Mailbox full|SOFT",
            "5.2.1|550 5.2.1 The email account that you tried to reach is disabled|SOFT",
            "5.7.1|554 5.7.1 Message rejected as spam by Content Filtering|SOFT",
            "4.4.7|delivery time expired|SOFT",
            "5.7.1|554 5.7.1 Relay access denied|SENDER",
            "5.7.0|530 5.7.0 Authentication required|SENDER",
            "|The message could not be delivered|SOFT",
            // A filter dressed as an unknown user after the address was taken (mobile carriers): soft.
            "5.0.0|550 : User unknown|SOFT",
            "5.0.0|550 Unknown user ada@example.jp|SOFT",
            "5.2.0|550 User unknown|SOFT"})
    void classifies(String status, String diagnostic, BounceClass expected) {
        assertEquals(expected, BounceReasons.classify(status, diagnostic));
    }
}
