package uk.stpartnership.uiapi.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import uk.stpartnership.uiapi.signin.PageSessions;
import uk.stpartnership.uiapi.signin.SignedInPerson;
import uk.stpartnership.uiapi.signin.TokenClaims;
import uk.stpartnership.web.ProblemException;

import java.util.ArrayList;
import java.util.List;

/** Builds each page's layout for the signed-in person: the navigation their roles open, with their open tasks counted. */
@Singleton
public class Pages {

    /** The sections of the service navigation, in order, with the roles that see each (none: everyone). */
    public enum Section {
        TASKS("Your tasks", "/", List.of()),
        CONSULTATIONS("Case consultations", "/consultations", List.of("IMPLEMENTATION_LEAD", "CHAMPION", "PRACTITIONER")),
        GOVERNANCE("Governance", "/governance", List.of("PROJECT_MANAGER", "STEERING_GROUP_MEMBER", "BOROUGH_LEAD", "IMPLEMENTATION_LEAD", "CHAMPION", "EVALUATOR")),
        COMPLAINTS("Complaints", "/complaints", List.of("COMPLAINTS_OFFICER", "COMPLAINTS_MANAGER")),
        EVALUATION("Indicators", "/evaluation/complaints", List.of("EVALUATOR", "PROJECT_MANAGER")),
        CHAMPIONS("Champions", "/champions", List.of("IMPLEMENTATION_LEAD", "BOROUGH_LEAD", "CHAMPION", "PROJECT_MANAGER")),
        TRAINING("Training", "/training", List.of("IMPLEMENTATION_LEAD", "BOROUGH_LEAD", "CHAMPION", "PRACTITIONER", "PROJECT_MANAGER")),
        // The people who audit case files hold these roles too; anyone else a round names still opens /audits.
        AUDITS("Case audits", "/audits", List.of("PROJECT_MANAGER", "IMPLEMENTATION_LEAD", "BOROUGH_LEAD", "CHAMPION", "PRACTITIONER")),
        REPORTS("Reports", "/reports", List.of("PROJECT_MANAGER", "IMPLEMENTATION_LEAD", "BOROUGH_LEAD", "EVALUATOR"));

        private final String text;
        private final String href;
        private final List<String> roles;

        Section(String text, String href, List<String> roles) {
            this.text = text;
            this.href = href;
            this.roles = roles;
        }

        boolean openTo(SignedInPerson person) {
            return roles.isEmpty() || person.roles().stream().anyMatch(roles::contains);
        }
    }

    private final TokenClaims claims;
    private final WorkflowPages workflow;
    private final Labels labels;

    Pages(TokenClaims claims, WorkflowPages workflow, Labels labels) {
        this.claims = claims;
        this.workflow = workflow;
        this.labels = labels;
    }

    /** Whether the section is open to the signed-in person (a link to it from another section's page). */
    public boolean opens(Authentication authentication, Section section) {
        return section.openTo(claims.signedIn(authentication));
    }

    /** A page for someone who has not signed in (the sign-in page, errors before sign-in). */
    public Page anonymous(String title) {
        return new Page(title, null, List.of(), null, List.of(), labels);
    }

    public Page of(Authentication authentication, String title, @Nullable Section current) {
        return of(authentication, title, current, null);
    }

    /** A page that has just counted the person's open tasks itself (their list): the navigation shows that count. */
    public Page of(Authentication authentication, String title, @Nullable Section current, @Nullable String openTasks) {
        SignedInPerson person = claims.signedIn(authentication);
        List<Page.NavigationItem> navigation = new ArrayList<>();
        for (Section section : Section.values()) {
            if (section.openTo(person)) {
                String text = section != Section.TASKS ? section.text
                        : section.text + (openTasks != null ? " (" + openTasks + ")" : openTaskCount(authentication));
                navigation.add(new Page.NavigationItem(text, section.href, section == current));
            }
        }
        String csrf = authentication.getAttributes().get(PageSessions.CSRF_ATTRIBUTE) instanceof String token ? token : null;
        return new Page(title, person, navigation, csrf, List.of(), labels);
    }

    /** " (3)"; nothing while workflow-service is not answering: a page that needs nothing else from it still shows. */
    private String openTaskCount(Authentication authentication) {
        try {
            return " (" + workflow.openTaskCount(authentication) + ")";
        } catch (ProblemException e) {
            if (e.status() == HttpStatus.SERVICE_UNAVAILABLE) {
                return "";
            }
            throw e;
        }
    }
}
