package uk.stpartnership.notification;

import io.micronaut.runtime.Micronaut;

/** Sends the platform's emails: handles the {@code send-email} jobs of the process models, exactly once per recipient. */
public final class NotificationService {

    private NotificationService() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(NotificationService.class).banner(false).start();
    }
}
