package org.salessequences.infrastructure.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Mints host tokens: used by {@code deploy/mint-token.sh} for admins and demos, and by the tests.
 * Runs on a bare classpath (JDK only), so the claims JSON is written here by hand.
 */
public final class TokenMinter {

    private final Hs256Jwt jwt;

    public TokenMinter(String secret) {
        this.jwt = new Hs256Jwt(secret);
    }

    /**
     * A token for {@code userId} with the given permission claims, valid for {@code ttl} from {@code now}.
     */
    public String mint(String userId, String name, String email, List<String> permissions, Instant now, Duration ttl) {
        StringBuilder json = new StringBuilder("{");
        json.append("\"sub\":").append(quote(userId));
        if (name != null) {
            json.append(",\"name\":").append(quote(name));
        }
        if (email != null) {
            json.append(",\"email\":").append(quote(email));
        }
        json.append(",\"iat\":").append(now.getEpochSecond());
        json.append(",\"exp\":").append(now.plus(ttl).getEpochSecond());
        json.append(",\"permissions\":[");
        for (int i = 0; i < permissions.size(); i++) {
            json.append(i == 0 ? "" : ",").append(quote(permissions.get(i)));
        }
        json.append("]}");
        return jwt.sign(json.toString());
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * {@code TokenMinter --sub ID [--name N] [--email E] [--permissions a,b] [--ttl-hours H] [--secret S]}.
     * The secret defaults to {@code SEQUENCES_HOST_JWT_SECRET}; the token alone is printed on standard output.
     */
    public static void main(String[] args) {
        String sub = null;
        String name = null;
        String email = null;
        String secret = System.getenv("SEQUENCES_HOST_JWT_SECRET");
        List<String> permissions = new ArrayList<>(List.of("sequences.view", "sequences.create"));
        long ttlHours = 8;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                usage("missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--sub" -> sub = value;
                case "--name" -> name = value;
                case "--email" -> email = value;
                case "--secret" -> secret = value;
                case "--permissions" -> permissions = value.isBlank() ? List.of() : List.of(value.split(","));
                case "--ttl-hours" -> ttlHours = Long.parseLong(value);
                default -> usage("unknown option " + option);
            }
        }
        if (sub == null || sub.isBlank()) {
            usage("--sub is required");
        }
        if (secret == null || secret.isEmpty()) {
            usage("no secret: pass --secret or set SEQUENCES_HOST_JWT_SECRET");
        }
        System.out.println(new TokenMinter(secret).mint(sub, name, email, permissions, Instant.now(),
                Duration.ofHours(ttlHours)));
    }

    private static void usage(String problem) {
        System.err.println("mint-token: " + problem);
        System.err.println("usage: mint-token --sub USER [--name NAME] [--email EMAIL] "
                + "[--permissions sequences.view,sequences.create,sequences.admin] [--ttl-hours 8] [--secret SECRET]");
        System.exit(2);
    }
}
