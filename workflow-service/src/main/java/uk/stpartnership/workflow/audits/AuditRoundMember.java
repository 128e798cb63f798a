package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Introspected;

import java.util.List;
import java.util.UUID;

/** An auditor or a moderator of a round, in the order the round names them (cases are shared out in that order). */
@Introspected
public record AuditRoundMember(UUID roundId, Part part, String personId, int position) {

    public enum Part { AUDITOR, MODERATOR }

    /** The round's auditors, or its moderators, in the round's order. */
    static List<String> people(List<AuditRoundMember> members, Part part) {
        return members.stream().filter(m -> m.part() == part).map(AuditRoundMember::personId).toList();
    }
}
