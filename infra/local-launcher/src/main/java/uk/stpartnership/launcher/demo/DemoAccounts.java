package uk.stpartnership.launcher.demo;

import java.util.List;

/**
 * The demo sign-ins the local platform prints. ui-api seeds one person per role per organisation in local
 * mode only, all with this documented demo password; it never loads anywhere else.
 */
public final class DemoAccounts {

    public static final String DEMO_PASSWORD = "safe-and-together";

    /** A few of the seeded accounts, one for each kind of user, to get started with. */
    public static final List<String> EXAMPLES = List.of(
            "practitioner.hackney          a practitioner who requests case consultations",
            "champion.hackney              an S&T champion",
            "implementation-lead.hackney   holds Hackney's case consultations",
            "project-manager.respect       runs the governance cycles (partnership-wide)",
            "complaints-officer.hackney    handles Hackney's complaints (complaints-manager.hackney manages them)",
            "st-reviewer.hackney           does the perpetrator-proofing review of a complaint",
            "evaluator.respect             reads indicators, never identifiable data");

    private DemoAccounts() {
    }
}
