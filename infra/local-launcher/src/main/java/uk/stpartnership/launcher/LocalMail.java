package uk.stpartnership.launcher;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real SMTP server (GreenMail) that keeps what the platform sends, readable over IMAP (sign in with the
 * recipient's address as both user and password) and on a page served to this machine only. Every message is
 * also kept as a file under var/mail/, and put back in its recipients' mailboxes at the next start, so mail
 * survives a restart as the rest of the platform's state does.
 */
final class LocalMail implements AutoCloseable {

    private final GreenMail greenMail;
    private final HttpServer page;
    private final Path kept;
    private final Set<String> keptIds = new HashSet<>();
    private final ScheduledExecutorService keeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "local-mail-keeper");
        thread.setDaemon(true);
        return thread;
    });

    private LocalMail(GreenMail greenMail, HttpServer page, Path kept) {
        this.greenMail = greenMail;
        this.page = page;
        this.kept = kept;
    }

    static LocalMail start(Ports ports, Path var) throws IOException {
        GreenMail greenMail = new GreenMail(new ServerSetup[]{
                new ServerSetup(ports.smtp(), LocalPlatform.LOOPBACK, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(ports.imap(), LocalPlatform.LOOPBACK, ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        HttpServer page = HttpServer.create(new InetSocketAddress(LocalPlatform.LOOPBACK, ports.mailPage()), 0);
        LocalMail mail = new LocalMail(greenMail, page, Files.createDirectories(var.resolve("mail")));
        mail.restoreKept();
        mail.keeper.scheduleWithFixedDelay(mail::keepNew, 1, 1, TimeUnit.SECONDS);
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

    /** Each message once (GreenMail holds a copy per recipient's mailbox), oldest first. */
    private List<MimeMessage> distinctMessages() {
        Map<String, MimeMessage> byId = new LinkedHashMap<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            byId.putIfAbsent(messageId(message), message);
        }
        List<MimeMessage> messages = new ArrayList<>(byId.values());
        messages.sort(Comparator.comparing(LocalMail::sentAt));
        return messages;
    }

    private void restoreKept() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(kept)) {
            files = listing.filter(file -> file.toString().endsWith(".eml")).sorted().toList();
        }
        Session session = Session.getInstance(new java.util.Properties());
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                MimeMessage message = new MimeMessage(session, in);
                for (Address recipient : message.getAllRecipients()) {
                    String address = recipient.toString().replaceAll(".*<(.*)>.*", "$1");
                    GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
                    (user != null ? user : greenMail.setUser(address, address, address)).deliver(message);
                }
                keptIds.add(messageId(message));
            } catch (MessagingException e) {
                System.err.println("Kept mail " + file + " could not be read: " + e.getMessage());
            }
        }
    }

    private synchronized void keepNew() {
        for (MimeMessage message : distinctMessages()) {
            String id = messageId(message);
            if (keptIds.contains(id)) {
                continue;
            }
            Path file = kept.resolve(sentAt(message).toEpochMilli() + "-" + Integer.toHexString(id.hashCode()) + ".eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
                keptIds.add(id);
            } catch (IOException | MessagingException e) {
                System.err.println("Mail could not be kept in " + kept + ": " + e.getMessage());
            }
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            String id = message.getMessageID();
            return id != null ? id : Integer.toString(System.identityHashCode(message));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant sentAt(MimeMessage message) {
        try {
            Date sent = message.getSentDate();
            return sent != null ? sent.toInstant() : Instant.EPOCH;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String render() {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Local mail</title>"
                + "<style>body{font-family:sans-serif;margin:2em;max-width:60em}article{border-bottom:1px solid #b1b4b6;padding:1em 0}"
                + "pre{white-space:pre-wrap;background:#f3f2f1;padding:1em}</style></head><body>"
                + "<h1>Mail the local platform has sent</h1><p>Newest first. Refresh to see new mail.</p>");
        List<MimeMessage> messages = distinctMessages();
        if (messages.isEmpty()) {
            html.append("<p>No mail yet.</p>");
        }
        for (int i = messages.size() - 1; i >= 0; i--) {
            MimeMessage message = messages.get(i);
            try {
                html.append("<article><h2>").append(escape(message.getSubject())).append("</h2><p>To: ")
                        .append(escape(addresses(message.getAllRecipients()))).append("<br>Sent: ")
                        .append(escape(String.valueOf(message.getSentDate()))).append("</p>");
                List<String> attachments = attachmentNames(message);
                if (!attachments.isEmpty()) {
                    html.append("<p>Attached: ").append(escape(String.join(", ", attachments))).append("</p>");
                }
                html.append("<pre>").append(escape(plainText(message))).append("</pre></article>");
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

    /** The file names of a message's attachments (a calendar invitation, an agenda pack). */
    static List<String> attachmentNames(Part part) throws MessagingException, IOException {
        List<String> names = new ArrayList<>();
        if (part.getFileName() != null) {
            names.add(part.getFileName());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                names.addAll(attachmentNames(multipart.getBodyPart(i)));
            }
        }
        return names;
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        keeper.shutdownNow();
        keepNew();
        page.stop(0);
        greenMail.stop();
    }
}
