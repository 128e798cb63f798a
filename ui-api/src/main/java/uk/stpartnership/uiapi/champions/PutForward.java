package uk.stpartnership.uiapi.champions;

/** How a practitioner is put forward: a lead's nomination, or their own application (and its page once sent). */
public enum PutForward {
    NOMINATION("Nominate a champion", "/champions/nominate", "/internal/champions/nominations", "/champions/nominations?nominated=true"),
    APPLICATION("Apply to become a champion", "/champions/apply", "/internal/champions/applications", "/champions/apply?applied=true"),
    APPLIED("Apply to become a champion", "/champions/apply", "/internal/champions/applications", "/champions/apply?applied=true");

    final String title;
    final String action;
    final String api;
    final String sent;

    PutForward(String title, String action, String api, String sent) {
        this.title = title;
        this.action = action;
        this.api = api;
        this.sent = sent;
    }

    /** An input's words in its errors: the applicant's own ("Your role"), or the nominee's ("Their role"). */
    String words(String input) {
        String words = ChampionPages.NOMINATION_INPUTS.getOrDefault(input, input);
        return application() ? words.replace("Their ", "Your ") : words;
    }

    public boolean application() {
        return this != NOMINATION;
    }

    public boolean applied() {
        return this == APPLIED;
    }

    public String title() {
        return title;
    }

    public String action() {
        return action;
    }
}
