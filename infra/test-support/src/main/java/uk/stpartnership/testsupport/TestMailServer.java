package uk.stpartnership.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.util.List;

/** A real SMTP server in the test JVM (GreenMail) that keeps what it receives for assertions. */
public final class TestMailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private TestMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static TestMailServer start() {
        GreenMail greenMail = new GreenMail(new ServerSetup(FreePort.find(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new TestMailServer(greenMail);
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    public void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
