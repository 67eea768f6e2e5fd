package org.salessequences.infrastructure.sms;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.salessequences.infrastructure.json.JsonTrees;
import org.salessequences.spi.message.SmsException;
import org.salessequences.spi.message.SmsTransport;

/**
 * Sends texts through a Twilio-compatible HTTP API: a form-encoded {@code POST} to
 * {@code {url}/2010-04-01/Accounts/{sid}/Messages.json} with basic authentication (account sid and auth token).
 * A 4xx answer is final (the number or the message was refused); a 5xx answer or a network failure is retryable.
 */
public class TwilioSmsTransport implements SmsTransport {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI messages;
    private final String authorization;
    private final String from;

    public TwilioSmsTransport(String url, String sid, String token, String from) {
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.messages = URI.create(base + "/2010-04-01/Accounts/" + encode(sid) + "/Messages.json");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((sid + ":" + token).getBytes(StandardCharsets.UTF_8));
        this.from = from;
    }

    @Override
    public String send(String to, String body) {
        String form = "To=" + encode(to) + "&From=" + encode(from) + "&Body=" + encode(body);
        HttpRequest request = HttpRequest.newBuilder(messages).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SmsException("the SMS provider could not be reached: " + e.getMessage(), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsException("interrupted while sending", true, e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return field(response.body(), "sid");
        }
        String detail = field(response.body(), "message");
        String message = "the SMS provider answered " + status + (detail == null ? "" : ": " + detail);
        throw new SmsException(message, status >= 500 || status == 429);
    }

    private static String field(String json, String name) {
        try (JsonReader reader = JsonTrees.reader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            return object.containsKey(name) && !object.isNull(name) ? object.get(name).toString().replace("\"", "") : null;
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "TwilioSmsTransport[" + messages + ", token hidden]";
    }
}
