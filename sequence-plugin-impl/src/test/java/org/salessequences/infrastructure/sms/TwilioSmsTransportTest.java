package org.salessequences.infrastructure.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.salessequences.spi.message.SmsException;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

class TwilioSmsTransportTest {

    private static final String PATH = "/2010-04-01/Accounts/AC123/Messages.json";

    @RegisterExtension
    static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private TwilioSmsTransport transport;

    @BeforeEach
    void setUp() {
        transport = new TwilioSmsTransport(twilio.baseUrl(), "AC123", "secret-token", "+15005550006");
    }

    @Test
    void postsTheFormWithBasicAuthenticationAndReturnsTheMessageSid() {
        twilio.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"sid\":\"SM42\",\"status\":\"queued\"}")));
        assertEquals("SM42", transport.send("+4930123456", "Hi Anna & co"));
        twilio.verify(postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Basic QUMxMjM6c2VjcmV0LXRva2Vu"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("To=%2B4930123456&From=%2B15005550006&Body=Hi+Anna+%26+co")));
    }

    @Test
    void aRefusedNumberIsAFinalFailureWithTheProvidersMessage() {
        twilio.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(400)
                .withBody("{\"code\":21211,\"message\":\"The 'To' number is not a valid phone number.\"}")));
        SmsException refused = assertThrows(SmsException.class, () -> transport.send("+1", "x"));
        assertFalse(refused.isRetryable());
        assertTrue(refused.getMessage().contains("not a valid phone number"), refused.getMessage());
    }

    @Test
    void aServerErrorIsRetryable() {
        twilio.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503).withBody("unavailable")));
        assertTrue(assertThrows(SmsException.class, () -> transport.send("+4930123456", "x")).isRetryable());
    }

    @Test
    void anUnreachableProviderIsRetryable() {
        TwilioSmsTransport nowhere = new TwilioSmsTransport("http://127.0.0.1:1", "AC123", "t", "+15005550006");
        assertTrue(assertThrows(SmsException.class, () -> nowhere.send("+4930123456", "x")).isRetryable());
    }

    @Test
    void neverShowsTheToken() {
        assertFalse(transport.toString().contains("secret-token"));
    }
}
