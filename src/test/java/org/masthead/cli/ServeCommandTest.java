package org.masthead.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.masthead.pipeline.TestSite.doc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.pipeline.TestSite;

/**
 * {@code masthead serve} through {@link Main#run}, asked over a plain socket as any client
 * would (an HTTP library will not send a foreign Host or an odd method): what it answers, to
 * whom, and that the JDK's server has nothing to warn about.
 */
@Timeout(60)
class ServeCommandTest {
    @TempDir
    Path tmp;

    private Thread serving;
    private int port;
    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final Logger jdkServer = Logger.getLogger("com.sun.net.httpserver");
    private final Handler watch = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(r);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void serve() throws Exception {
        jdkServer.addHandler(watch);
        TestSite site = new TestSite(tmp);
        site.file("S/2014/660.md", doc("S/2014/660", "2014-09-12", "Letter", "", "Text."));
        StringWriter out = new StringWriter();
        serving = new Thread(() -> Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "serve", "--port", "0", "--content", site.content.toString(), "--templates", site.templates.toString()));
        serving.setDaemon(true);
        serving.start();
        Pattern at = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
        for (int i = 0; i < 600 && port == 0; i++) {
            Matcher m = at.matcher(out.toString());
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
            } else {
                Thread.sleep(50);
            }
        }
        assertTrue(port > 0, "the server said where it is: " + out);
    }

    @AfterEach
    void stop() throws InterruptedException {
        serving.interrupt();
        serving.join(10_000);
        jdkServer.removeHandler(watch);
    }

    /** One request, one response, the connection closed after it. */
    private String ask(String method, String path, String... headers) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            StringBuilder req = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            for (String h : headers) {
                req.append(h).append("\r\n");
            }
            if (headers.length == 0 || !headers[0].startsWith("Host:")) {
                req.append("Host: 127.0.0.1:").append(port).append("\r\n");
            }
            req.append("Connection: close\r\n\r\n");
            OutputStream o = s.getOutputStream();
            o.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
            o.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.UTF_8);
        }
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String header(String response, String name) {
        return response.lines().takeWhile(l -> !l.isEmpty())
                .filter(l -> l.toLowerCase().startsWith(name.toLowerCase() + ":"))
                .map(l -> l.substring(name.length() + 1).strip()).findFirst().orElse("");
    }

    @Test
    void servesGetAndHeadWithTypeAndDate() throws IOException {
        String get = ask("GET", "/S/2014/660/");
        assertEquals(200, status(get));
        assertEquals("text/html; charset=utf-8", header(get, "Content-Type"));
        assertFalse(header(get, "Last-Modified").isEmpty(), get);
        String head = ask("HEAD", "/S/2014/660/");
        assertEquals(200, status(head));
        assertEquals(header(get, "Content-Length"), header(head, "Content-Length"), "HEAD tells the length GET sends");
        assertTrue(head.endsWith("\r\n\r\n"), "and sends no body");
        assertEquals("application/json", header(ask("GET", "/documents.json"), "Content-Type"));
        assertEquals("application/atom+xml; charset=utf-8", header(ask("GET", "/feed.xml"), "Content-Type"));
        assertEquals("text/css; charset=utf-8", header(ask("HEAD", "/assets/style.css"), "Content-Type"));
        assertEquals(List.of(), warnings.stream().map(LogRecord::getMessage).toList(), "no JDK warnings");
    }

    @Test
    void answersIfModifiedSinceWithNotModified() throws IOException {
        String date = header(ask("GET", "/"), "Last-Modified");
        assertEquals(304, status(ask("GET", "/", "If-Modified-Since: " + date)));
        assertEquals(200, status(ask("GET", "/", "If-Modified-Since: Mon, 01 Jan 2001 00:00:00 GMT")));
        assertEquals(200, status(ask("GET", "/", "If-Modified-Since: yesterday")), "an unreadable date is ignored");
    }

    @Test
    void refusesOtherMethods() throws IOException {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            String r = ask(method, "/");
            assertEquals(405, status(r), method);
            assertEquals("GET, HEAD", header(r, "Allow"));
        }
    }

    @Test
    void answersOnlyToLoopbackHostNames() throws IOException {
        for (String host : List.of("localhost", "localhost:" + port, "127.0.0.1", "127.0.0.1:" + port, "[::1]",
                "[::1]:" + port, "LOCALHOST")) {
            assertEquals(200, status(ask("GET", "/", "Host: " + host)), host);
        }
        for (String host : List.of("evil.example", "evil.example:" + port, "localhost.evil.example", "127.0.0.2",
                "0.0.0.0", "")) {
            assertEquals(400, status(ask("GET", "/", "Host: " + host)), host);
        }
        assertEquals(400, status(ask("GET", "/_masthead/events", "Host: evil.example")));
    }

    @Test
    void nothingOutsideTheSite() throws IOException {
        for (String path : List.of("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/S/..%2f..%2f..%2fetc/passwd",
                "/..\\..\\etc\\passwd")) {
            int status = status(ask("GET", path));
            // Not found, or a request the JDK will not even parse (a backslash in a path).
            assertTrue(status == 404 || status == 400, path + ": " + status);
        }
    }

    @Test
    void aPortInUseIsOneLineNotATrace() {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve", "--port",
                Integer.toString(port), "--content", tmp.resolve("content").toString());
        assertEquals(Main.USAGE, code, err.toString());
        assertTrue(err.toString().startsWith("masthead: error: cannot listen on that port"), err.toString());
        BrokenSite.assertNoTrace(err.toString());
    }
}
