package uk.icr.bench.load;

import java.util.Map;

/**
 * One request of a load: where, with which headers and body, and the status that counts as success.
 *
 * @param method   GET or POST
 * @param url      absolute URL
 * @param headers  request headers
 * @param body     JSON body, or null
 * @param expected the status of a successful answer
 */
public record HttpCall(String method, String url, Map<String, String> headers, String body, int expected) {

    public static HttpCall get(String url, String token) {
        return new HttpCall("GET", url, Map.of("Authorization", "Bearer " + token), null, 200);
    }

    public static HttpCall post(String url, String token, Map<String, String> extraHeaders, String body, int expected) {
        Map<String, String> headers = new java.util.HashMap<>(extraHeaders);
        headers.put("Authorization", "Bearer " + token);
        headers.put("Content-Type", "application/json");
        return new HttpCall("POST", url, Map.copyOf(headers), body, expected);
    }
}
