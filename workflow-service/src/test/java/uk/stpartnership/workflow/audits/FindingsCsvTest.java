package uk.stpartnership.workflow.audits;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The findings' CSV: a criterion's wording, which a person wrote, never runs as a spreadsheet formula. */
class FindingsCsvTest {

    @Test
    void aWordingIsQuotedWhereItNeedsToBeAndAFormulaIsGivenAsText() {
        RoundFindings.Figure none = new RoundFindings.Figure("0", RoundFindings.NOT_SCORED);
        RoundFindings.CriterionAgreement noPairs = new RoundFindings.CriterionAgreement(1, "x", "0", "no pairs", "no pairs", "no pairs", false);
        RoundFindings findings = new RoundFindings(UUID.randomUUID(), "CA-hackney-2026-1", "hackney", List.of("hackney"),
                AuditRound.Purpose.ROUTINE, UUID.randomUUID(), 15, false, List.of(
                new RoundFindings.CriterionFindings(UUID.randomUUID(), 1, "=HYPERLINK(\"http://example.test\")", "0", none, none, none),
                new RoundFindings.CriterionFindings(UUID.randomUUID(), 2, "Plans, and what \"parents\" do", "0", none, none, none)),
                List.of(), new RoundFindings.AgreementFindings(0.6, List.of(noPairs, noPairs), noPairs), null);

        List<String> lines = FindingsCsv.of(findings).lines().toList();

        assertThat(lines).as("header, two criteria, all criteria").hasSize(4);
        assertThat(lines.get(1)).startsWith("1,\"'=HYPERLINK(\"\"http://example.test\"\")\",all cases,0,15,");
        assertThat(lines.get(2)).startsWith("2,\"Plans, and what \"\"parents\"\" do\",all cases,0,15,");
    }
}
