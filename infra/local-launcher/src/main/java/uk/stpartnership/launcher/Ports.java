package uk.stpartnership.launcher;

/** Every port the local platform listens on. The defaults avoid PostgreSQL's and mail's usual ports. */
public record Ports(int uiApi, int workflowService, int notificationService, int postgres, int smtp, int imap,
                    int mailPage, int engine, int engineOperations) {

    public static Ports defaults() {
        return new Ports(8080, 8081, 8082, 15432, 3025, 3143, 8025, 26500, 9600);
    }
}
