package uk.stpartnership.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A real SMTP server (GreenMail) that keeps what the platform sends, readable over IMAP (sign in with the
 * recipient's address as both user and password) and on a page served to this machine only.
 */
final class LocalMail implements AutoCloseable {

    private final GreenMail greenMail;
    private final HttpServer page;

    private LocalMail(GreenMail greenMail, HttpServer page) {
        this.greenMail = greenMail;
        this.page = page;
    }

    static LocalMail start(Ports ports) throws IOException {
        GreenMail greenMail = new GreenMail(new ServerSetup[]{
                new ServerSetup(ports.smtp(), LocalPlatform.LOOPBACK, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(ports.imap(), LocalPlatform.LOOPBACK, ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        HttpServer page = HttpServer.create(new InetSocketAddress(LocalPlatform.LOOPBACK, ports.mailPage()), 0);
        LocalMail mail = new LocalMail(greenMail, page);
        page.createContext("/", exchange -> {
            byte[] body = mail.render().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        page.start();
        return mail;
    }

    List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    private String render() {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Local mail</title>"
                + "<style>body{font-family:sans-serif;margin:2em;max-width:60em}article{border-bottom:1px solid #b1b4b6;padding:1em 0}"
                + "pre{white-space:pre-wrap;background:#f3f2f1;padding:1em}</style></head><body>"
                + "<h1>Mail the local platform has sent</h1><p>Newest first. Refresh to see new mail.</p>");
        List<MimeMessage> messages = received();
        if (messages.isEmpty()) {
            html.append("<p>No mail yet.</p>");
        }
        for (int i = messages.size() - 1; i >= 0; i--) {
            MimeMessage message = messages.get(i);
            try {
                html.append("<article><h2>").append(escape(message.getSubject())).append("</h2><p>To: ")
                        .append(escape(addresses(message.getAllRecipients()))).append("<br>Sent: ")
                        .append(escape(String.valueOf(message.getSentDate()))).append("</p><pre>")
                        .append(escape(plainText(message))).append("</pre></article>");
            } catch (MessagingException | IOException e) {
                html.append("<article><p>This message could not be read: ").append(escape(e.getMessage())).append("</p></article>");
            }
        }
        return html.append("</body></html>").toString();
    }

    /** The text part a person would read (the platform sends text and HTML alternatives). */
    static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        page.stop(0);
        greenMail.stop();
    }
}
