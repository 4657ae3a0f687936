package dev.carriercontracts.mock;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The run the build records into the class-data sharing archive ({@code target/carrier-mock-server.jsa}):
 * the standalone server's start, exactly as {@code java -jar} does it, then the first requests of a client
 * (CNExpress account, an order request and its poll, the admin health check), then a clean exit, at which
 * the JVM writes the classes it loaded into the archive. Started with the runnable jar as the only class path
 * entry, so that the archive fits {@code java -XX:SharedArchiveFile=... -jar carrier-mock-server.jar}.
 * Requests go over a bare socket: an HTTP client would only add its own classes to the archive.
 */
final class ArchiveTraining {

    private static final String AUTH = "Basic bXlfdXNlcm5hbWU6bXlfcGFzc3dvcmQ="; // my_username:my_password
    private static final String ORDER = "{\"route_code\": \"cnpost\", \"order_no\": \"A1\", \"packages\": [{"
            + "\"sender_name\": \"发件人1\", \"sender_phone_number\": \"01234567\", \"sender_address\": \"发件人地址\","
            + " \"receiver_name\": \"张三\", \"receiver_phone_number\": \"12345678911\", \"receiver_address\": \"黄浦江路33号\","
            + " \"receiver_city\": \"黄山市\", \"receiver_post_code\": \"200000\", \"receiver_id_number\": \"X40192928323\","
            + " \"weight\": \"4.00\", \"length\": 20, \"width\": 20, \"height\": 20, \"package_no\": \"1\","
            + " \"items\": [{\"barcode\": \"5000378998287\", \"count\": 2}, {\"name\": \"爱他美奶粉2段\", \"count\": 4}]}]}";

    private ArchiveTraining() {
    }

    public static void main(String[] args) throws IOException {
        StartupWarmup.startInBackground();
        MockServerMain main = new MockServerMain();
        if (main.execute(new String[]{"--port", "0", "--host", "127.0.0.1"}) != 0 || main.server() == null) {
            throw new IllegalStateException("the server did not start");
        }
        int port = main.server().port();
        for (int round = 0; round < 3; round++) {
            expect(200, request(port, "GET", "/cnexpress/api/v1/account", null));
            String created = expect(201, request(port, "POST", "/cnexpress/api/v1/requests", ORDER));
            int start = created.indexOf("\"request_no\":\"") + "\"request_no\":\"".length();
            String requestNo = created.substring(start, created.indexOf('"', start));
            expect(200, request(port, "GET", "/cnexpress/api/v1/requests/" + requestNo, null));
            expect(200, request(port, "GET", "/__admin/health", null));
        }
        main.server().stop();
        System.exit(0);
    }

    private static String expect(int status, String answer) {
        if (!answer.startsWith("HTTP/1.1 " + status)) {
            throw new IllegalStateException("expected " + status + ", got: " + answer);
        }
        return answer;
    }

    /** One HTTP/1.1 request with CNExpress's default Basic credentials on a fresh socket; the raw answer. */
    static String request(int port, String method, String path, String json) throws IOException {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: " + AUTH
                    + "\r\nConnection: close\r\n" + (json == null ? "" : "Content-Type: application/json\r\nContent-Length: "
                    + body.length + "\r\n") + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
